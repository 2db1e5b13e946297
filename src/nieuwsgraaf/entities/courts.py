"""The district court a court noun stands for as a speaker: 'De politierechter in Zutphen' is the
court sitting in Zutphen (Rechtbank Gelderland), and a later bare 'de rechter' or 'de rechtbank' in
the same article is that court again. The seats are data (data/actors: a court's `seats`), the nouns a
word list (data/lexicons/court_nouns.txt); only a court the knowledge base knows by its seat counts."""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .description_words import DEFINITE
from .kb import KnowledgeBase

_COURT_NOUNS = "court_nouns.txt"  # read by resources.lexicon_words, the one reader of word lists


def _definite_court_noun(words: list[str]) -> bool:
    """'de rechter', 'De politierechter': a definite article and a court noun."""
    return len(words) >= 2 and words[0].lower() in DEFINITE and words[1].casefold() in resources.lexicon_words(_COURT_NOUNS)


@cache
def _seats(kb: KnowledgeBase) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """seat -> court id, and the pattern of a court noun with 'in' or 'te' and a seat after it."""
    seats = {seat: actor.id for actor in kb.actors.values() for seat in actor.raw.get("seats") or ()}
    if not seats:
        return seats, None
    nouns = "|".join(re.escape(noun) for noun in sorted(resources.lexicon_words(_COURT_NOUNS), key=len, reverse=True))
    places = "|".join(re.escape(seat) for seat in sorted(seats, key=len, reverse=True))
    return seats, re.compile(rf"\b(?i:{nouns})\s+(?:in|te)\s+(?P<seat>{places})\b")


def court_of_seat(words: list[str], end: int, text: str, kb: KnowledgeBase) -> str | None:
    """The court a definite court noun ending at `end` stands for: the court of the last seat the
    article named with a court noun ('de politierechter in Zutphen') up to and including these words."""
    if not _definite_court_noun(words):
        return None
    seats, pattern = _seats(kb)
    if pattern is None:
        return None
    named = [m for m in pattern.finditer(text, 0, min(len(text), end + 40)) if m.start() < end]
    return seats[named[-1]["seat"]] if named else None


@cache
def _courts_of_cities(kb: KnowledgeBase) -> dict[str, str]:
    """city id -> the district court sitting there ('loc:zutphen' -> Rechtbank Gelderland)."""
    seats, _ = _seats(kb)
    return {city.id: court for seat, court in seats.items() for city in kb.find(seat) if city.type == "city"}


def court_of_article_seat(words: list[str], places: set[str], kb: KnowledgeBase) -> str | None:
    """A bare 'de rechtbank' in a Dutch article that names no court with its seat: the one district
    court sitting in the cities the article names (`places`, entity ids), if they point to one."""
    if len(words) != 2 or not _definite_court_noun(words):
        return None
    courts = {court for city, court in _courts_of_cities(kb).items() if city in places}
    return courts.pop() if len(courts) == 1 else None
