"""What a relative pronoun stands for (events/clauses.antecedent), on parses built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.events.clauses import antecedent


def _doc(words, pos, heads, deps) -> Doc:
    return Doc(spacy.blank("nl").vocab, words=words, pos=pos, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))


def test_a_pronoun_after_a_name_and_a_comma_stands_for_the_name_however_the_clause_hangs():
    # 'Vandaag sprak Karel Berg , die steun eist': the parser hung the clause on the verb as a ccomp
    doc = _doc(["Vandaag", "sprak", "Karel", "Berg", ",", "die", "steun", "eist"],
               ["ADV", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "NOUN", "VERB"],
               [1, 1, 1, 2, 7, 7, 7, 1], ["advmod", "ROOT", "nsubj", "flat", "punct", "nsubj", "obj", "ccomp"])
    assert antecedent(doc[5]).text == "Berg"


def test_a_pronoun_after_a_verb_and_a_comma_stays():
    # 'Karel Berg zei , dat hij steun eist': 'dat' after a verb opens a complement
    doc = _doc(["Karel", "Berg", "zei", ",", "dat", "hij", "steun", "eist"],
               ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "PRON", "NOUN", "VERB"],
               [2, 0, 2, 7, 7, 7, 7, 2], ["nsubj", "flat", "ROOT", "punct", "mark", "nsubj", "obj", "ccomp"])
    assert antecedent(doc[4]).text == "dat"
