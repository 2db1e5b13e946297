"""Who the article credits: 'Bron:' lines, agency tags, datelines and byline initials."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SOURCE_CREDIT = re.compile(r"^Bron:\s*(?P<credit>.+?)(?:\s+(?P<count>\d+)\s+(?P<rest>\S.*))?$")
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?)?\s*\((?P<tag>[A-Za-z]+(?:\s*/\s*[A-Za-z]+)*)\)\s*[-–—]\s+"
)
_TRAILING_TAG = re.compile(r"\s*\((?P<tag>[A-Za-z]+(?:\s*/\s*[A-Za-z]+)*)\)\s*$")
_LONE_INITIALS = re.compile(r"^[a-z]{2,4}$")
_TITLE_INITIALS = re.compile(r"^(?P<title>.*\S)\s+(?P<initials>[A-Z]{2,3})$")


@dataclass(frozen=True)
class Credit:
    """What a credit line said and the paragraph text left after it."""

    rest: str
    agencies: tuple[str, ...] = ()
    credit: str | None = None
    place: str | None = None
    photo_credit: str | None = None


def agencies_in_tag(tag: str, agencies: dict[str, str]) -> tuple[str, ...] | None:
    """Canonical agencies of a tag like 'ANP/RTR'; None unless its first part is an agency."""
    parts = [part.strip() for part in tag.split("/") if part.strip()]
    if not parts or parts[0] not in agencies:
        return None
    return tuple(agencies.get(part, part) for part in parts)


def _leading_agencies(text: str, agencies: dict[str, str]) -> tuple[tuple[str, ...], str]:
    """Agency names glued before the first body sentence ('AP In juli ontmoetten ...').

    On HLN pages these credit the lead photo, whose caption follows; not the text.
    """
    found: list[str] = []
    words = text.split(" ")
    while len(words) > 1 and words[0] in agencies and words[1][:1].isupper():
        found.append(agencies[words.pop(0)])
    return tuple(found), " ".join(words)


def read_source_credit(paragraph: str, agencies: dict[str, str]) -> Credit | None:
    """Read 'Bron: The Hill 0 AP In juli ...' (HLN layout): credit, comment count, photo credit, body."""
    match = _SOURCE_CREDIT.match(paragraph)
    if not match:
        return None
    credit = match.group("credit").strip()
    rest = match.group("rest") or ""
    if not match.group("count") and len(credit) > 60:
        return None
    photo, rest = _leading_agencies(rest, agencies)
    credited = tuple(agencies[name] for name in re.split(r"\s*[,/]\s*", credit) if name in agencies)
    return Credit(rest=rest, agencies=credited, credit=credit, photo_credit="/".join(photo) or None)


def read_dateline(paragraph: str, agencies: dict[str, str]) -> Credit | None:
    """Read 'OSLO (ANP) - ...' or '(Belga) - ...' at the start of a paragraph."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    found = agencies_in_tag(match.group("tag"), agencies)
    if found is None:
        return None
    place = (match.group("place") or "").strip() or None
    return Credit(rest=paragraph[match.end():], agencies=found, place=place)


def read_trailing_tag(paragraph: str, agencies: dict[str, str]) -> Credit | None:
    """Read an agency tag closing the article ('... aldus de minister. (ANP/upday)')."""
    match = _TRAILING_TAG.search(paragraph)
    if not match:
        return None
    found = agencies_in_tag(match.group("tag"), agencies)
    if found is None:
        return None
    return Credit(rest=paragraph[: match.start()].rstrip(), agencies=found)


def is_lone_initials(paragraph: str) -> bool:
    """A byline of lowercase initials on a line of its own ('jvh')."""
    return bool(_LONE_INITIALS.match(paragraph))


def split_title_initials(title: str) -> tuple[str, str | None]:
    """Split byline initials off a title ('... Noord-Korea" LB'); call only for HLN layout."""
    match = _TITLE_INITIALS.match(title)
    if not match:
        return title, None
    return match.group("title"), match.group("initials")
