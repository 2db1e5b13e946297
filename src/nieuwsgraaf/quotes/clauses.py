"""Clause boundaries in Dutch reported speech, from word forms alone (the quote stage sees no parse).

Where a reported clause ends ('dat die klaar zijn, maar wil ze nog niet vrijgeven' reports
'die klaar zijn'), where a subject stops (before the first finite verb), and which words open a
subordinate clause without belonging to what was said ('zelfs al', 'omdat').
"""

from __future__ import annotations

import re

from .lexicon import QuoteLexicon

# Finite auxiliaries, modals, copulas and frequent finite verbs: where a subject ends, and what
# makes 'en'/'maar' coordinate a new predicate of the main clause rather than continue the content.
FINITE = frozenset((
    "is", "was", "waren", "ben", "bent", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd",
    "werden", "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest",
    "moesten", "wil", "willen", "wilde", "wilden", "mag", "mogen", "mocht", "mochten", "gaat", "gaan", "ging",
    "gingen", "blijft", "blijven", "bleef", "bleven", "lijkt", "lijken", "leek", "leken", "staat", "staan",
    "stond", "stonden", "ligt", "liggen", "lag", "lagen", "komt", "komen", "kwam", "kwamen", "krijgt",
    "krijgen", "kreeg", "kregen", "doet", "doen", "deed", "deden", "probeert", "proberen", "probeerde",
    "probeerden", "maakt", "maakte", "neemt", "nam", "heeft", "weet", "wist", "houdt", "hield", "ziet", "zag",
    "zagen", "denkt", "vindt", "vond", "telefoneerde", "telefoneerden", "sprak", "spraken", "volgde",
    "volgden", "keek", "keken", "hamert", "hamerde", "wijst", "wees", "verzet", "verzette", "eist", "eiste",
))
# Connectives that open a clause but are not part of what was said.
LEADING_CONNECTIVE = re.compile(
    r"^(?:zelfs al|zelfs als|ook al|omdat|terwijl|hoewel|toen|nadat|zodat|doordat|aangezien|als|indien|want|maar"
    r"|en|of|dus|waardoor|waarna)\s+", re.IGNORECASE)
_AMBIGUOUS = frozenset({"acht", "aldus"})  # a number, an adverb
_WORD = re.compile(r"[\w’'-]+")
# A comma that ends the reported clause: a sentential relative ('…, wat inhoudt dat'), a list
# or participle tacked on ('…, waaronder', '…, gevolgd door').
_TAIL = re.compile(r",\s+(?:wat|waaronder|gevolgd door|aldus|zo|zei|zegt)\b")
_COORDINATION = re.compile(r"(?:,\s*|\s+)(?:maar|en|of)\s+(?P<word>[\w-]+)")


def is_finite(word: str, lexicon: QuoteLexicon) -> bool:
    lower = word.lower()
    if lower in _AMBIGUOUS:
        return False
    return lower in FINITE or (lower in lexicon.verbs and lower != "aldus") or lower in lexicon.particles


def first_finite(words: str, lexicon: QuoteLexicon) -> int | None:
    """Offset in `words` of its first finite verb (a lowercase word), or None."""
    for match in _WORD.finditer(words):
        word = match.group()
        if word[0].islower() and is_finite(word, lexicon):
            return match.start()
    return None


def content_end(text: str, start: int, end: int, lexicon: QuoteLexicon) -> int:
    """Where the reported clause text[start:end] ends: before a sentential relative or an
    'en'/'maar' that coordinates a new predicate of the main clause."""
    content = text[start:end]
    cut = len(content)
    tail = _TAIL.search(content)
    if tail:
        cut = tail.start()
    for match in _COORDINATION.finditer(content, 0, cut):
        if is_finite(match["word"], lexicon):
            cut = match.start()
            break
    return start + len(content[:cut].rstrip(" ,;:.!?"))


def strip_connective(text: str, start: int, end: int) -> int:
    """`start` moved past a subordinating connective ('zelfs al lagen die …' -> 'lagen die …')."""
    match = LEADING_CONNECTIVE.match(text[start:end])
    return start + match.end() if match else start
