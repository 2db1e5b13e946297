"""Dutch temporal expressions: finding, normalising and dating facts."""

from .tagger import TimeTagger, TimexMatch, default_tagger, find_timexes

__all__ = ["TimeTagger", "TimexMatch", "default_tagger", "find_timexes"]
