"""Some of a body's members as an event's actor: 'andere EU-landen', 'de Europese NAVO-landen',
'enkele NAVO-lidstaten'; a number before a plural name ('Vijf Democraten'); a share of a group of people
from a place ('een groep van twaalf vluchtelingen uit Oekraïne': the share nouns of
data/lexicons/partitive_nouns.txt, which the quote stage reads too, and share_pronouns.txt).

The compound's name part is a mention of the body ('EU' in 'EU-landen', compounds.py), and all the
members acting together are the body (docs/events.md §4: the NATO members -> org:navo). Words before
the compound that take only some of them (a partitive word: 'andere', 'enkele'; an adjective of a
region: 'Europese', 'Baltische'; a numeral without an article: 'vijf EU-landen') make the phrase a
group of its own, a local id named by the words with their article ('de andere EU-lidstaten' ->
local:other:de-andere-eu-lidstaten). 'alle EU-landen', 'de 27 EU-landen' and 'de NAVO-landen' stay
the body.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources

# a member noun after a hyphen: 'EU-landen', 'NAVO-lidstaten'
_COMPOUND = re.compile(r"\w[\w.]*-(\w+)")
# the adjective of a region or country before the members ('Europese', 'Oost-Europese', 'Baltische')
_REGION_ADJECTIVE = re.compile(r"[A-Z][\w-]*(?:se|sche)")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# 'een meerderheid van', 'een groot deel van', 'Velen van', 'twee van': a share, then its group
_SHARE = re.compile(r"(?:(?:[Ee]en|[Dd]e|[Hh]et)\s+)?(?:[a-z]+e\s+)?(?P<share>\w+)\s+van\s+")
_GROUP_WORDS = re.compile(r"[a-z][\w-]*")


def some_members_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the phrase naming some of a body's members when the words at start:end end in a
    member compound ('EU-landen') that such a word restricts, with the article before it; else None."""
    words = text[start:end].split()
    if not words:
        return None
    compound = _COMPOUND.fullmatch(words[-1])
    if compound is None or compound.group(1).lower() not in resources.lexicon_words("member_nouns.txt"):
        return None
    restricting = [w for w in words[:-1] if _restricts(w)]
    while (before := _WORD_BEFORE.search(text, max(0, start - 40), start)) and _restricts(before.group(1)):
        start = before.start(1)
        restricting.append(before.group(1))
    article = _WORD_BEFORE.search(text, max(0, start - 6), start)
    if article and article.group(1).lower() in ("de", "het"):
        start = article.start(1)
        restricting = [w for w in restricting if not is_numeral(w)]  # 'de 27 EU-landen': all of them
    elif words[0].lower() in ("de", "het"):
        restricting = [w for w in restricting if not is_numeral(w)]
    return (start, end) if restricting else None


def is_numeral(word: str) -> bool:
    """'vijf', '27': a cardinal number (numeral_words.txt or digits)."""
    return word.isdigit() or word.lower() in resources.lexicon_words("numeral_words.txt")


def _restricts(word: str) -> bool:
    """Whether a word before a plural may take only some of what it names."""
    return word.lower() in resources.lexicon_words("partitive_words.txt") or is_numeral(word) \
        or bool(_REGION_ADJECTIVE.fullmatch(word))


def counted_members(text: str, start: int, end: int, name: tuple[int, int]) -> bool:
    """A number without an article before a plural name, and nothing else ('Vijf Democraten', 'twaalf
    Belgen'): some of those the name stands for, a group of its own as 'vijf EU-landen' is."""
    before = text[start:name[0]].split()
    return name[1] == end and len(before) == 1 and is_numeral(before[0]) and text[name[1] - 1:name[1]] in ("n", "s")


def share_from_place(text: str, start: int, end: int, name: tuple[int, int]) -> bool:
    """The words at start:end are a share of a group of people from the place named at `name` ('een groep
    van twaalf vluchtelingen uit Oekraïne'): the place is no actor there, the phrase is. Not a share of a
    place itself ('een deel van Oekraïne'), and not of a named body: 'een meerderheid van de Tweede Kamer'
    stays the Kamer (the gold codes a majority of a body voting as the body)."""
    share = _SHARE.match(text, start, end)
    if share is None or not share.end() <= name[0] < name[1] <= end:
        return False
    head = share.group("share").lower()
    if not (head in _share_words() or is_numeral(head)):
        return False
    return any(w not in ("de", "het", "een") for w in _GROUP_WORDS.findall(text[share.end():name[0]]))


@cache  # the union of two word lists, built once rather than per phrase
def _share_words() -> frozenset[str]:
    return resources.lexicon_words("partitive_nouns.txt") | resources.lexicon_words("share_pronouns.txt")
