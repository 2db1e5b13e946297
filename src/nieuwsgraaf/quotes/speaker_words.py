"""Reading the words that name a speaker or an addressee: a linked mention, a pronoun, a name the
tagger missed, or an unnamed source ('een woordvoerder van de NAVO', 'ingewijden'), each as a
SpeakerRef with its offsets. Which entity the words mean is decided later, by the speaker step
(entities/speakers.py); nothing here makes an id."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Mention, SpeakerRef
from .antecedents import described_antecedent, office_nouns
from .clauses import first_finite
from .rules import (
    CHAIN,
    COMPOUND_HEAD,
    COORDINATED,
    DETERMINER_ONLY,
    HEAD_OF,
    MEMBER_NOUN,
    PRONOUN,
    TIME_AGO,
    TITLES,
    UNLINKED_NAME,
    WORD,
    QuoteRules,
)
from .salience import Salience, pronoun_gender

_MAX_PHRASE_WORDS = 8
# The rest of a portfolio set off by commas before the person who holds it: ', Telecommunicatie en Post, '.
_PORTFOLIO_REST = re.compile(r",\s+(?:[A-Z][\w-]*(?:\s+(?:en|van|de|het|[A-Z][\w-]*))*,\s+)*")
_APPOSITION_END = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:[,.;!?]|$)")
# Where unnamed sources are: 'in Brussel', 'uit beide landen' (not 'de landen in de slotverklaring').
_SOURCE_PLACE = re.compile(r"\s+(?:in|uit|binnen|rond)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                           r"|(?:beide|alle)\s+[a-z][\w-]*)(?=[\s,.;:])")


def _place_in_name(mention: Mention, start: int, end: int) -> bool:
    """'Annemiek van Spanje': a place the tagger found inside a longer name the tagger missed."""
    return mention.label == "LOC" and start < mention.start and mention.end <= end


def span_of(mention: Mention | None) -> tuple[int, int] | None:
    return (mention.start, mention.end) if mention else None


def mention_ref(mention: Mention, kind: str = "mention") -> SpeakerRef:
    """The mention itself as the words naming a speaker."""
    return SpeakerRef(mention.start, mention.end, mention.text, kind, (mention.start, mention.end))


class SpeakerReader:
    """The words naming speakers in one article, read against its linked mentions."""

    def __init__(self, text: str, mentions: list[Mention], rules: QuoteRules, quote_spans: list[tuple[int, int]],
                 genders: Mapping[str, str] | None = None):
        self.text = text
        self.mentions = [m for m in mentions if m.entity]
        self.rules = rules
        self.lexicon = rules.lexicon
        self.salience = Salience(text, self.mentions, quote_spans, genders)

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
        gender = None if plural else pronoun_gender(self.text[start:end])
        person = self.salience.salient_person(quote_start, gender)
        if not plural:
            described = described_antecedent(self, start, gender, person)
            if described is not None:
                return described
        return SpeakerRef(start, end, self.text[start:end], "pronoun", span_of(person))

    def _plural_verb_beside(self, start: int, end: int) -> bool:
        """Whether the finite verb right before or after the pronoun at text[start:end] is plural (ends in -en)."""
        before = re.search(r"([a-zà-ÿ]+)\s+$", self.text[max(0, start - 30):start])
        after = re.match(r"\s+([a-zà-ÿ]+)", self.text[end:end + 30])
        return any(m and m[1].endswith("en") and self.lexicon.is_finite(m[1]) for m in (before, after))

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

    # -- unnamed sources ---------------------------------------------------------------

    def unnamed(self, start: int, end: int) -> SpeakerRef | None:
        """An unnamed source in text[start:end] ('de oppositie', 'een woordvoerder van de NAVO'),
        with the person the text is about there (a role such as 'de premier' may mean them) and
        the body it is tied to."""
        words = self.text[start:end]
        lead = len(words) - len(words.lstrip(" ,"))
        words = words.strip(" ,")
        adverb = self.rules.leading_adverb.match(words)
        if adverb:
            lead += adverb.end()
            words = words[adverb.end():]
        if not words or not (self.rules.anonymous_start.match(words) or self._possessor_word(words)):
            return None
        phrase_start = start + lead
        head = self.rules.speaker_stop.split(words)[0].rstrip(" ,")
        phrase_end = self.phrase_end(phrase_start, phrase_start + len(head))
        described = self._person_described(phrase_start, phrase_end)
        if described is not None:
            return mention_ref(described)
        stop = self._first_words_end(phrase_start, phrase_end)
        if stop <= phrase_start or DETERMINER_ONLY.match(self.text[phrase_start:stop]):
            return None
        stop = self._where_from(phrase_start, self._bare_source_end(phrase_start, stop))
        person = self.salient_person(start)
        affiliation = self.mention_in(phrase_start, phrase_end, ("ORG", "LOC", "PER")) or next(
            (m for m in self.mentions if phrase_start <= m.start < phrase_end and self.modifies_compound(m)), None)
        return SpeakerRef(phrase_start, stop, self.text[phrase_start:stop], "description", span_of(person),
                          span_of(affiliation))

    def _person_described(self, start: int, stop: int) -> Mention | None:
        """The person named right after a description ending in 'de|het' + a noun, who is the one it
        describes: 'de voorzitter van de eurogroep' + 'Jeroen Dijsselbloem'."""
        if not re.search(r"\s(?:de|het)\s[a-z][a-z-]*$", self.text[start:stop]):
            return None
        return next((m for m in self.mentions if m.start == stop + 1 and m.label == "PER"
                     and self.text[stop] == " "), None)

    def _bare_source_end(self, start: int, stop: int) -> int:
        """'Partijen kijken naar …': a bare plural source noun opening a sentence is the whole
        phrase when a lowercase word other than a preposition or 'en' follows (its verb)."""
        words = list(re.finditer(r"\S+", self.text[start:stop]))
        if len(words) < 2 or words[0].group().casefold() not in self.lexicon.words["source"]:
            return stop
        follow = words[1].group()
        if not follow[:1].islower() or follow in ("en", "of", "in") or follow in self.lexicon.words["preposition"]:
            return stop
        return start + words[0].end()

    def _where_from(self, start: int, stop: int) -> int:
        """'bronnen in Brussel', 'anonieme bronnen uit beide landen': where unnamed sources are is
        part of what names them; `stop` moved past that place when the phrase ends in a source noun."""
        last = self.text[start:stop].split()[-1].casefold()
        if last not in self.lexicon.words["source"]:
            return stop
        place = _SOURCE_PLACE.match(self.text, stop)
        return place.end() if place else stop

    def _first_words_end(self, start: int, end: int) -> int:
        """The end of the first few words of text[start:end], without a trailing comma."""
        words = list(re.finditer(r"\S+", self.text[start:end]))[:_MAX_PHRASE_WORDS]
        stop = start + words[-1].end() if words else start
        while stop > start and self.text[stop - 1] in " ,":
            stop -= 1
        return stop

    def phrase_end(self, start: int, end: int) -> int:
        """Where the noun phrase starting at `start` ends: a mention after at most an article and
        a few lowercase titles ('burgemeester Klitsjko', 'de advocaten van Kamil E.'), else the
        words of the noun phrase rule; then the mentions chained to it by 'van' or 'en' ('… en
        Krystian M.', 'een onderzoek van persbureau Reuters')."""
        mentions = [m for m in self.mentions if start <= m.start < end]
        # titles before a name, not a verb: 'ingewijden wil De Wever' is no title of De Wever
        titled = [m for m in mentions if TITLES.fullmatch(self.text[start:m.start]) and not self.modifies_compound(m)
                  and first_finite(self.text[start:m.start], self.lexicon) is None]
        # 'Groen-Kamerlid Wouter De Vriendt': the person after a title the tagger took for a name
        lead = next((m for m in titled if m.label == "PER"), titled[0] if titled else None)
        if lead is not None and not self._possessive(lead, self.text[lead.end:end]):
            stop = lead.end
        else:
            phrase = self.rules.noun_phrase.match(self.text, start, end)
            stop = self._before_verb(start, phrase.end() if phrase else start)
        for mention in mentions:
            if mention.start < stop:
                continue
            gap = self.text[stop:mention.start]
            if mention.start > stop + 24 or not (CHAIN.fullmatch(gap) or self._apposed_name(mention, gap, start, stop)):
                break
            stop = mention.end
        return stop

    def _apposed_name(self, mention: Mention, gap: str, start: int, stop: int) -> bool:
        """Whether a body's or place's name stands right after a lowercase noun ending text[start:stop],
        in apposition to it: 'de vakbond' + 'FNV', 'van de stichting' + 'Schone Lucht'. (A person there
        is who the words before describe: 'de voorzitter van de eurogroep Jeroen Dijsselbloem'.)"""
        if gap != " " or mention.label == "PER":
            return False
        last = re.search(r"(?:^|\s)([a-z][a-z-]*)$", self.text[start:stop])
        return bool(last) and last.group(1) not in ("en", "of", "van") \
            and last.group(1) not in self.lexicon.words["preposition"]

    def _before_verb(self, start: int, stop: int) -> int:
        """`stop` moved back before a verb or an adverb the phrase ran into ('de politie is',
        'de politie woensdag', 'een bron al lachend')."""
        while stop > start:
            last = re.search(r"(?:^|\s)([\w-]+)$", self.text[start:stop])
            word = last.group(1) if last else ""
            if last and last.start() > 0 and (first_finite(word, self.lexicon) is not None
                                              or self.rules.speaker_stop.fullmatch(word) or word in ("en", "van")
                                              or word in self.lexicon.words["trailing_adverb"]):
                stop = start + last.start()
            else:
                break
        return stop

    # -- names -------------------------------------------------------------------------

    def _linked(self, linked: Mention, head_start: int, head_end: int) -> SpeakerRef | None:
        before = self.text[head_start:linked.start]
        after = self.text[linked.end:head_end + 40]
        head = HEAD_OF.search(" " + before)
        if MEMBER_NOUN.fullmatch(linked.text) or self._office_compound(linked, before):
            # 'aldus de CDA'er', 'aldus het VVD-Kamerlid': a member of the party, described
            return self.unnamed(head_start, head_end)
        if (head and head["noun"] not in self.lexicon.words["document"]) or self._possessive(linked, after):
            # 'de woordvoerder van Jambon', 'Trumps adviseurs': a source tied to the mention
            return self.unnamed(head_start, head_end + 40)
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

    def _office_compound(self, linked: Mention, before: str) -> bool:
        """'het VVD-Kamerlid' tagged as a name: a party or body before a hyphen and an office noun
        after it, with an article before it, describes a person; it names no one."""
        head = linked.text.rsplit("-", 1)[-1].casefold() if "-" in linked.text else ""
        return bool(head) and head in office_nouns() and bool(re.search(r"\b(?i:de|het)\s+$", before))

    def _possessor_word(self, words: str) -> bool:
        """'Trumps adviseurs': a name with a genitive s that the article also uses bare."""
        match = re.match(r"([A-Z][\w-]*)s\s+[a-z]", words)
        return bool(match) and any(m.text == match[1] for m in self.mentions)

    def _possessive(self, linked: Mention, after: str) -> bool:
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
