"""Who said a quote, by which cue, to whom: reading the words around it.

Speakers are entities of the article (the linked mentions), a pronoun resolved to the last
person named before the quote, or an anonymous source ('een van de bronnen') recorded as a
local 'other' id with its affiliation when one is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Mention
from ..slugs import local_id
from .lexicon import QuoteLexicon

_PRONOUN = re.compile(r"^(?:hij|zij|ze|hem|haar)\b", re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\b(?:tegen|aan|op|via|in (?:zijn|haar|een) (?:boek|interview met|gesprek met|toespraak op))\s+"
    r"(?:de |het )?(?P<what>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)"
)
# A name the tagger missed, after lowercase titles: 'verslaggever Jeroen de Jager'.
_UNLINKED_NAME = re.compile(r"(?<![\w-])[A-Z][a-zà-ÿ]+(?:[- ](?:(?:de|van|der|den|ter|ten) )*[A-Z][a-zà-ÿ]+)+")
_ANONYMOUS_STOP = re.compile(r"\b(?:die|dat|tegen|aan|op|in|vanuit|tijdens|bij|na|over|met|gisteren|vandaag"
                             r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b")
# An anonymous source is a noun phrase: 'een van de bronnen', 'de woordvoerder', 'ingewijden'.
_ANONYMOUS_START = re.compile(r"^(?:een|de|het|enkele|sommige|twee|drie|verschillende|ingewijden|bronnen|insiders"
                              r"|betrokkenen|experts|deskundigen|critici|analisten)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    addressee: str | None
    affiliation: str | None = None


class Attributor:
    def __init__(self, text: str, mentions: list[Mention], lexicon: QuoteLexicon, quote_spans: list[tuple[int, int]]):
        self.text = text
        self.mentions = [m for m in mentions if m.entity]
        self.lexicon = lexicon
        self.quote_spans = quote_spans

    def _inside_quote(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quote_spans)

    def mention_in(self, start: int, end: int, labels=("PER", "ORG", "LOC", "MISC")) -> Mention | None:
        """The first mention in [start, end), a person before anything else
        ('oud-minister van Buitenlandse Zaken Ben Bot' is Ben Bot, not the ministry)."""
        found = [m for m in self.mentions if start <= m.start < end and m.label in labels]
        people = [m for m in found if m.label == "PER"]
        return (people or found or [None])[0]

    def salient_person(self, before: int) -> Mention | None:
        """Who 'hij' or 'zij' most likely is at `before`: the first person (the subject) of
        the sentence so far, else of the sentence before, else the last person named."""
        people = [m for m in self.mentions if m.end <= before and m.label == "PER" and not self._inside_quote(m.start)]
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

    def addressee(self, start: int, end: int) -> str | None:
        match = _ADDRESSEE.search(self.text, start, end)
        if not match:
            return None
        linked = self.mention_in(match.start("what"), match.end("what"))
        if linked:
            return linked.entity
        return local_id("org", match["what"])

    def speaker_from(self, start: int, end: int, quote_start: int) -> tuple[str | None, str | None, str | None]:
        """(speaker id, speaker text, affiliation) for the words text[start:end] naming a speaker."""
        words = self.text[start:end].strip()
        if not words:
            return None, None, None
        cut = _ADDRESSEE.search(words)
        head = words[: cut.start()] if cut else words
        head = _ANONYMOUS_STOP.split(head)[0]  # the speaker is named before 'die', 'tegen', ...
        pronoun = _PRONOUN.match(head)
        if pronoun:  # 'zei hij na zijn interland als trainer van Oranje': hij, not Oranje
            person = self.salient_person(quote_start)
            return (person.entity if person else None), pronoun.group(), None
        offset = len(self.text[start:end]) - len(self.text[start:end].lstrip())
        linked = self.mention_in(start, start + offset + len(head.rstrip()) + 1)
        if linked:
            return linked.entity, linked.text, None
        name = _UNLINKED_NAME.search(head)
        if name:
            return local_id("per", name.group()), name.group(), None
        anonymous = _ANONYMOUS_STOP.split(head)[0].strip(" ,")
        if not anonymous or not _ANONYMOUS_START.match(anonymous):
            return None, None, None
        phrase = " ".join(anonymous.split()[:6])
        affiliation_mention = self.mention_in(start, end, ("ORG", "LOC"))
        return local_id("other", phrase), phrase, affiliation_mention.entity if affiliation_mention else None
