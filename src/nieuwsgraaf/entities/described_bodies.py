"""A body the knowledge base lacks, named by a description as a reader names it (issue #14 §2, §3):
'het Brusselse parket', 'de Israëlische ambassade in Den Haag', 'het Thaise ministerie van Defensie'.
A definite description whose head noun is a body or institution (data/lexicons/speaker_nouns.tsv)
and that carries a proper adjective ('Brusselse') or a place after it ('in Den Haag') names one
organisation: an ORG known by those words without the article. The same body named again with
the adjective inflected otherwise or left out ('het Brussels parket', 'de ambassade') is that one
organisation, and an adjective the article also writes uninflected before the noun is named so
('Brussels parket' when the article writes both)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Mention
from .description_words import DEFINITE, head_noun

_BODY_KINDS = frozenset({"institution"})  # one body each; not plurals such as "staatsmedia"
_PROPER = re.compile(r"[A-Z][^\W\d_]+")
# 'in Den Haag', 'van Istanbul', 'in de VS': where a body sits, right after the description
_SEAT = re.compile(r"\s+(?:in|te|van)\s+(?:de\s+|het\s+)?$")


@dataclass(frozen=True)
class DescribedBody:
    """A body named by a description: its head noun, the stems of its proper adjectives, its name."""
    noun: str
    stems: frozenset[str]
    name: str


def adjective_stem(adjective: str) -> str:
    """'Brusselse' and 'Brussels' -> 'brussels': an adjective without its inflection."""
    return adjective.casefold().removesuffix("e")


def described_body(words: Sequence[str], end: int, text: str, mentions: Sequence[Mention],
                   speaker_nouns: dict[str, str]) -> DescribedBody | None:
    """The body the description `words` (ending at `end` in `text`) names, or None when it names
    no particular one ('de rechtbank', 'het kabinet', 'een ministerie')."""
    if len(words) < 3 or words[0].lower() not in DEFINITE:
        return None
    noun = head_noun(list(words))
    if speaker_nouns.get(noun) not in _BODY_KINDS:
        return None
    cut = next(i for i, word in enumerate(words) if word.lower() == noun)
    proper = [word for word in words[1:cut] if _PROPER.fullmatch(word)]
    if not proper:
        return None
    named = [*words[1:]]
    for index, word in enumerate(named[:cut - 1]):  # 'Brusselse' -> 'Brussels' when the article writes that too
        plain = word.removesuffix("e")
        if word in proper and plain != word and re.search(rf"\b{re.escape(plain)}\s+{re.escape(noun)}\b", text, re.I):
            named[index] = plain
    seat = next((m for m in mentions if m.label == "LOC" and _SEAT.fullmatch(text[end:m.start])), None)
    name = " ".join(named) + (text[end:seat.end] if seat else "")
    return DescribedBody(noun, frozenset(adjective_stem(word) for word in proper), " ".join(name.split()))


def same_body(body: DescribedBody, earlier: DescribedBody) -> bool:
    """'het Brussels parket' after 'het Brusselse parket': the same noun, no adjective the earlier lacks."""
    return body.noun == earlier.noun and body.stems <= earlier.stems
