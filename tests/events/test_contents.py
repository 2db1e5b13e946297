"""What a threat, a demand or a refusal is about is no event of its own (events/contents.py;
docs/events.md §3, the mode says what is threatened, asked or refused), on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of


def _triggers(events: list[dict]) -> set[str]:
    return {e["trigger"]["text"] for e in events}


def test_a_resignation_refused_is_the_refusal_only(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De burgemeester van Brussel weigert af te treden.", "2025-02-03")
    assert event_on(events, "weigert")["type"] == "REJECT"
    assert "treden" not in _triggers(events)


def test_a_resignation_is_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De burgemeester van Brussel treedt af.", "2025-02-03")
    assert event_on(events, "treedt")["type"] == "RETREAT"


def test_what_a_threat_is_made_with_is_the_threat_only(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Karel Pieters dreigt met nieuwe importheffingen.", "2025-02-03")
    assert event_on(events, "dreigt")["type"] == "THREATEN"
    assert "importheffingen" not in _triggers(events)


def test_an_argument_of_a_light_verb_goes_with_its_noun():
    from nieuwsgraaf.events.contents import _is_content

    class Word:  # a parse of 'gaf opdracht tot een onderzoek' and of 'dreigt met sancties'
        def __init__(self, i, dep, head=None, children=()):
            self.i, self.dep_, self.head, self.children = i, dep, head or self, list(children)

    gave, threatens = Word(0, "ROOT"), Word(5, "ROOT")
    gave.children = [Word(1, "obj", gave)]
    inquiry, sanctions = Word(3, "obl:arg", gave), Word(7, "obl:arg", threatens)
    assert not _is_content(inquiry, {0}, set())
    assert _is_content(sanctions, {5}, set())


def test_an_order_is_on_its_noun_and_what_it_orders_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "President Karel Pieters gaf het leger de opdracht de grens met "
                       "Belgie te blokkeren.", "2025-02-03")
    assert event_on(events, "opdracht")["type"] == "REQUEST"
    assert not {"gaf", "blokkeren"} & _triggers(events)
