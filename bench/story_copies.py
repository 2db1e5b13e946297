"""Near-duplicates derived from an article, the way outlets republish agency copy.

Each function returns a new text that a reader would call the same article: a few words changed,
a new headline, an agency line added, the end cut off. Deterministic (seeded by the text), so an
evaluation or a test sees the same copies every run.
"""

from __future__ import annotations

import hashlib
import random
import re

_WORD = re.compile(r"\b\w{4,}\b")
SWAPS = {"zei": "zegt", "maandag": "dinsdag", "donderdag": "vrijdag", "de": "het", "een": "één",
         "heeft": "had", "volgens": "aldus", "moet": "zal", "niet": "geen", "ook": "eveneens"}


def _rng(text: str, salt: str) -> random.Random:
    return random.Random(int(hashlib.sha1((salt + text).encode()).hexdigest()[:12], 16))


def light_edit(text: str) -> str:
    """About one word in forty changed (a synonym, a typo fixed, a word dropped)."""
    rng = _rng(text, "edit")
    words = list(_WORD.finditer(text))
    chosen = sorted(rng.sample(words, max(1, len(words) // 40)), key=lambda m: m.start(), reverse=True)
    for match in chosen:
        word = match.group()
        replacement = SWAPS.get(word.lower(), word[:-1] if rng.random() < 0.5 else word + "e")
        text = text[:match.start()] + replacement + text[match.end():]
    return text


def new_headline(text: str) -> str:
    """Another outlet's headline: it replaces the first line when that is a headline (25 words at
    most), else it is put in front of the text."""
    first, _, rest = text.partition("\n")
    words = first.split()
    headline = "Nieuw: " + " ".join(reversed(words[:8]))
    return headline + "\n" + (rest if len(words) <= 25 else text)


def agency_line(text: str) -> str:
    """A dateline with an agency credit before the body and a credit line after it."""
    first, _, rest = text.partition("\n")
    return f"{first}\nDEN HAAG (ANP) - {rest.lstrip()}\n\n(ANP/Belga)"


def truncated(text: str) -> str:
    """The first 60 % of the words: a copy cut for length."""
    words = list(re.finditer(r"\S+", text))
    if len(words) < 10:
        return text
    return text[: words[int(len(words) * 0.6)].start()].rstrip()


DERIVATIONS = {"light_edit": light_edit, "new_headline": new_headline, "agency_line": agency_line,
               "truncated": truncated}
