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
def _seat_pattern(seats: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a court noun with 'in' or 'te' and one of the `seats` after it."""
    nouns = "|".join(re.escape(noun) for noun in sorted(resources.lexicon_words(_COURT_NOUNS), key=len, reverse=True))
    places = "|".join(re.escape(seat) for seat in sorted(seats, key=len, reverse=True))
    return re.compile(rf"\b(?i:{nouns})\s+(?:in|te)\s+(?P<seat>{places})\b")


def court_of_seat(words: list[str], end: int, text: str, kb: KnowledgeBase) -> str | None:
    """The court a definite court noun ending at `end` stands for: the court of the last seat the
    article named with a court noun ('de politierechter in Zutphen') up to and including these words."""
    if not _definite_court_noun(words):
        return None
    seats = kb.court_by_seat
    if not seats:
        return None
    pattern = _seat_pattern(tuple(seats))
    named = [m for m in pattern.finditer(text, 0, min(len(text), end + 40)) if m.start() < end]
    return seats[named[-1]["seat"]] if named else None


def court_of_article_seat(words: list[str], places: set[str], kb: KnowledgeBase) -> str | None:
    """A bare 'de rechtbank' in a Dutch article that names no court with its seat: the one district
    court sitting in the cities the article names (`places`, entity ids), if they point to one."""
    if len(words) != 2 or not _definite_court_noun(words):
        return None
    courts = {court for city, court in kb.court_by_city.items() if city in places}
    return courts.pop() if len(courts) == 1 else None
