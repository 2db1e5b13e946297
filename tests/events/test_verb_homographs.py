"""Past forms that are also nouns or adjectives (data/lexicons/strong_verb_homographs.tsv): a trigger
only where the tagger reads a verb; and 'vroeg zich af' is wondering (not_particle), on sentences of our own."""

from __future__ import annotations

from written import events_of

from nieuwsgraaf.events.lexicon import load_event_lexicon


def _on(events: list[dict], trigger: str) -> list[str]:
    return [e["type"] for e in events if e["trigger"]["text"] == trigger]


def test_only_the_homograph_forms_need_a_verb_tag():
    lexicon = load_event_lexicon()
    assert {"vroeg", "sloten", "schoten"} <= lexicon.verb_only
    assert "vroegen" not in lexicon.verb_only and "gevraagd" not in lexicon.verb_only  # forms strong_verbs.tsv gives


def test_a_past_of_vragen_is_a_request(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte vroeg Emmanuel Macron om meer steun voor Oekraïne.",
                       "2023-03-14")
    assert "REQUEST" in _on(events, "vroeg")


def test_early_is_no_request(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte reisde vroeg in de ochtend met Emmanuel Macron naar Kiev.",
                       "2023-03-14")
    assert _on(events, "vroeg") == []


def test_wondering_is_no_request(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte vroeg zich dinsdag af of Emmanuel Macron de steun aan "
                       "Oekraïne wil verhogen.", "2023-03-14")
    assert _on(events, "vroeg") == []
