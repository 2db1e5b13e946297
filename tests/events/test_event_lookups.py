"""The events stage's look-ups made cheap (evspeed17): a name by bisection over the Doc's names, a
speech verb through an index by word, a duration's words read from its own tokens. Each must give
what the plain scan gave. Invented Dutch sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from nieuwsgraaf.events.component import _ent_at, _ents_from
from nieuwsgraaf.events.recent_periods import recent_spans
from nieuwsgraaf.events.story import _is_statement


def _doc(words: list[str], ents: list[tuple[int, int, str]] = ()) -> Doc:
    doc = Doc(spacy.blank("nl").vocab, words=words)
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    return doc


def test_the_name_holding_a_word_is_found_as_a_scan_finds_it():
    doc = _doc(["Jan", "de", "Vries", "sprak", "in", "Den", "Haag", "met", "Marie"],
               [(0, 3, "PER"), (5, 7, "LOC"), (8, 9, "PER")])
    for token in doc:
        scanned = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert _ent_at(doc.ents, token.i) == scanned
    assert _ent_at((), 0) is None


def test_the_names_starting_in_a_stretch_are_those_a_scan_keeps():
    doc = _doc(["Jan", "de", "Vries", "sprak", "in", "Den", "Haag", "met", "Marie"],
               [(0, 3, "PER"), (5, 7, "LOC"), (8, 9, "PER")])
    assert [e.text for e in _ents_from(doc.ents, 1, 8)] == ["Den Haag", "Marie"]
    assert [e.text for e in _ents_from(doc.ents, 0, 4)] == ["Jan de Vries"]
    assert _ents_from(doc.ents, 3, 4) == ()


def test_a_speech_verb_with_its_particle_is_a_statement():
    doc = _doc(["Ze", "laat", "het", "weten"])
    for token in doc[1:]:
        token.head = doc[1]
    assert _is_statement(doc[1])
    plain = _doc(["Ze", "loopt", "het", "rond"])
    for token in plain[1:]:
        token.head = plain[1]
    assert not _is_statement(plain[1])


def test_a_span_of_past_days_is_found_among_durations():
    doc = _doc(["De", "afgelopen", "dagen", "en", "twee", "weken", "lang", "protesteerden", "boeren"])
    past = (doc[1].idx, doc[2].idx + len(doc[2]))  # 'afgelopen dagen'
    plain = (doc[4].idx, doc[5].idx + len(doc[5]))  # 'twee weken'
    assert recent_spans(doc[7], [past, plain]) == [past]
