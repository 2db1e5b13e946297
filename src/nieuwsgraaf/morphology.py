"""A word's morphological features read from the tagger's feature string.

spaCy's `token.morph.get(field)` builds a NumPy array and a list of strings on every call; the
events stage asks for a word's tense or verb form many times per trigger (is it past, is it an
infinitive, is this pronoun relative) and the time stage at every word (its tense cues), so both
read the string form ('Number=Sing|Tense=Past|VerbForm=Fin') instead, about three times faster,
with the same answer.
"""

from __future__ import annotations

from spacy.tokens import Token


def has_feature(token: Token, field: str, value: str) -> bool:
    """Whether `value` is among the values of `field` in the word's features (as
    `value in token.morph.get(field)`: 'Tense=Past' holds Past; 'Tense=Past,Pres' holds both)."""
    features = str(token.morph)
    name = field + "="
    at = features.find(name)
    while at > 0 and features[at - 1] != "|":  # 'Tense=' inside another field's name
        at = features.find(name, at + 1)
    if at < 0:
        return False
    end = features.find("|", at)
    return value in features[at + len(name):end if end >= 0 else len(features)].split(",")
