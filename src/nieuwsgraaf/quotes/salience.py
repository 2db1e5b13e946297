"""Who 'hij' or 'zij' is at a point of the article: the person the text is about there."""

from __future__ import annotations

import re

from ..records import Mention

_OBJECT_CLAUSE = re.compile(r"(?:Dat|Of)\s")
_SENTENCE_ENDS = ".!?\n"


class Salience:
    """The people of an article that a pronoun can refer to: those named outside quotes and
    outside fronted object clauses."""

    def __init__(self, text: str, mentions: list[Mention], quote_spans: list[tuple[int, int]]):
        self.text = text
        self.quote_spans = quote_spans
        self._people = [m for m in mentions if m.entity and m.label == "PER" and not self._inside_quote(m.start)
                        and not self._in_object_clause(m.start)]

    def _inside_quote(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quote_spans)

    def _in_object_clause(self, position: int) -> bool:
        """Whether `position` is inside a fronted object clause ('Dat Trump uit de WTO wil stappen,
        noemt hij een overdrijving'): the person there is talked about, not the one talking."""
        sentence_start = max(self.text.rfind(mark, 0, position) for mark in (". ", "? ", "! ", "\n")) + 1
        head = self.text[sentence_start:position].lstrip(" \n")
        return bool(_OBJECT_CLAUSE.match(head)) and "," not in head

    def salient_person(self, before: int) -> Mention | None:
        """The person 'hij' most likely is at `before`: among the people of this sentence so far,
        else of the sentence before, the one the article has named most; else the last one named."""
        people = [m for m in self._people if m.end <= before]
        if not people:
            return None
        boundaries = [i + 1 for i, ch in enumerate(self.text[:before]) if ch in _SENTENCE_ENDS]
        sentence_start = boundaries[-1] if boundaries else 0
        previous_start = boundaries[-2] if len(boundaries) > 1 else 0
        # Word order alone misleads after an inversion ('bij koning Filip sprak Jambon').
        counts: dict[str, int] = {}
        for mention in people:
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
        for low in (sentence_start, previous_start):
            in_span = [m for m in people if m.start >= low]
            if in_span:
                return max(in_span, key=lambda m: (counts[m.entity], -m.start))
        return people[-1]
