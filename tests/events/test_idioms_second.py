"""Idioms of political news, second round (data/lexicons/event_triggers.tsv rows noted 'knowledge, round 2';
docs/events.md §48), and a verb's particle written apart just before it ('overeen gekomen', 'stop gezet',
events/triggers.py `_joined_verbs`). Sentences of our own."""

from __future__ import annotations

import pytest
from parsed import phrase_hits, sentence_doc, trigger_hits

# --- a particle written apart before its verb


def test_a_particle_written_apart_before_a_participle_joins_it():
    sentence = "De twee landen zijn gisteren overeen gekomen ."
    pos = ["DET", "NUM", "NOUN", "AUX", "ADV", "ADV", "VERB", "PUNCT"]
    heads = [2, 2, 6, 6, 6, 6, 6, 6]
    deps = ["det", "nummod", "nsubj", "aux", "advmod", "compound:prt", "ROOT", "punct"]
    assert ("gekomen", "split", "AGREE", "overeenkomen") in trigger_hits(sentence_doc(sentence, pos, heads, deps))


def test_a_particle_written_apart_before_an_infinitive_joins_it():
    sentence = "De ministers zullen morgen bijeen komen ."
    pos = ["DET", "NOUN", "AUX", "ADV", "ADV", "VERB", "PUNCT"]
    heads = [1, 5, 5, 5, 5, 5, 5]
    deps = ["det", "nsubj", "aux", "advmod", "compound:prt", "ROOT", "punct"]
    assert [h for h in trigger_hits(sentence_doc(sentence, pos, heads, deps)) if h[3] == "bijeenkomen"] == [
        ("komen", "split", "CONSULT", "bijeenkomen")]


def test_a_joined_verb_completes_an_idiom():
    # 'stop gezet' is 'stopgezet', the verb of 'de steun stopzetten' (here a single word: 'stopzetten')
    sentence = "De hulp aan het regime werd vorige week stop gezet ."
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "ADJ", "NOUN", "ADV", "VERB", "PUNCT"]
    heads = [1, 9, 4, 4, 1, 9, 7, 9, 9, 9, 9]
    deps = ["det", "nsubj:pass", "case", "det", "nmod", "aux:pass", "amod", "obl", "compound:prt", "ROOT", "punct"]
    assert ("gezet", "split", "SANCTION", "stopzetten") in trigger_hits(sentence_doc(sentence, pos, heads, deps))


def test_a_preposition_governing_a_noun_does_not_join_the_verb_after_it():
    # 'aan' belongs to 'aan de grens', not to 'vallen': no 'aanvallen'
    sentence = "Het kabinet zal niet vallen aan de grens ."
    pos = ["DET", "NOUN", "AUX", "ADV", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    assert not [h for h in trigger_hits(sentence_doc(sentence, pos)) if h[3] == "aanvallen"]
    sentence = "Het gaat om het land waar ze aan vallen denken ."
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADV", "PRON", "ADP", "NOUN", "VERB", "PUNCT"]
    heads = [1, 1, 4, 4, 1, 9, 9, 8, 9, 4, 1]
    deps = ["nsubj", "ROOT", "case", "det", "obl", "advmod", "nsubj", "case", "obl", "acl:relcl", "punct"]
    assert not [h for h in trigger_hits(sentence_doc(sentence, pos, heads, deps)) if h[3] == "aanvallen"]


def test_a_particle_before_a_word_that_is_no_verb_joins_nothing():
    sentence = "Ze hopen op komen de week een akkoord ."
    pos = ["PRON", "VERB", "ADP", "NOUN", "DET", "NOUN", "DET", "NOUN", "PUNCT"]
    assert not [h for h in trigger_hits(sentence_doc(sentence, pos)) if h[3] == "opkomen"]


# --- the second batch of idioms, each in a sentence of its own


IDIOMS = [  # (what it shows, sentence, tags, the phrase hit expected)
    ("ceasing_fire_is_a_ceasefire_not_a_strike", "Beide legers staakten zondag het vuur .",
     ["DET", "NOUN", "VERB", "ADV", "DET", "NOUN", "PUNCT"],
     ("staakten", "RETREAT", "het vuur *staken")),
    ("sounding_the_alarm_is_no_blow", "De burgemeester slaat alarm over de wachtlijsten .",
     ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
     ("slaat", "ACCUSE", "alarm *slaan")),
    ("lifting_sanctions_is_a_concession", "De sancties tegen het land worden morgen opgeheven .",
     ["DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "ADV", "VERB", "PUNCT"],
     ("opgeheven", "CONCEDE", "de sancties *opheffen")),
    ("condemning_sharply_is_an_accusation_not_a_verdict", "De minister heeft de aanslag scherp veroordeeld .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADJ", "VERB", "PUNCT"],
     ("veroordeeld", "ACCUSE", "scherp *veroordelen")),
    ("damage_done_by_a_crowd_is_vandalism", "Relschoppers richtten in het centrum vernielingen aan .",
     ["NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "ADP", "PUNCT"],
     ("vernielingen", "PROTEST", "*vernielingen aanrichten")),
    ("calling_up_reservists_is_a_mobilisation_not_a_call", "Het leger roept tienduizend reservisten op .",
     ["DET", "NOUN", "VERB", "NUM", "NOUN", "ADP", "PUNCT"],
     ("roept", "MOBILIZE", "reservisten *oproepen")),
    ("holding_someone_responsible_is_an_allegation", "Kyiv houdt Moskou verantwoordelijk voor de aanval .",
     ["PROPN", "VERB", "PROPN", "ADJ", "ADP", "DET", "NOUN", "PUNCT"],
     ("houdt", "ACCUSE", "verantwoordelijk *houden voor")),
    ("showing_someone_the_door_is_an_expulsion", "De partij wees de wethouder de deur .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
     ("wees", "SANCTION", "de deur *wijzen")),
]


@pytest.mark.parametrize(("sentence", "pos", "expected"), [case[1:] for case in IDIOMS], ids=[case[0] for case in IDIOMS])
def test_an_idiom_of_the_second_batch_is_read_with_its_type(sentence, pos, expected):
    assert expected in phrase_hits(sentence, pos)
