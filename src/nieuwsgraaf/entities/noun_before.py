"""A definite 'de ambassade', 'de veiligheidsregio' or 'de beweging' naming a speaker (or an event's
actor): the body the article named shortly before with that noun, often not as a speaker, as a
reader takes it. The body was named in one of three ways:

- the noun before a place: 'veiligheidsregio Drenthe', 'de gemeente Den Haag' (an organisation
  known by those words);
- the noun before the body's own name: "de beweging 'Campagne Stop Répression'" (that name, an
  organisation however the tagger labelled it);
- a description with a proper adjective: 'de Oekraïense ambassade in Brussel'
  (described_bodies.py: the organisation it names).

The nearest such naming before the words wins; an adjective the description adds must be one the
naming had ('de Oekraïense ambassade' after it, not 'de Russische ambassade')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Mention
from .described_bodies import adjective_stem, described_body
from .description_words import NAMED_BEFORE_REACH, is_anaphoric
from .local_ids import local_id

# a name right after the noun, in quotes or not: 'veiligheidsregio Drenthe', "beweging 'X'"
_BEFORE_NAME = re.compile(r"\s+['‘\"“]?$")
_NO_NOUN = frozenset({"de", "het", "een"})  # 'het de': a misread, no noun
_NAMING_LABELS = frozenset({"ORG", "MISC", "LOC"})
# 'de Oekraïense ambassade': a definite article and one or two words before the noun
_DESCRIPTION_BEFORE = re.compile(r"\b(?:[Dd]e|[Hh]et)\s+(?:\S+\s+){1,2}$")


@dataclass(frozen=True)
class NamedBody:
    """The body a description stands for: an entity the article has, or a new local organisation."""
    entity: str
    name: str | None = None  # the new organisation's name; None for an entity the article has


def body_named_before(words: Sequence[str], start: int, text: str, mentions: Sequence[Mention],
                      speaker_nouns: dict[str, str], reach: int = NAMED_BEFORE_REACH) -> NamedBody | None:
    """The body the definite `words` starting at `start` stand for, named before with its noun."""
    words = list(words)
    if not is_anaphoric(words) or not words[-1].isalpha() or words[-1].lower() in _NO_NOUN:
        return None
    noun = words[-1]
    stem = adjective_stem(words[1]) if len(words) == 3 else None  # 'Oekraïense' and 'Oekraïens' alike
    window = max(0, start - reach)
    for found in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", text[window:start], re.I))):
        at, end = found.start() + window, found.end() + window
        body = _naming(text, at, end, mentions, speaker_nouns)
        if body is not None:
            words_of_naming = text[max(0, at - 40):end + 60].casefold()
            if stem is None or stem in words_of_naming:
                return body
            return None
    return None


def _naming(text: str, at: int, end: int, mentions: Sequence[Mention],
            speaker_nouns: dict[str, str]) -> NamedBody | None:
    """The body the noun at `at`..`end` names there, or None when it names none (a bare 'de ambassade')."""
    after = next((m for m in mentions if m.start > end and _BEFORE_NAME.fullmatch(text[end:m.start])), None)
    if after is not None and after.label in _NAMING_LABELS:
        if after.label == "LOC":  # 'veiligheidsregio Drenthe': the noun and the place make the name
            name = f"{text[at:end].lower()} {after.text}"
            return NamedBody(local_id("org", name), name)
        if after.entity and not after.entity.startswith("local:"):
            return NamedBody(after.entity)
        return NamedBody(local_id("org", after.text), after.text)  # an unknown name: an organisation
    if after is not None:
        return None  # 'boer Jan': a person, no body
    article = _DESCRIPTION_BEFORE.search(text, max(0, at - 60), at)
    if article is None:
        return None
    body = described_body(text[article.start():end].split(), end, text, mentions, speaker_nouns)
    return NamedBody(local_id("org", body.name), body.name) if body is not None else None
