"""Reading the words that name a speaker or an addressee: a linked mention, a pronoun, a name the
tagger missed, or an unnamed source ('een woordvoerder van de NAVO', 'ingewijden': read by
source_phrases.py), each as a SpeakerRef with its offsets. Which entity the words mean is decided
later, by the speaker step (entities/speakers.py); nothing here makes an id."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Mention, SpeakerRef
from .antecedents import described_antecedent, office_nouns
from .clauses import first_finite
from .refs import mention_ref, span_of
from .rules import (
    COMPOUND_HEAD,
    COORDINATED,
    HEAD_OF,
    MEMBER_NOUN,
    PRONOUN,
    TIME_AGO,
    UNLINKED_NAME,
    WORD,
    QuoteRules,
)
from .salience import Salience, pronoun_gender
from .source_phrases import SourcePhrases

# The rest of a portfolio set off by commas before the person who holds it: ', Telecommunicatie en Post, '.
_PORTFOLIO_REST = re.compile(r",\s+(?:[A-Z][\w-]*(?:\s+(?:en|van|de|het|[A-Z][\w-]*))*,\s+)*")
# The rest of a list of names after its first: ', ACV en ACLVB' in 'ABVV, ACV en ACLVB noemen …'.
_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_LIST_REST = re.compile(rf"(?:,\s+{_NAME})*\s+en\s+{_NAME}")
_LIST_BEFORE = re.compile(rf"(?<![\w-])(?:{_NAME},\s+)+$")
# An apposition closes with a comma, a bracket or the end of the sentence, or runs on into the clause
# without its closing comma ('zei voorzitter van X, Jan Smit donderdag tegen de NOS'), but not into a list.
_POSSESSIVES = frozenset({"zijn", "haar", "hun"})
_OPENING = " \n\"“”„«»‘’'"  # what may precede a sentence's first word
_APPOSITION_END = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:[,.;!?]|$|(?!en\b|of\b)[a-z])")


def _place_in_name(mention: Mention, start: int, end: int) -> bool:
    """'Annemiek van Spanje': a place the tagger found inside a longer name the tagger missed."""
    return mention.label == "LOC" and start < mention.start and mention.end <= end


class SpeakerReader:
    """The words naming speakers in one article, read against its linked mentions."""

    def __init__(self, text: str, mentions: list[Mention], rules: QuoteRules, quote_spans: list[tuple[int, int]],
                 genders: Mapping[str, str] | None = None):
        self.text = text
        self.mentions = [m for m in mentions if m.entity]
        self.rules = rules
        self.lexicon = rules.lexicon
        self.salience = Salience(text, self.mentions, quote_spans, genders)
        self.sources = SourcePhrases(self)

    def salient_person(self, before: int) -> Mention | None:
        return self.salience.salient_person(before)

    def mention_in(self, start: int, end: int, labels=("PER", "ORG", "LOC", "MISC")) -> Mention | None:
        """The first mention in [start, end), or a person right after it that it is the title of
        ('oud-minister van Buitenlandse Zaken Ben Bot' is Ben Bot, not the ministry; 'het Witte
        Huis telefoneerde met Biden' is the White House)."""
        found = [m for m in self.mentions if start <= m.start < end and m.label in labels
                 and not self.modifies_compound(m)]
        if not found:
            return None
        first = found[0]
        if first.label == "PER":
            return first
        for mention in found[1:]:
            gap = self.text[first.end:mention.start]
            if any(w[0].islower() and w not in ("van", "de", "het") and not w.startswith("-") for w in gap.split()):
                break
            if mention.label == "PER":
                return mention
        return first

    def modifies_compound(self, mention: Mention) -> bool:
        """'Vlaams Belang' in 'de Vlaams Belang-fractieleidster', 'CDA' in 'CDA'er': a name inside a
        noun for someone else."""
        return bool(COMPOUND_HEAD.match(self.text, mention.end))

    def pronoun(self, start: int, end: int, quote_start: int) -> SpeakerRef:
        """'hij' at text[start:end], referring to the person of its gender the text is about before the quote
        ('zeiden ze', 'ze vinden': a plural 'ze' or 'zij' has no gender), or to a description of one
        person that is the subject of its sentence or the one before (antecedents.py): then the
        description itself names the speaker."""
        plural = self._plural_verb_beside(start, end)
        if plural:
            group = self._plural_subject_before(start, quote_start)
            if group is not None:
                return group
        gender = None if plural else pronoun_gender(self.text[start:end])
        # a personal pronoun refers to someone named before it, in its own sentence too ('X had ontkend …,
        # waarna hij verklaarde'); a possessive ('na zijn uitspraken') is left to the sentences before
        anchor = quote_start if self.text[start:end].casefold() in _POSSESSIVES else max(quote_start, start)
        person = self.salience.salient_person(anchor, gender)
        if not plural:
            described = described_antecedent(self, start, gender, person)
            if described is not None:
                return described
        return SpeakerRef(start, end, self.text[start:end], "pronoun", span_of(person))

    def _plural_verb_beside(self, start: int, end: int) -> bool:
        """Whether the finite verb right before or after the pronoun at text[start:end] is plural (ends in -en)."""
        before = re.search(r"([a-zà-ÿ]+)\s+$", self.text[max(0, start - 30):start])
        after = re.match(r"\s+([a-zà-ÿ]+)", self.text[end:end + 30])
        return any(m and self.lexicon.is_plural_finite(m[1]) for m in (before, after))

    def _plural_subject_before(self, start: int, quote_start: int) -> SpeakerRef | None:
        """The words naming the group a plural 'ze' at `start` refers to: the subject of the sentence
        before it, when that subject is a group of its own and its verb is plural ('Ingewijden lieten
        weten … . Ze verwachten'); a plural pronoun never means one person. None when that sentence
        opens otherwise (a singular verb, a pronoun, a fronted phrase)."""
        starts = self.salience.sentence_starts(start)
        if len(starts) < 2:
            return None
        low, high = starts[-2], starts[-1]
        sentence = self.text[low:high]
        opening = low + len(sentence) - len(sentence.lstrip(_OPENING))
        verb = first_finite(self.text[opening:high], self.lexicon)
        if verb is None or not self.text[opening:opening + verb].strip():
            return None
        verb_word = WORD.match(self.text, opening + verb)
        subject = self.text[opening:opening + verb]
        if (not self.lexicon.is_plural_finite(verb_word.group()) or PRONOUN.match(subject)
                or subject.split()[0].casefold() in self.lexicon.words["preposition"]):
            return None
        ref = self.speaker_from(opening, opening + verb, quote_start)
        if ref is None or ref.kind == "pronoun":
            return None
        one_person = " en " not in ref.text and any(
            m.label == "PER" and ref.start <= m.start < ref.end for m in self.mentions)
        return None if one_person else ref

    def addressee(self, start: int, end: int) -> SpeakerRef | None:
        """The medium or person spoken to in text[start:end] ('tegen de NOS', 'op Twitter')."""
        match = self.rules.addressee.search(self.text, start, end)
        if not match:
            return None
        linked = self.mention_in(match.start("what"), match.end("what"))
        if linked:
            return mention_ref(linked)
        return SpeakerRef(match.start("what"), match.end("what"), match["what"], "org_name")

    def speaker_from(self, start: int, end: int, quote_start: int) -> SpeakerRef | None:
        """The speaker the words text[start:end] name, or None."""
        words = self.text[start:end]
        if not words.strip():
            return None
        cut = self.rules.addressee.search(words)
        head = words[: cut.start()] if cut else words
        stripped = head.strip(" ,")
        adverb = self.rules.leading_adverb.match(stripped)
        if adverb:
            stripped = stripped[adverb.end():]
        first = self.rules.speaker_stop.split(stripped)[0]
        head_start = start + (len(words) - len(words.lstrip(" ,"))) + (adverb.end() if adverb else 0)
        pronoun = PRONOUN.match(first)
        if pronoun:  # 'zei hij na zijn interland als trainer van Oranje': hij, not Oranje
            return self.pronoun(head_start, head_start + pronoun.end(), quote_start)
        head_end = head_start + len(first.rstrip())
        linked = self.mention_in(head_start, head_end + 1)
        # 'minister van Digitale Agenda, Telecommunicatie en Post, Alexander De Croo,', 'burgemeester van
        # Anderlecht, Fabrice Cumps': a title (lowercase) then the person; a place or body in it does not speak
        apposed = self._apposed_person(head_start, end) if first[:1].islower() and (
            linked is None or linked.label != "PER") else None
        if apposed is not None:
            return mention_ref(apposed)
        name = UNLINKED_NAME.search(first)
        if linked and not (name and _place_in_name(linked, head_start + name.start(), head_start + name.end())):
            return self._linked(linked, head_start, max(head_end, linked.end))
        if name and not self._modifier(first, name):
            return SpeakerRef(head_start + name.start(), head_start + name.end(), name.group(), "person_name")
        return self.unnamed(start, start + len(head))

    def _apposed_person(self, start: int, end: int) -> Mention | None:
        """The person named after a title that runs up to a comma at `end`, past the comma-separated
        rest of the portfolio ('minister van Werk, Economie en Consumenten, Kris Peeters (CD&V),'):
        an apposition, which closes with a comma, a bracket or the end of the sentence."""
        stop = len(self.text[:end].rstrip())
        if self.text[stop:stop + 1] != "," or self.mention_in(start, stop, ("PER",)):
            return None
        portfolio = _PORTFOLIO_REST.match(self.text, stop)
        person = next((m for m in self.mentions if m.start == portfolio.end() and m.label == "PER"), None)
        if person is None:
            return None
        closing = _APPOSITION_END.match(self.text, person.end)
        return person if closing else None

    def subject(self, clause_start: int, cue_start: int, quote_start: int) -> SpeakerRef | None:
        """The subject before a cue in its clause ('De woordvoerder van Jambon bevestigt …',
        'Trumps adviseurs zouden Trump proberen uit te leggen …'): the words before the first
        finite verb."""
        words = self.text[clause_start:cue_start]
        verb = first_finite(words, self.lexicon)
        if verb is not None and TIME_AGO.search(words[:verb]):  # 'Een paar dagen geleden had Trump …'
            after = WORD.search(words, verb)
            return self.speaker_from(clause_start + after.end(), cue_start, quote_start)
        end = clause_start + (verb if verb is not None else len(words))
        if not self.text[clause_start:end].strip():
            return None
        return self.speaker_from(clause_start, end, quote_start)

    def unnamed(self, start: int, end: int) -> SpeakerRef | None:
        """An unnamed source in text[start:end] ('de oppositie', 'een woordvoerder van de NAVO'):
        source_phrases.py."""
        return self.sources.read(start, end)

    def phrase_end(self, start: int, end: int) -> int:
        """Where the noun phrase starting at `start` ends ('burgemeester Klitsjko', 'een onderzoek van
        persbureau Reuters'): source_phrases.py."""
        return self.sources.phrase_end(start, end)

    # -- names -------------------------------------------------------------------------

    def _linked(self, linked: Mention, head_start: int, head_end: int) -> SpeakerRef | None:
        before = self.text[head_start:linked.start]
        after = self.text[linked.end:head_end + 40]
        head = HEAD_OF.search(" " + before)
        named = self._named_after_title(linked) if MEMBER_NOUN.fullmatch(linked.text) else None
        if named is not None:  # "SP'er Sandra Beckerman": the party word is the title of the name after it
            return mention_ref(named)
        if MEMBER_NOUN.fullmatch(linked.text) or self._office_compound(linked, before):
            # 'aldus de CDA'er', 'aldus het VVD-Kamerlid': a member of the party, described
            return self.unnamed(head_start, head_end)
        if (head and not self._authored(head["noun"])) or self.possessive(linked, after):
            # 'de woordvoerder van Jambon', 'Trumps adviseurs': a source tied to the mention
            return self.unnamed(head_start, head_end + 40)
        earlier = _LIST_BEFORE.search(self.text, head_start, linked.start)
        listed = _LIST_REST.match(self.text, linked.end, head_end + 1)
        if listed and (earlier or listed.group().startswith(",")):
            # 'ABVV, ACV en ACLVB': the bodies of a list, whether or not each was tagged, speak together
            first = earlier.start() if earlier else linked.start
            return SpeakerRef(first, listed.end(), self.text[first:listed.end()], "group")
        other = COORDINATED.match(after)
        if other and first_finite(other["other"], self.lexicon) is None:
            # 'de koning en koningin', 'Rutte en Merkel': the two speak together
            end = linked.end + len(other.group())
            return SpeakerRef(linked.start, end, self.text[linked.start:end], "group")
        extension = re.match(r" [A-Z][\w-]+", after)
        if linked.label == "LOC" and extension:
            # 'de Helsinki Times': a place name followed by a noun names an organisation
            end = linked.end + len(extension.group())
            return SpeakerRef(linked.start, end, self.text[linked.start:end], "org_name")
        return mention_ref(linked)

    def _named_after_title(self, title: Mention) -> Mention | None:
        """The person named right after a word that titles them ("SP'er Sandra Beckerman")."""
        return next((m for m in self.mentions if m.label == "PER" and m.start > title.end
                     and not self.text[title.end:m.start].strip()), None)

    def _authored(self, noun: str) -> bool:
        """'de verklaring van X', 'de mededeling van X': a text or statement whose author, after 'van',
        is the one speaking (document and speech nouns alike), unlike 'de woordvoerder van X'."""
        return noun in self.lexicon.words["document"] or noun in self.lexicon.words["speech_noun"]

    def _office_compound(self, linked: Mention, before: str) -> bool:
        """'het VVD-Kamerlid' tagged as a name: a party or body before a hyphen and an office noun
        after it, with an article before it, describes a person; it names no one."""
        head = linked.text.rsplit("-", 1)[-1].casefold() if "-" in linked.text else ""
        return bool(head) and head in office_nouns() and bool(re.search(r"\b(?i:de|het)\s+$", before))

    def possessive(self, linked: Mention, after: str) -> bool:
        """'Trumps adviseurs': the mention is a possessor (the article also names it without 's')."""
        if not linked.text.endswith("s") or not re.match(r"\s+[a-z]", after):
            return False
        bare = linked.text[:-1]
        if not any(m.entity == linked.entity and m.text == bare for m in self.mentions):
            return False
        word = after.split()[0]
        return first_finite(word, self.lexicon) is None and not self.rules.speaker_stop.match(word)

    def _modifier(self, words: str, name: re.Match) -> bool:
        """'De Oekraïense luchtmacht', 'Europese Commissievoorzitter X': capitals before a noun are no
        name; nor is a quantity that opens a sentence ('Verschillende Kamerleden', 'Enkele Europese leiders')."""
        if re.match(r"(?:De|Het|Een)\s+\S+e\b", name.group()) or COMPOUND_HEAD.match(words, name.end()):
            return True
        if name.group().split()[0].casefold() in self.lexicon.words["quantity"]:
            return True
        follow = re.match(r"\s+([a-z][\w-]*)", words[name.end():])
        return (bool(follow) and first_finite(follow[1], self.lexicon) is None
                and not self.rules.speaker_stop.fullmatch(follow[1]))
