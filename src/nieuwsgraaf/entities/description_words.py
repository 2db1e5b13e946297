"""What the words of a description of a speaker say on their own: its head noun, whether it names
a person or a body, an office, or the source named before ('de woordvoerder')."""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .kb import KnowledgeBase, normalize_name
from .lexicon import LinkLexicon

DEFINITE = ("de", "het")
# How far back (characters) a definite description looks for the body the article named before with
# its noun or kind: a few paragraphs. One reach for the three such searches: 'de partij' after 'De PVV'
# (kind_before.py), 'de ambassade' after 'de Oekraïense ambassade in Brussel' (noun_before.py), 'de
# omroep' after 'de omroep AVROTROS' (bodies.named_earlier). On the eight development sets 1200 and
# the whole text give the same output for all three; 600 loses a right speaker in noun_before and in
# named_earlier.
NAMED_BEFORE_REACH = 1200
# 'de woordvoerder van X', 'zijn woordvoerster': words that point to one person a reader knows
KNOWN_PERSON = frozenset({"de", "het", "zijn", "haar", "hun"})
POSSESSIVE = frozenset({"zijn", "haar", "hun"})
_DEMONYM = re.compile(r"[A-Z][^\W\d_A-Z]+e")  # 'de Franse', 'de Française': the person named before
_MEMBER = re.compile(r"\S+['’]er")  # 'de CDA'er': the member of that party named before
_CONTRASTING = frozenset({"andere", "tweede", "derde", "nieuwe", "vorige", "volgende"})
_PLURAL_ENDINGS = ("en", "rs")  # 'de Noren', 'de Duitsers': all of them, not one
_PREPOSITIONS = frozenset({"van", "bij", "binnen", "uit", "in", "op", "voor", "namens", "rond", "achter"})


def head_noun(words: list[str], size: int = 1) -> str:
    """The noun a phrase is about, lowercase: its last `size` words before a preposition ('een
    woordvoerder van de NAVO', 'een bron binnen het bedrijf' -> 'woordvoerder', 'bron')."""
    cut = next((i for i, word in enumerate(words) if i and word in _PREPOSITIONS), len(words))
    return " ".join(words[max(0, cut - size):cut]).lower()


def is_anaphoric(words: list[str]) -> bool:
    """'de woordvoerder', 'De anonieme bron': a definite noun with at most one lowercase adjective
    that does not set it apart ('een andere bron' is someone else)."""
    if words[0].lower() not in DEFINITE or len(words) not in (2, 3):
        return False
    return len(words) == 2 or (words[1].islower() and words[1] not in _CONTRASTING)


def is_document_alone(words: list[str]) -> bool:
    """'het communiqué', 'de verklaring': a definite document noun (quote_words.tsv, kind document) with
    no author named; what it says is what its author, the one who spoke just before, said."""
    return (len(words) == 2 and words[0].lower() in DEFINITE + ("dit", "deze")
            and words[1].lower() in _document_nouns())


@cache
def _document_nouns() -> frozenset[str]:
    return frozenset(fields[1].lower() for _, fields in resources.lexicon_rows("quote_words.tsv")
                     if fields[0] == "document")


def label_of(words: list[str], lexicon: LinkLexicon) -> str:
    """ORG for a body ('de oppositie', 'de centrale bank'), PER for everyone else."""
    nouns = lexicon.speaker_nouns
    head = head_noun(words, 2)
    kind = nouns.get(head) or nouns.get(head.split()[-1] if head else "")
    return "ORG" if kind in ("institution", "body", "group") else "PER"


def is_office(words: list[str], lexicon: LinkLexicon) -> bool:
    """'de premier', 'de winnende coach', 'de Franse', 'de Duitse politica', 'de Vlaams
    Belang-fractieleidster', 'de CDA'er', 'de christendemocraat': a person the article named, by
    office, origin or party."""
    if len(words) not in (2, 3) or words[0].lower() not in DEFINITE:
        return False
    head = words[-1].rsplit("-", 1)[-1].lower()  # the head of a compound: 'VVD-kamerlid'
    return (lexicon.speaker_nouns.get(head) in ("office", "member") or bool(_DEMONYM.fullmatch(words[-1]))
            or bool(_MEMBER.fullmatch(words[-1])))


def demonym_of_one(words: list[str], kb: KnowledgeBase) -> str | None:
    """The country of one of its people a definite description names ('de Noor', 'de nuchtere
    Noor', 'de Française'): its last word a demonym or an adjective used as a noun, capitalised and
    not plural ('de Noren' are all of them: bodies.people_of_country)."""
    if len(words) not in (2, 3) or words[0].lower() not in DEFINITE or (len(words) == 3 and not words[1].islower()):
        return None
    noun = words[-1]
    if not noun[:1].isupper() or noun.endswith(_PLURAL_ENDINGS):
        return None
    form = normalize_name(noun)
    country = kb.actors.get(kb.by_demonym.get(form) or kb.by_adjective.get(form) or "")
    return country.id if country is not None and country.type == "country" else None


def is_title(word: str, lexicon: LinkLexicon) -> bool:
    """'woordvoerder', 'Kamerlid': a word that gives a person's office."""
    word = word.casefold()
    return word in lexicon.titles or lexicon.speaker_nouns.get(word) == "office"
