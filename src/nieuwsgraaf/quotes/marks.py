"""Direct quotes: spans between quotation marks in every style Dutch and Flemish outlets use.

"…", “…”, „…”, ''…'', ,,…”, ,,…’’, ‘…’, ’…’, '…', «…», and the mismatched pairs scraped text is full of
(“…' or '…’). An apostrophe inside or after a word ('s avonds, zo'n, d'r, auto's) never opens
or closes a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> closing marks accepted, best first.
_PAIRS = {
    "“": ("”", "“", '"', "’", "'"),
    "„": ("”", "“", '"', "’"),
    "''": ("''", "”", '"'),
    ",,": ("”", "''", "’’", '"', "“"),  # De Telegraaf and AD close ,,… with two single marks: ’’
    '"': ('"', "”", "“", "'"),
    "‘": ("’", "'", "‘"),
    "'": ("'", "’"),
    "’": ("’", "'"),  # De Telegraaf opens with the closing mark: ’onverantwoord hard’
    "«": ("»",),
    "»": ("«",),
}
_OPENERS = re.compile(r"''|,,|[“„\"‘'’«»]")
_ELISIONS = re.compile(r"['’](?:s|t|n|k|r)\b", re.IGNORECASE)  # 's avonds, 't, zo'n-style elisions
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: marks at open_start/close_end, the quoted text in between (start, end)."""

    open_start: int
    start: int
    end: int
    close_end: int


def _can_open(text: str, index: int, mark: str) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + len(mark)] if index + len(mark) < len(text) else " "
    if not after.strip() or after in ".,;:!?":
        return False
    if mark in ("'", "‘", "’"):
        if before.isalnum():
            return False  # auto's, zo'n
        if _ELISIONS.match(text, index):
            follow = text[index + 2: index + 3]
            if not follow or follow == " ":
                return False  # 's avonds, 't
    return not before.isalnum() or mark in ("„", "“", "«", ",,")


def _can_close(text: str, index: int, mark: str) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + len(mark)] if index + len(mark) < len(text) else " "
    if not before.strip():
        return False
    return not (mark in ("'", "’") and after.isalpha())  # d'r, zo'n inside the quote


def _closes_nested(text: str, start: int, position: int, closer: str) -> bool:
    """Whether a single mark at `position` closes a quotation nested inside the one opened
    at `start` ("Een 'normale' campagne …"): an unclosed single mark opens before it."""
    if closer not in ("'", "’"):
        return False
    opened = 0
    for index in range(start, position):
        ch = text[index]
        if ch in ("'", "‘") and _can_open(text, index, ch):
            opened += 1
        elif ch in ("'", "’") and opened and _can_close(text, index, ch):
            opened -= 1
    return opened > 0


def _find_close(text: str, start: int, limit: int, closers: tuple[str, ...]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for closer in closers:
        position = start
        while True:
            position = text.find(closer, position, limit)
            if position < 0:
                break
            if _can_close(text, position, closer) and not _closes_nested(text, start, position, closer):
                if best is None or position < best[0]:
                    best = (position, closer)
                break
            position += 1
    return best


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in `text`, in order, not nested; a quote stays within its paragraph."""
    spans: list[QuoteSpan] = []
    index = 0
    while True:
        match = _OPENERS.search(text, index)
        if match is None:
            break
        mark, open_start = match.group(), match.start()
        if not _can_open(text, open_start, mark):
            index = match.end()
            continue
        paragraph_end = text.find("\n\n", match.end())
        limit = min(len(text) if paragraph_end < 0 else paragraph_end, match.end() + MAX_QUOTE_CHARS)
        found = _find_close(text, match.end(), limit, _PAIRS[mark])
        if found is None:
            index = match.end()
            continue
        close_start, closer = found
        inner_start, inner_end = match.end(), close_start
        if text[inner_start:inner_end].strip():
            spans.append(QuoteSpan(open_start, inner_start, inner_end, close_start + len(closer)))
        index = close_start + len(closer)
    return spans
