"""A number that the parser made the head of a phrase: the counted noun names who."""

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.events.quantities import counted

_NL = spacy.blank("nl")


def _doc(words, pos, heads, deps):
    return Doc(_NL.vocab, words=words, pos=pos, heads=heads, deps=deps)


def test_counted_noun_hung_on_a_quantity_noun():
    doc = _doc(["Honderden", "leraren", "staakten", "."], ["NOUN", "NOUN", "VERB", "PUNCT"],
               [2, 0, 2, 2], ["nsubj", "nmod", "ROOT", "punct"])
    assert counted(doc[0]).text == "leraren"


def test_counted_noun_as_a_second_subject_of_a_numeral():
    doc = _doc(["300", "vissers", "protesteerden", "."], ["NUM", "NOUN", "VERB", "PUNCT"],
               [2, 2, 2, 2], ["nsubj", "nsubj", "ROOT", "punct"])
    assert counted(doc[0]).text == "vissers"


def test_no_counted_noun_for_a_plain_noun_or_a_prepositional_phrase():
    doc = _doc(["Leraren", "staakten", "in", "Gent", "."], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
               [1, 1, 3, 1, 1], ["nsubj", "ROOT", "case", "obl", "punct"])
    assert counted(doc[0]) is None
    doc = _doc(["Duizenden", "van", "boeren", "kwamen"], ["NOUN", "ADP", "NOUN", "VERB"],
               [3, 2, 0, 3], ["nsubj", "case", "nmod", "ROOT"])
    assert counted(doc[0]) is None
