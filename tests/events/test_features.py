"""morphology.py reads a word's features from the tagger's feature string: the same answer as
spaCy's `token.morph.get(field)`. Words of our own, features set by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from nieuwsgraaf.morphology import has_feature

_MORPHS = ["Number=Plur|Tense=Past|VerbForm=Fin", "Tense=Pres|VerbForm=Fin", "VerbForm=Part",
           "VerbForm=Inf", "PronType=Rel", "PronType=Dem,Rel", "", "Degree=Pos"]


@pytest.fixture(scope="module")
def words() -> Doc:
    texts = ["spraken", "spreekt", "gesproken", "spreken", "die", "dat", "en", "groot"]
    return Doc(spacy.blank("nl").vocab, words=texts, morphs=_MORPHS)


@pytest.mark.parametrize("field", ["Tense", "VerbForm", "PronType", "Number", "Degree", "Mood"])
@pytest.mark.parametrize("value", ["Past", "Pres", "Part", "Inf", "Fin", "Rel", "Dem", "Plur", "Pos"])
def test_the_same_as_spacy(words, field, value):
    for token in words:
        assert has_feature(token, field, value) == (value in token.morph.get(field))


def test_a_value_of_another_field_does_not_count(words):
    spraken = words[0]
    assert has_feature(spraken, "Tense", "Past")
    assert not has_feature(spraken, "Tense", "Fin")  # VerbForm's value
    assert not has_feature(spraken, "Form", "Fin")  # the end of another field's name
    assert has_feature(words[5], "PronType", "Rel") and has_feature(words[5], "PronType", "Dem")
