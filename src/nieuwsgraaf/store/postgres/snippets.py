"""A short passage of an article around the words a search found, with those words in [brackets]."""

from __future__ import annotations

from .words import words_with_offsets

WINDOW = 14  # words, as the SQLite store's FTS5 snippet
LEAD = 2  # words shown before the first word found


def _found(word: str, terms: tuple[tuple[str, bool], ...]) -> bool:
    return any(word.startswith(term) if prefix else word == term for term, prefix in terms)


def snippet(text: str, terms: tuple[tuple[str, bool], ...]) -> str:
    """The WINDOW words of `text` holding the most searched words, those marked [like this];
    '…' where the passage is cut. Without terms (or none found): the start of the text."""
    spans = list(words_with_offsets(text))
    if not spans:
        return text[:160]
    hits = [at for at, (word, _, _) in enumerate(spans) if _found(word, terms)]
    best = 0
    if hits:
        starts = [max(0, hit - LEAD) for hit in hits]
        best = max(starts, key=lambda start: (sum(start <= hit < start + WINDOW for hit in hits), -start))
    shown = spans[best:best + WINDOW]
    marked = set(hits)
    parts, cursor = [], shown[0][1]
    for at, (_, start, end) in enumerate(shown, start=best):
        parts.append(text[cursor:start])
        parts.append(f"[{text[start:end]}]" if at in marked else text[start:end])
        cursor = end
    head = "…" if best > 0 else ""
    tail = "…" if best + WINDOW < len(spans) else text[cursor:]
    return head + "".join(parts) + tail
