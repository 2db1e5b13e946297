from hypothesis import given
from hypothesis import strategies as st

from nieuwsgraaf.nlp.lemma_rules import SAME, apply_rule, rule_for


def test_a_rule_learnt_on_one_verb_lemmatizes_another_of_the_same_pattern():
    rule = rule_for("werkte", "werken")
    assert rule == "|2|en"
    assert apply_rule("fietste", rule) == "fietsen"


def test_lowercasing_is_part_of_the_rule():
    assert rule_for("Het", "het") == "L|0|"
    assert apply_rule("De", "L|0|") == "de"
    assert rule_for("Gods", "God") == "|1|"  # a proper noun keeps its capital


def test_a_form_that_is_its_own_lemma():
    assert rule_for("Rutte", "Rutte") == SAME
    assert apply_rule("Binnenhof", SAME) == "Binnenhof"


def test_a_rule_longer_than_the_word_leaves_the_word_alone():
    assert apply_rule("is", "|5|lopen") == "is"
    assert apply_rule("ik", "|2|") == "ik"


@given(st.text(min_size=1, max_size=12), st.text(min_size=1, max_size=12))
def test_every_pair_round_trips(form, lemma):
    assert apply_rule(form, rule_for(form, lemma)) == lemma
