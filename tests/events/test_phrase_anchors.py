"""Which word of a trigger phrase is the trigger (events/lexicon.py; docs/events.md §2): the event noun
of a light verb, but the act itself in a threat, demand or refusal, whose noun only says what is
threatened, asked or refused. Sentences of our own."""

from __future__ import annotations

from written import events_of

from nieuwsgraaf.events.lexicon import _SKIPPED, load_event_lexicon


def _anchor_of(lemma: str) -> str:
    phrase = next(p for p in load_event_lexicon().phrases if p.entry.lemma == lemma)
    words = [w.lstrip("*") for w in lemma.split() if w.lstrip("*") not in _SKIPPED]
    return words[phrase.anchor]


def test_a_threat_phrase_is_triggered_by_its_verb():
    assert _anchor_of("dreigen met sancties") == "dreigen"
    assert _anchor_of("ontslag eisen") == "eisen"
    assert _anchor_of("gesprek weigeren") == "weigeren"


def test_a_light_verb_phrase_is_still_triggered_by_its_noun():
    assert _anchor_of("sancties opleggen") == "sancties"


def test_a_demanded_resignation_is_the_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Groenen eisen het ontslag van minister Karel Pieters.", "2024-03-05")
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("REQUEST", "eisen")]


def test_a_light_verb_phrase_names_its_event_noun_not_the_verb_or_a_modifier():
    assert _anchor_of("*gratie verlenen") == "gratie"
    assert _anchor_of("*schuld geven") == "schuld"
    assert _anchor_of("militaire *oefening") == "oefening"
    assert _anchor_of("geld geven") == "geven"  # money is what is given, not an event


def test_a_pardon_granted_is_on_the_pardon(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "President Karel Pieters heeft gisteren de journalist Jan Smit gratie "
                       "verleend.", "2024-03-05")
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("CONCEDE", "gratie")]


def test_a_light_verb_with_a_noun_no_single_trigger_is_triggered_by_the_noun():
    # docs/events.md §2.3: 'in beslag nemen', 'beroep doen op' name their act by the noun
    assert _anchor_of("in *beslag nemen") == "beslag"
    assert _anchor_of("*beroep doen op") == "beroep"


def test_seizing_is_triggered_by_beslag(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De politie van Gent nam dinsdag de computers van Karel Pieters in "
                       "beslag.", "2024-03-05")
    assert ("COERCE", "beslag") in [(e["type"], e["trigger"]["text"]) for e in events]


def test_a_preposition_or_copula_of_a_phrase_is_never_its_trigger():
    assert _anchor_of("stemmen tegen") == "stemmen"
    assert _anchor_of("achter iemand staan") == "staan"
    assert _anchor_of("bereid zijn") == "bereid"


def test_backing_someone_is_on_the_verb(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De regering van Polen staat achter president Andrzej Duda.", "2024-03-05")
    assert [e["trigger"]["text"] for e in events if e["type"] == "SUPPORT"] == ["staat"]
