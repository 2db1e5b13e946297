"""Who said a quote, by which cue, to whom: reading the words around it.

Speakers are entities of the article (the linked mentions), a pronoun resolved to the last
person named before the quote, a role the tagger left alone ('de president') resolved the
same way, or an unnamed source ('een van de bronnen', 'de oppositie', 'Chinese staatsmedia')
recorded as a local 'other' id with its affiliation when one is named.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..records import Mention
from ..slugs import local_id
from .clauses import first_finite
from .lexicon import QuoteLexicon

_PRONOUN = re.compile(r"^(?:hij|zij|ze|hem|haar)\b", re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\b(?:tegen|tegenover|aan|op|via|in (?:zijn|haar|een) (?:boek|interview met|gesprek met|toespraak op))\s+"
    r"(?:de |het )?(?P<what>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)"
)
# A name the tagger missed, after lowercase titles: 'verslaggever Jeroen de Jager'.
_UNLINKED_NAME = re.compile(r"(?<![\w-])[A-Z][a-zà-ÿ]+(?:[- ](?:(?:de|van|der|den|ter|ten) )*[A-Z][a-zà-ÿ]+)+")
_ANONYMOUS_STOP = re.compile(r"\b(?:die|dat|tegen|tegenover|aan|op|in|vanuit|tijdens|bij|na|over|met|om|gisteren"
                             r"|vandaag|vanavond|vanochtend|vanmiddag|verder|echter|eerder|later|daarna|nog|ook"
                             r"|tot slot|immers|namelijk|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
                             r")\b")
_LEADING_ADVERB = re.compile(r"^(?:(?:ook|nog|zo|echter|verder|dan|nu|wel|toen|daarna|vervolgens)\s+)+", re.IGNORECASE)
# An unnamed source is a noun phrase: 'een van de bronnen', 'de woordvoerder', 'ingewijden',
# 'Chinese staatsmedia' (an adjective of nationality), 'Trumps adviseurs' (a possessor).
_ANONYMOUS_START = re.compile(r"^(?:(?i:een|de|het|enkele|sommige|twee|drie|verschillende|meerdere|diverse|beide)\s+\S"
                              r"|(?i:ingewijden|bronnen|insiders|betrokkenen|experts|deskundigen|critici|analisten"
                              r"|kenners|economen|onderzoekers|diplomaten|functionarissen|ambtenaren)\b"
                              r"|(?!(?:Deze|Die|Dit|Dat|Elke|Iedere|Vorige|Volgende|Afgelopen|Komende|Sinds|Tijdens"
                              r"|Volgens|Voor|Rond|Na|Bij|Op|In|Uit|Over)\b)[A-Z][\w-]*e\s+[a-z])")
_DETERMINER_ONLY = re.compile(r"^(?:een|de|het|die|dit|dat|deze)$", re.IGNORECASE)
# 'de woordvoerder van Jambon', 'de advocaten van X en Y': the head noun speaks, not X.
_HEAD_OF = re.compile(r"(?:^|\s)(?i:de|het|een|zijn|haar|hun)\s+(?:[\w-]+\s+)?(?P<noun>[a-z][\w-]*)\s+van\s+"
                      r"(?:de\s+|het\s+)?$")
# Words of a text that are the words of its author: 'een onderzoek van Reuters', 'de uitspraak
# van Jambon', 'een briefje van Trump met de tekst'.
DOCUMENT_NOUNS = frozenset((
    "onderzoek", "rapport", "verklaring", "brief", "briefje", "bericht", "peiling", "studie", "analyse",
    "uitspraak", "uitspraken", "woorden", "tweet", "tekst", "boodschap", "citaat", "verslag", "artikel",
    "interview", "boek", "toespraak", "speech",
))
# Roles that name one person the article has already named: 'de president', 'de Franse'.
_PERSON_ROLE = re.compile(
    r"^(?:[Dd]e|[Hh]et)\s+(?:(?:[\w-]+)\s+)?(?:president|premier|minister|minister-president|kanselier|bondskanselier"
    r"|burgemeester|bondscoach|coach|trainer|koning|koningin|prins|prinses|paus|voorzitter|topman|topvrouw|topdiplomaat"
    r"|ceo|directeur|bewindsman|bewindsvrouw|bewindspersoon|fractieleider|partijleider|staatssecretaris|informateur|oud-premier|oud-minister"
    r"|[A-Z][a-z]+(?:se|e))$")
# Bodies a definite noun can stand for when the article named them with a place: 'de rechtbank'
# after 'De rechtbank van Amsterdam' is that court.
_INSTITUTIONS = ("rechtbank", "gerechtshof", "hof", "gemeente", "gemeenteraad", "politie", "provincie",
                 "universiteit", "ministerie", "brandweer", "raad", "rechter-commissaris")
# The words of an unnamed source: 'een van de bronnen', 'verschillende bondgenoten', 'Chinese
# staatsmedia', 'Trumps adviseurs', 'de Amerikaanse regering', 'ingewijden'.
_QUANTITY = r"(?:een|enkele|sommige|twee|drie|vier|veel|meerdere|diverse|verschillende|beide|alle)"
_DETERMINER = rf"(?i:de|het|{_QUANTITY}|zijn|haar|hun)"
_NOMINAL = r"(?:(?:[a-z][\w-]*[^i\W]e|[A-Z][\w-]*)\s+)*[\w-]+"  # adjectives in -e or capitalised, then the noun
_NOUN_PHRASE = re.compile(
    rf"(?i:{_QUANTITY})\s+van\s+(?i:de|het|hun|zijn|haar)\s+[\w-]+"
    rf"|(?:{_DETERMINER}\s+)?{_NOMINAL}(?:\s+van\s+(?i:de|het|een)\s+{_NOMINAL})?"
    rf"(?:\s+en\s+(?:{_DETERMINER}\s+)?{_NOMINAL}(?:\s+van\s+(?i:de|het|een)\s+{_NOMINAL})?)?")
# What may join a phrase to the mention after it: 'van', 'en', 'van de', 'van persbureau'.
_CHAIN = re.compile(r"\s+(?:van|en)(?:\s+(?:de|het))?(?:\s+[a-z][\w-]*)?\s+")
# What may stand before the name a phrase is about: 'de', 'burgemeester', 'de advocaten van'.
_TITLES = re.compile(r"\s*(?:(?i:de|het|een)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w-]*e)\s+){0,3}")
_COORDINATED = re.compile(r"\s+en\s+(?:(?:de|het)\s+)?(?P<other>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|[a-z][\w-]+)")


@cache
def known_governments() -> frozenset[str]:
    """The government ids of the actor knowledge base ('gov:cn'): a country that speaks is its government."""
    path = resources.data_path("actors", "institutions.jsonl")
    if not path.is_file():
        return frozenset()
    ids = set()
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            ids.add(json.loads(line)["id"])
    return frozenset(i for i in ids if i.startswith("gov:"))


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    addressee: str | None
    affiliation: str | None = None


Speaker = tuple[str | None, str | None, str | None]  # id, words naming the speaker, affiliation
NOBODY: Speaker = (None, None, None)


class Attributor:
    def __init__(self, text: str, mentions: list[Mention], lexicon: QuoteLexicon, quote_spans: list[tuple[int, int]]):
        self.text = text
        self.mentions = [m for m in mentions if m.entity]
        self.lexicon = lexicon
        self.quote_spans = quote_spans
        self.governments = known_governments()
        # who 'hij' can be: people named outside quotes and outside fronted object clauses
        self._people = [m for m in self.mentions if m.label == "PER" and not self._inside_quote(m.start)
                        and not self._in_object_clause(m.start)]

    def _inside_quote(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quote_spans)

    def mention_in(self, start: int, end: int, labels=("PER", "ORG", "LOC", "MISC")) -> Mention | None:
        """The first mention in [start, end), or a person right after it that it is the title of
        ('oud-minister van Buitenlandse Zaken Ben Bot' is Ben Bot, not the ministry; 'het Witte
        Huis telefoneerde met Biden' is the White House)."""
        found = [m for m in self.mentions if start <= m.start < end and m.label in labels]
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

    def salient_person(self, before: int) -> Mention | None:
        """Who 'hij' or 'zij' most likely is at `before`: the first person (the subject) of
        the sentence so far, else of the sentence before, else the last person named."""
        people = [m for m in self._people if m.end <= before]
        if not people:
            return None
        boundaries = [i + 1 for i, ch in enumerate(self.text[:before]) if ch in ".!?\n"]
        sentence_start = boundaries[-1] if boundaries else 0
        previous_start = boundaries[-2] if len(boundaries) > 1 else 0
        # Among the people of this and the previous sentence, the one the article has named
        # most so far: word order alone misleads after an inversion ('bij koning Filip sprak Jambon').
        counts: dict[str, int] = {}
        for mention in people:
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
        for low in (sentence_start, previous_start):
            in_span = [m for m in people if m.start >= low]
            if in_span:
                return max(in_span, key=lambda m: (counts[m.entity], -m.start))
        return people[-1]

    def _in_object_clause(self, position: int) -> bool:
        """Whether `position` is inside a fronted object clause ('Dat Trump uit de WTO wil stappen,
        noemt hij een overdrijving'): the person there is talked about, not the one talking."""
        sentence_start = max(self.text.rfind(mark, 0, position) for mark in (". ", "? ", "! ", "\n")) + 1
        head = self.text[sentence_start:position].lstrip(" \n")
        return bool(re.match(r"(?:Dat|Of)\s", head)) and "," not in head

    def addressee(self, start: int, end: int) -> str | None:
        match = _ADDRESSEE.search(self.text, start, end)
        if not match:
            return None
        linked = self.mention_in(match.start("what"), match.end("what"))
        if linked:
            return linked.entity
        return local_id("org", match["what"])

    # -- speakers ---------------------------------------------------------------------

    def as_speaker(self, mention: Mention) -> str:
        """A country that speaks is its government ('China zegt' -> gov:cn)."""
        entity = mention.entity or ""
        if entity.startswith("gpe:"):
            government = "gov:" + entity.removeprefix("gpe:")
            if government in self.governments:
                return government
        return entity

    def phrase_end(self, start: int, end: int) -> int:
        """Where the noun phrase starting at `start` ends: a mention after at most an article and
        a few lowercase titles ('burgemeester Klitsjko', 'de advocaten van Kamil E.'), else the
        words of _NOUN_PHRASE; then the mentions chained to it by 'van' or 'en' ('… en Krystian M.',
        'een onderzoek van persbureau Reuters')."""
        mentions = [m for m in self.mentions if start <= m.start < end]
        lead = next((m for m in mentions if _TITLES.fullmatch(self.text[start:m.start])), None)
        if lead is not None and not self._possessive(lead, self.text[lead.end:end]):
            stop = lead.end
        else:
            phrase = _NOUN_PHRASE.match(self.text, start, end)
            stop = phrase.end() if phrase else start
            # the phrase ends before a verb or an adverb it ran into ('de politie is', 'de politie woensdag')
            while stop > start:
                last = re.search(r"(?:^|\s)([\w-]+)$", self.text[start:stop])
                word = last.group(1) if last else ""
                if last and last.start() > 0 and (first_finite(word, self.lexicon) is not None
                                                  or _ANONYMOUS_STOP.fullmatch(word) or word in ("en", "van")):
                    stop = start + last.start()
                else:
                    break
        for mention in mentions:
            if mention.start < stop:
                continue
            if mention.start > stop + 24 or not _CHAIN.fullmatch(self.text[stop:mention.start]):
                break
            stop = mention.end
        return stop

    def unnamed(self, start: int, end: int) -> Speaker:
        """An unnamed source in text[start:end] ('de oppositie', 'een woordvoerder van de NAVO')."""
        words = self.text[start:end]
        lead = len(words) - len(words.lstrip(" ,"))
        words = words.strip(" ,")
        adverb = _LEADING_ADVERB.match(words)
        if adverb:
            lead += adverb.end()
            words = words[adverb.end():]
        if not words or not (_ANONYMOUS_START.match(words) or self._possessor_word(words)):
            return NOBODY
        phrase_start = start + lead
        head = _ANONYMOUS_STOP.split(words)[0].rstrip(" ,")
        phrase_end = self.phrase_end(phrase_start, phrase_start + len(head))
        phrase = " ".join(self.text[phrase_start:phrase_end].split()[:8]).rstrip(" ,")
        if not phrase or _DETERMINER_ONLY.match(phrase):
            return NOBODY
        if _PERSON_ROLE.match(phrase):
            person = self.salient_person(start)
            if person:
                return person.entity, phrase, None
        institution = self._institution(phrase, start)
        if institution:
            return institution, phrase, None
        affiliation = self.mention_in(phrase_start, phrase_end, ("ORG", "LOC", "PER"))
        return local_id("other", phrase), phrase, self.as_speaker(affiliation) if affiliation else None

    def _possessor_word(self, words: str) -> bool:
        """'Trumps adviseurs': a name with a genitive s that the article also uses bare."""
        match = re.match(r"([A-Z][\w-]*)s\s+[a-z]", words)
        return bool(match) and any(m.text == match[1] for m in self.mentions)

    def _institution(self, phrase: str, before: int) -> str | None:
        """The body 'de rechtbank' or 'het hof' stands for: the last one the article named before
        with that head noun ('De rechtbank van Amsterdam', 'Het Amsterdamse gerechtshof')."""
        match = re.fullmatch(r"(?:de|het)\s+([a-z-]+)", phrase, re.IGNORECASE)
        if not match or match[1].lower() not in _INSTITUTIONS:
            return None
        noun = match[1].lower()
        heads = [m for m in self.mentions if m.start < before and m.label in ("ORG", "LOC")
                 and re.search(rf"{noun}(?:\s+van\s+\S.*)?$", m.text, re.IGNORECASE)]
        if heads:
            return heads[-1].entity
        named = re.search(rf"\b(?i:de|het)\s+(?i:(\w*{noun}))\s+van\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", self.text)
        if not named or named.start() >= before:
            return None
        return local_id("org", f"{named[1]} {named[2]}")  # 'het hof' after 'het gerechtshof van X'

    def speaker_from(self, start: int, end: int, quote_start: int) -> Speaker:
        """(speaker id, speaker text, affiliation) for the words text[start:end] naming a speaker."""
        words = self.text[start:end]
        if not words.strip():
            return NOBODY
        cut = _ADDRESSEE.search(words)
        head = words[: cut.start()] if cut else words
        stripped = head.strip(" ,")
        adverb = _LEADING_ADVERB.match(stripped)
        if adverb:
            stripped = stripped[adverb.end():]
        first = _ANONYMOUS_STOP.split(stripped)[0]
        pronoun = _PRONOUN.match(first)
        if pronoun:  # 'zei hij na zijn interland als trainer van Oranje': hij, not Oranje
            person = self.salient_person(quote_start)
            return (person.entity if person else None), pronoun.group(), None
        head_start = start + (len(words) - len(words.lstrip(" ,")))
        if adverb:
            head_start += adverb.end()
        head_end = head_start + len(first.rstrip())
        linked = self.mention_in(head_start, head_end + 1)
        if linked:
            return self._linked(linked, head_start, max(head_end, linked.end), quote_start)
        name = _UNLINKED_NAME.search(first)
        if name and not self._modifier(first, name):
            return local_id("per", name.group()), name.group(), None
        region_end = start + len(words[: cut.start()] if cut else words)
        return self.unnamed(start, region_end)

    def _modifier(self, words: str, name: re.Match) -> bool:
        """'De Oekraïense luchtmacht', 'Europese Commissievoorzitter X': capitals before a noun are no name."""
        if re.match(r"(?:De|Het|Een)\s+\S+e\b", name.group()):
            return True
        follow = re.match(r"\s+([a-z][\w-]*)", words[name.end():])
        return bool(follow) and first_finite(follow[1], self.lexicon) is None and not _ANONYMOUS_STOP.fullmatch(follow[1])

    def _linked(self, linked: Mention, head_start: int, head_end: int, quote_start: int) -> Speaker:
        before = self.text[head_start:linked.start]
        after = self.text[linked.end:head_end + 40]
        head = _HEAD_OF.search(" " + before)
        if (head and head["noun"] not in DOCUMENT_NOUNS) or self._possessive(linked, after):
            # 'de woordvoerder van Jambon', 'Trumps adviseurs': a source tied to the mention
            return self.unnamed(head_start, head_end + 40)
        other = _COORDINATED.match(after)
        if other and first_finite(other["other"], self.lexicon) is None:
            # 'de koning en koningin', 'Rutte en Merkel': the two speak together
            phrase = linked.text + other.group()
            return local_id("other", phrase), phrase, None
        extension = re.match(r" [A-Z][\w-]+", after)
        if linked.label == "LOC" and extension:
            # 'de Helsinki Times': a place name followed by a noun names an organisation
            name = linked.text + extension.group()
            return local_id("org", name), name, None
        return self.as_speaker(linked), linked.text, None

    def _possessive(self, linked: Mention, after: str) -> bool:
        """'Trumps adviseurs': the mention is a possessor (the article also names it without 's')."""
        if not linked.text.endswith("s") or not re.match(r"\s+[a-z]", after):
            return False
        bare = linked.text[:-1]
        if not any(m.entity == linked.entity and m.text == bare for m in self.mentions):
            return False
        word = after.split()[0]
        return first_finite(word, self.lexicon) is None and not _ANONYMOUS_STOP.match(word)

    def subject(self, clause_start: int, cue_start: int, quote_start: int) -> Speaker:
        """The subject before a cue in its clause ('De woordvoerder van Jambon bevestigt …',
        'Trumps adviseurs zouden Trump proberen uit te leggen …'): the words before the first
        finite verb."""
        words = self.text[clause_start:cue_start]
        verb = first_finite(words, self.lexicon)
        end = clause_start + (verb if verb is not None else len(words))
        if not self.text[clause_start:end].strip():
            return NOBODY
        return self.speaker_from(clause_start, end, quote_start)


__all__ = ["DOCUMENT_NOUNS", "NOBODY", "Attribution", "Attributor", "Speaker", "known_governments"]
