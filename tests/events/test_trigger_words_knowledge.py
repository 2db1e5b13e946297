"""Single trigger words and particle verbs written from knowledge of Dutch (data/lexicons/event_triggers.tsv
rows noted 'knowledge, session 20'; docs/events.md §52). Sentences of our own."""

from __future__ import annotations

import pytest
from parsed import sentence_doc, trigger_hits

from nieuwsgraaf import resources

_NOTE = "knowledge, session 20"


def _knowledge_rows() -> list[tuple[str, str, str]]:
    return [(fields[0], fields[2], fields[3]) for _, fields in resources.lexicon_rows("event_triggers.tsv")
            if len(fields) > 4 and fields[4].startswith(_NOTE)]


def test_the_rows_are_single_words_of_the_fifteen_types():
    rows = _knowledge_rows()
    assert len(rows) > 40
    assert {pos for _, _, pos in rows} <= {"NOUN", "VERB"}
    assert [word for _, word, pos in rows if pos == "NOUN"] == ["demobilisatie"]
    assert "ACCUSE" not in {kind for kind, _, _ in rows}


@pytest.mark.parametrize("row", _knowledge_rows(), ids=lambda row: row[1])
def test_every_row_finds_its_own_word(row):
    kind, lemma, pos = row
    doc = sentence_doc(f"Gisteren {lemma} .", ["ADV", pos, "PUNCT"])
    assert (lemma, kind) in {(found_lemma, found_type) for _, _, found_type, found_lemma in trigger_hits(doc)}


def test_a_separable_verb_written_apart_supports():
    sentence = "De oppositieleider viel de premier gisteren bij ."
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADV", "ADP", "PUNCT"]
    heads = [1, 2, 2, 4, 2, 2, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "advmod", "compound:prt", "punct"]
    assert ("viel", "split", "SUPPORT", "bijvallen") in trigger_hits(sentence_doc(sentence, pos, heads, deps))


def test_a_called_off_meeting_is_a_refusal_to_meet():
    sentence = "De president heeft de top met zijn ambtgenoot afgeblazen ."
    pos = ["DET", "NOUN", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"]
    assert ("afgeblazen", "word", "REJECT", "afblazen") in trigger_hits(sentence_doc(sentence, pos))


def test_the_strong_past_of_a_particle_verb_is_found_glued_and_split():
    glued = sentence_doc("Het is de man die een agent neerstak .", ["PRON", "AUX", "DET", "NOUN", "PRON", "DET", "NOUN", "VERB", "PUNCT"])
    assert ("neerstak", "word", "ASSAULT", "neersteken") in trigger_hits(glued)
    sentence = "Een man stak gisteren een agent neer ."
    pos = ["DET", "NOUN", "VERB", "ADV", "DET", "NOUN", "ADP", "PUNCT"]
    heads = [1, 2, 2, 2, 5, 2, 2, 2]
    deps = ["det", "nsubj", "ROOT", "advmod", "det", "obj", "compound:prt", "punct"]
    assert ("stak", "split", "ASSAULT", "neersteken") in trigger_hits(sentence_doc(sentence, pos, heads, deps))


def test_unmeasured_event_nouns_of_the_knowledge_rows_were_not_kept():
    # nouns written from knowledge were right 4 times in 31 where they hit the sets; those without a hit
    # were left out too (docs/events.md §52)
    doc = sentence_doc("De ratificatie volgt later .", ["DET", "NOUN", "VERB", "ADV", "PUNCT"])
    assert not [hit for hit in trigger_hits(doc) if hit[0] == "ratificatie"]


def test_demobilisation_is_a_retreat_not_a_mobilisation():
    # without its own row 'demobilisatie' was read as the compound 'de' + 'mobilisatie'
    doc = sentence_doc("De demobilisatie van de milities begint .", ["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"])
    types = {kind for word, _, kind, _ in trigger_hits(doc) if word == "demobilisatie"}
    assert types == {"RETREAT"}


@pytest.mark.parametrize("word", ["bedreiging", "intimidatie", "pact", "repressie", "chantage", "accepteren"])
def test_words_measured_to_name_no_event_are_left_out(word):
    # measured on the eight sets: more false events than true ones (docs/events.md §52)
    doc = sentence_doc(f"Het was {word} .", ["PRON", "AUX", "NOUN", "PUNCT"])
    assert not [hit for hit in trigger_hits(doc) if hit[3] == word]
