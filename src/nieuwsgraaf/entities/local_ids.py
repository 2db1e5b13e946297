"""Stable local ids for names the knowledge base does not know, and the precision filters that
decide a capitalised span is no name at all (titles, function words, common nouns glued to a
name, adjectives, sentence-initial common words). `local_id` is the one place any local id is
made: the linker's names here, and the speakers of quotes (speakers.py, bodies.py,
speaker_names.py)."""

from __future__ import annotations

import re
from functools import cache

from ..records import Mention
from ..slugs import slug
from .grouping import Group
from .kb import KnowledgeBase, normalize_name
from .lexicon import LinkLexicon
from .names import ROMAN, NameForms, court_name, opens_sentence

# 'commissie-Van Dam', 'werkgroep-Remkes': a lowercase head word and the name it is called after.
_HEAD_COMPOUND = re.compile(r"^[a-z]+-[A-Z]")
# What the word before an unknown name says it is: 'de familie Rockefeller' are people,
# 'het liquidatieproces Marengo' and 'operatie Market Garden' are events.
_KIND_BEFORE = (("PER", re.compile(r"\b[Ff]amilie\s+$")),
                ("MISC", re.compile(r"(?:proces|[Oo]peratie)\s+$")))


LOCAL_KINDS = ("per", "org", "loc", "misc", "other")  # 'other': unnamed sources ('een woordvoerder')


def local_id(kind: str, name: str) -> str:
    """The id of an actor the knowledge base does not know: same name and kind, same id."""
    kind = kind.lower()
    if kind not in LOCAL_KINDS:
        raise ValueError(f"unknown kind of local id: {kind!r}")
    return f"local:{kind}:{slug(name)}"


def _is_name_like(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and text[:1].isupper() and not text.isupper() or len(letters) >= 2 and text.isupper()


def _lowercase_compound(text: str) -> bool:
    """'NAVO-top', 'D66-collega', 'Arizona-coalitie': a compound whose head is a common noun."""
    last = text.split()[-1] if text.split() else ""
    return "-" in last and last.rsplit("-", 1)[1][:1].islower()


class LocalNames:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon, forms: NameForms):
        self.kb = kb
        self.lexicon = lexicon
        self.forms = forms

    def local(self, text: str, group: Group, mentions: list[Mention]) -> tuple[str, str, str] | None:
        """(local id, display name, label) of a name the knowledge base does not know, or None."""
        longest = max((mentions[i] for i in group.indexes), key=lambda m: len(m.text))
        surface = court_name(longest.text) or longest.text
        kind = self.lexicon.kind_of_name(surface)
        named_compound = bool(_HEAD_COMPOUND.match(surface)) and kind not in (None, "none")
        if not (_is_name_like(surface) or named_compound) or _lowercase_compound(surface) or ROMAN.fullmatch(surface):
            return None
        if normalize_name(surface) in self.forms.demonyms:
            return None
        if " " not in surface:
            if surface.casefold() in self.lexicon.titles or surface.casefold() in _stop_words():
                return None  # 'Raadsvoorzitter Donald Tusk', a quoted answer 'Tegen'
            if kind is None and self._glued_to_name(surface):
                return None  # 'Kamercommissie': a common noun compounded with a name
            if all(opens_sentence(text, mentions[i]) for i in group.indexes):
                return None  # 'Migratie ligt op tafel', a heading 'Handelsgesprekken': a capitalised common word
        if kind == "none" or (len(surface.split()) > 1 and surface.split()[-1].casefold() in self.lexicon.titles):
            return None  # 'NAVO-top', 'Europees Commissievoorzitter'
        label = kind or self._kind_before(text, group, mentions) or group.voted_label()
        if label == "MISC" and (self.forms.adjective(surface) or surface.isupper()):
            return None
        words = surface.split()
        # A capitalised article the tagger took in belongs to the name ('De Kuip').
        keeps_article = words[0] in ("De", "Het", "Den") and len(words) > 1
        name = surface if keeps_article else (self.forms.key(surface) or surface)
        while len(words) > 1 and words[0].casefold() in self.lexicon.titles:
            words.pop(0)  # 'Topman Peter Wennink' is shown as 'Peter Wennink'
        surface = " ".join(words)
        return local_id(label, name), surface, label

    def _glued_to_name(self, word: str) -> bool:
        """'Kamercommissie', 'Hamasleider': a known name with a common noun glued to it."""
        for cut in range(4, len(word) - 3):
            rest = word[cut:]
            if rest.isalpha() and rest.islower() and self.kb.find(word[:cut]):
                return True
        return False

    @staticmethod
    def _kind_before(text: str, group: Group, mentions: list[Mention]) -> str | None:
        for index in group.indexes:
            before = text[max(0, mentions[index].start - 20): mentions[index].start]
            for kind, pattern in _KIND_BEFORE:
                if pattern.search(before):
                    return kind
        return None


@cache
def _stop_words() -> frozenset[str]:
    # spaCy's Dutch stop words, imported when first needed: query commands never link and should
    # not pay for importing spaCy.
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
