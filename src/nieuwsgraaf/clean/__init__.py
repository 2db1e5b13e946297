"""Turning raw page text into a clean Article: chrome out, metadata in, language identified."""

from .cleaner import CleanOptions, CleanResult, Removal, clean_document
from .language import identify_language
from .lexicon import CleanRules, LexiconError, load_clean_rules

__all__ = [
    "CleanOptions",
    "CleanResult",
    "CleanRules",
    "LexiconError",
    "Removal",
    "clean_document",
    "identify_language",
    "load_clean_rules",
]
