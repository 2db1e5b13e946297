"""What a threat, a demand, a refusal, an offer or a ban is about is no event of its own (events/contents.py;
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
    assert not _is_content(inquiry, {0}, set(), set())
    assert _is_content(sanctions, {5}, set(), set())


def test_an_order_is_on_its_noun_and_what_it_orders_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "President Karel Pieters gaf het leger de opdracht de grens met "
                       "Belgie te blokkeren.", "2025-02-03")
    assert event_on(events, "opdracht")["type"] == "REQUEST"
    assert not {"gaf", "blokkeren"} & _triggers(events)


def test_what_is_offered_is_the_offer_only(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Jansen deed het aanbod om president Pieters te ontmoeten.",
                       "2025-02-03")
    assert event_on(events, "aanbod")["type"] == "AGREE"
    assert "ontmoeten" not in _triggers(events)


def test_what_is_banned_is_the_ban_only(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De regering verbood onderhandelingen met de rebellen.", "2025-02-03")
    assert "verbood" in _triggers(events)
    assert "onderhandelingen" not in _triggers(events)


def test_what_a_call_asks_down_an_infinitive_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Verenigde Naties hebben de twee landen opgeroepen de gevechten "
                       "te staken.", "2025-02-03")
    assert event_on(events, "opgeroepen")["type"] == "REQUEST"
    assert "gevechten" not in _triggers(events)


def test_the_clause_a_demand_asks_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De oppositie eiste dat de minister zou aftreden.", "2025-02-03")
    assert event_on(events, "eiste")["type"] == "REQUEST"
    assert "aftreden" not in _triggers(events)


def test_a_cooperation_ruled_out_is_no_cooperation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De partij sluit samenwerking met de liberalen uit.", "2025-02-03")
    assert "samenwerking" not in _triggers(events)


def test_what_a_refusal_would_condemn_down_an_infinitive_stays(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De minister weigert de aanval op de hoofdstad te veroordelen.",
                       "2025-02-03")
    assert event_on(events, "aanval")["type"] == "ASSAULT"


def test_a_meeting_held_is_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De partijen ontmoetten elkaar in Genève.", "2025-02-03")
    assert event_on(events, "ontmoetten")["type"] == "CONSULT"
