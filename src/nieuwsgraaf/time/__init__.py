"""Dutch temporal expressions: finding, normalising and dating facts."""

from .tagger import TimeTagger, default_tagger, find_timexes

__all__ = ["TimeTagger", "default_tagger", "find_timexes"]
