"""Argument words that name a policy in place ('het huidige beleid', 'de verhoging van de
pensioenleeftijd'), whose maker the event-actor step takes as the recipient when the sentence names no
other (events/policies.py finds such words in the parse; both read data/lexicons/policy_nouns.txt)."""

from __future__ import annotations

from .. import resources

_DEFINITE = frozenset({"de", "het", "dit", "deze", "dat", "die"})


def is_policy_phrase(words: str) -> bool:
    """Whether argument words name a definite policy ('het huidige beleid', 'de verhoging'): one in
    place, not one asked for ('een beleid', 'forse maatregelen', 'veel hervormingen'); a compound
    ending in a policy noun counts ('pensioenbeleid')."""
    parts = words.lower().split()
    head = parts[-1].rsplit("-", 1)[-1] if parts else ""
    return len(parts) > 1 and parts[0] in _DEFINITE and any(
        head.endswith(noun) for noun in resources.lexicon_words("policy_nouns.txt"))
