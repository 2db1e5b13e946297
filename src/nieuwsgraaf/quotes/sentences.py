"""The tagger's sentences, mended where quotation marks confused it."""

from __future__ import annotations

from .rules import QUOTE_MARKS, TRAILING_OPENER


def quote_sentences(text: str, sentences) -> list[tuple[int, int]]:
    """The tagger's sentences, mended for quotes: an opening mark left at the end of a sentence
    moves to the next one, and a piece that starts in lowercase ('voegde X toe.') or follows one that
    ends in mid-clause ('Dat zegt | Jan de Vries.': no closing punctuation) joins the one before."""
    mended: list[list[int]] = []
    for start, end in sentences:
        if mended:
            previous = mended[-1]
            tail = text[previous[0]:previous[1]].rstrip()
            opener = TRAILING_OPENER.search(tail)
            if opener:
                previous[1] = previous[0] + opener.start()
                start = previous[1]
            head = text[start:end].lstrip(" " + QUOTE_MARKS)
            gap = text[previous[1]:start]
            open_end = tail[-1:].isalnum() or tail.endswith(",")
            if (head[:1].islower() or open_end) and "\n" not in gap and "\n" not in text[previous[0]:previous[1]]:
                previous[1] = end
                continue
        mended.append([start, end])
    return [(s, e) for s, e in mended]
