"""Dutch word forms for trigger matching, from the citation forms of the lexicon."""

from __future__ import annotations

from nieuwsgraaf.events.forms import noun_forms, verb_forms
from nieuwsgraaf.events.lexicon import _particles, _strong_verbs


def _all_forms(infinitive: str) -> tuple[set[str], set[str]]:
    readings = verb_forms(infinitive, _strong_verbs(), _particles())
    glued = set().union(*(r.glued for r in readings))
    split = set().union(*(r.finite for r in readings if r.particle))
    return glued, split


def test_a_regular_verb_gets_its_present_past_and_participle():
    glued, _ = _all_forms("dreigen")
    assert {"dreig", "dreigt", "dreigde", "dreigden", "gedreigd", "dreigen"} <= glued


def test_spelling_rules_long_vowels_and_devoicing():
    assert {"maakt", "maakte", "gemaakt"} <= _all_forms("maken")[0]
    assert {"leeft", "leefde", "geleefd"} <= _all_forms("leven")[0]
    assert {"stapt", "stapte", "gestapt"} <= _all_forms("stappen")[0]


def test_a_separable_verb_is_glued_or_split():
    glued, split = _all_forms("aankondigen")
    assert {"aangekondigd", "aankondigde", "aankondigen"} <= glued
    assert {"kondigt", "kondigde"} <= split


def test_strong_verbs_come_from_the_lexicon_and_inseparable_prefixes_drop_ge():
    glued, _ = _all_forms("verbieden")
    assert {"verbood", "verboden"} <= glued and "vergeboden" not in glued
    glued, split = _all_forms("terugtrekken")
    assert {"teruggetrokken", "terugtrok"} <= glued and {"trok", "trokken"} <= split


def test_a_stem_in_d_takes_t_in_the_present_and_a_stem_in_t_does_not():
    _, split = _all_forms("aftreden")
    assert "treedt" in split  # 'het kabinet treedt af'
    assert "verbiedt" in _all_forms("verbieden")[0]
    glued = _all_forms("zetten")[0]
    assert "zet" in glued and "zett" not in glued


def test_noun_plurals():
    assert "aanvallen" in noun_forms("aanval")
    assert "sancties" in noun_forms("sanctie")
    assert "heffingen" in noun_forms("heffing")


def test_be_and_er_start_a_prefix_only_before_a_verb_of_their_own():
    assert "gebeld" in _all_forms("bellen")[0]  # 'bellen' has no prefix: gebeld
    assert "betaald" in _all_forms("betalen")[0] and "gebetaald" not in _all_forms("betalen")[0]


def test_a_participle_before_e_or_i_takes_a_diaeresis():
    assert "geëist" in _all_forms("eisen")[0]
    assert "geïnformeerd" in _all_forms("informeren")[0]


def test_an_irregular_prefixed_verb_from_the_strong_list():
    assert {"verweet", "verweten"} <= _all_forms("verwijten")[0]
    assert "wees" in _all_forms("afwijzen")[1]


def test_zijn_and_hebben_have_their_present_forms():
    # phrases built on them ('bereid zijn', 'een akkoord hebben') must match 'is … bereid', 'heeft …'
    assert {"is", "ben", "bent", "was", "waren"} <= _all_forms("zijn")[0]
    assert {"heeft", "heb", "hebt", "had"} <= _all_forms("hebben")[0]
