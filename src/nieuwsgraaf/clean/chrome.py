"""Recognising page chrome: counters, buttons, captions, link lists and navigation runs."""

from __future__ import annotations

import re

from .lexicon import CleanRules

_BULLET = re.compile(r"\s+[•·|]\s+")
_GLUED_WORDS = re.compile(r"[a-zà-ÿ'’][A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$|[:;,]$")
# Headlines may end in a question mark; prose after a link list ends in a full stop.
_PROSE_END = re.compile(r"[.!…][\"'”’»)]*$|[:;,]$")


def chrome_kind(paragraph: str, rules: CleanRules) -> str | None:
    """The kind of chrome a whole paragraph is ('line', 'caption', 'navigation'), else None."""
    for kind in ("line", "caption"):
        if any(p.fullmatch(paragraph) for p in rules.chrome[kind]):
            return kind
    if is_navigation_run(paragraph):
        return "navigation"
    return None


def is_link_list_heading(paragraph: str, rules: CleanRules) -> bool:
    return any(p.fullmatch(paragraph) for p in rules.chrome["heading"])


def is_tail_heading(paragraph: str, rules: CleanRules) -> bool:
    """A heading after which the page holds only other articles ('Meer uit Politiek')."""
    return any(p.fullmatch(paragraph) for p in rules.chrome["tail"])


def is_navigation_run(paragraph: str) -> bool:
    """Menu items glued together by the scraper ('OverzichtRegioUitzendingenWeer...')."""
    glued = len(_GLUED_WORDS.findall(paragraph))
    return glued >= 3 and paragraph.count(" ") <= 2 * glued and not _SENTENCE_END.search(paragraph)


def is_link_like(paragraph: str) -> bool:
    """Short and without closing punctuation: a headline in a list of links."""
    return len(paragraph) <= 160 and not _PROSE_END.search(paragraph)


def strip_chrome_prefix(paragraph: str, rules: CleanRules) -> tuple[str, str | None]:
    """Remove chrome glued to the start of a paragraph; returns (rest, removed)."""
    for pattern in rules.chrome["prefix"]:
        match = pattern.match(paragraph)
        if match and match.end() < len(paragraph):
            return paragraph[match.end():], paragraph[: match.end()].strip()
    return paragraph, None


def _is_segment_chrome(segment: str, rules: CleanRules) -> bool:
    return any(p.fullmatch(segment) for p in rules.chrome["segment"])


def strip_section_suffix(text: str, rules: CleanRules) -> str:
    for label in rules.section_labels:
        if text.endswith(" " + label):
            return text[: -len(label) - 1].rstrip()
    return text


def split_header_segments(paragraph: str, rules: CleanRules) -> tuple[str, list[str]]:
    """Drop the chrome parts of a bullet-separated header line.

    'Titel Actueel • Vandaag • leestijd 2 minuten • bewaren' gives 'Titel'; the section
    label glued before the first bullet goes too. Lines with fewer than two chrome parts
    are left alone, since a bullet alone is no proof of chrome.
    """
    segments = _BULLET.split(paragraph)
    if len(segments) < 3:
        return paragraph, []
    kept, removed = [], []
    for segment in segments:
        rest, prefix = strip_chrome_prefix(segment, rules)
        if prefix:
            removed.append(prefix)
        if _is_segment_chrome(rest, rules):
            removed.append(rest)
        else:
            kept.append(rest)
    if len(removed) < 2 or len(kept) != 1:
        return paragraph, []
    title = strip_section_suffix(kept[0], rules)
    if title != kept[0]:
        removed.append(kept[0][len(title):].strip())
    return title, removed


def strip_glued_section(paragraph: str, rules: CleanRules) -> tuple[str, str | None]:
    """'RoyaltyKoning Willem-Alexander ...' -> 'Koning Willem-Alexander ...'."""
    for label in rules.section_labels:
        if paragraph.startswith(label) and paragraph[len(label): len(label) + 1].isupper():
            return paragraph[len(label):], label
    return paragraph, None
