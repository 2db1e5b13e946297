"""Parliamentary, council and formation procedure as events (data/lexicons/event_procedure.tsv, docs/events.md
§58), read by the same loader as event_triggers.tsv (events/lexicon.py TRIGGER_FILES). Sentences of our own."""

from __future__ import annotations

import pytest
from parsed import phrase_hits, sentence_doc, trigger_hits

from nieuwsgraaf import resources
from nieuwsgraaf.events import lexicon


def _rows(pos: set[str]) -> list[tuple[str, str]]:
    return [(fields[0], fields[2]) for _, fields in resources.lexicon_rows("event_procedure.tsv")
            if fields[0] != "type" and fields[3] in pos]


def test_every_row_says_which_guideline_section_it_follows():
    rows = [fields for _, fields in resources.lexicon_rows("event_procedure.tsv") if fields[0] != "type"]
    assert len(rows) > 40
    assert all(len(fields) == 5 and "§" in fields[4] for fields in rows)


@pytest.mark.parametrize("row", _rows({"NOUN", "VERB"}), ids=lambda row: row[1])
def test_every_word_row_finds_its_own_word(row):
    kind, lemma = row
    doc = sentence_doc(f"Gisteren {lemma} .", ["ADV", "NOUN", "PUNCT"])
    assert (lemma, kind) in {(found_lemma, found_type) for _, _, found_type, found_lemma in trigger_hits(doc)}


PROCEDURE = [  # (what it shows, sentence, tags, the phrase hit expected)
    ("hearing_under_oath_is_an_inquiry", "De commissie hoorde de oud-minister onder ede .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
     ("hoorde", "ACCUSE", "onder ede *horen")),
    ("blowing_up_a_cabinet_brings_it_down", "De partij blies het kabinet gisteren op .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADV", "ADP", "PUNCT"],
     ("blies", "SANCTION", "het kabinet *opblazen")),
    ("a_government_asking_for_confidence_requests_backing", "De regering vraagt het vertrouwen van de Kamer .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT"],
     ("vraagt", "REQUEST", "het vertrouwen *vragen")),
    ("a_motion_of_censure_is_on_motie", "De oppositie diende een motie van afkeuring in .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PUNCT"],
     ("motie", "ACCUSE", "*motie van afkeuring")),
    ("staking_the_cabinet_on_a_vote_is_a_threat", "De premier stelde de vertrouwenskwestie over het plan .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
     ("vertrouwenskwestie", "THREATEN", "de *vertrouwenskwestie stellen")),
    ("leaving_the_formation_talks_is_a_refusal_to_meet", "De liberalen bliezen de formatie op .",
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PUNCT"],
     ("bliezen", "REJECT", "de formatie *opblazen")),
]


@pytest.mark.parametrize(("sentence", "pos", "expected"), [case[1:] for case in PROCEDURE],
                         ids=[case[0] for case in PROCEDURE])
def test_a_procedure_phrase_is_read_with_its_type(sentence, pos, expected):
    assert expected in phrase_hits(sentence, pos)


def test_blowing_up_a_bridge_brings_down_no_cabinet():
    hits = phrase_hits("De rebellen bliezen de brug op .", ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PUNCT"])
    assert not {kind for _, kind, _ in hits} & {"SANCTION", "REJECT"}


def test_a_malformed_row_names_its_own_file(monkeypatch):
    monkeypatch.setattr(lexicon.resources, "lexicon_rows", lambda name: [(7, ["REQUEST", "change", "*motie", "NOUN"])])
    with pytest.raises(lexicon.EventLexiconError, match="event_procedure.tsv line 7"):
        lexicon._trigger_rows("event_procedure.tsv")
