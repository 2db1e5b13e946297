"""The events stage on sentences of our own: type, actors, negation, modality and date."""

from __future__ import annotations

import pytest
from written import events_of

from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.records import DateValue
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.span_dating import date_spans


def _events(tmp_path, pipeline, body: str, published: str = "2018-03-02"):
    return events_of(tmp_path, pipeline, body, published)


def _one(events, kind):
    found = [e for e in events if e["type"] == kind]
    assert found, f"no {kind} in {[(e['type'], e['trigger']['text']) for e in events]}"
    return found[0]


def test_a_threat_to_leave_an_organisation(tmp_path, pipeline):
    events = _events(tmp_path, pipeline, "Donald Trump dreigt uit de WTO te stappen. "
                     "De Amerikaanse president is ontevreden over de handelsorganisatie.")
    threat = _one(events, "THREATEN")
    assert (threat["source"], threat["target"]) == ("per:donald-trump", "org:wto")
    assert threat["modality"] == "asserted" and not threat["negated"]
    assert threat["date"] == {"value": "2018-03-02", "precision": "day", "basis": "publication"}


def test_a_meeting_dated_by_its_own_clause_with_a_place(tmp_path, pipeline):
    events = _events(tmp_path, pipeline, "Vladimir Poetin en Donald Trump ontmoetten elkaar in juli in Hamburg.",
                     published="2017-11-09")
    meeting = _one(events, "CONSULT")
    assert {meeting["source"], meeting["target"]} == {"per:vladimir-poetin", "per:donald-trump"}
    assert meeting["mode"] == "meet" and meeting["location"] == "loc:hamburg"
    assert meeting["date"]["value"] == "2017-07" and meeting["date"]["basis"] != "publication"


def test_a_future_meeting_is_an_agreement(tmp_path, pipeline):
    events = _events(tmp_path, pipeline, "Donald Trump zal volgende maand Vladimir Poetin ontmoeten in Vietnam.",
                     published="2017-10-12")
    agree = _one(events, "AGREE")
    assert agree["modality"] == "future" and agree["source"] == "per:donald-trump"


def test_a_negated_sanction_keeps_its_actors(tmp_path, pipeline):
    events = _events(tmp_path, pipeline, "Mark Rutte wil geen sancties opleggen aan China.")
    sanction = _one(events, "SANCTION")
    assert sanction["negated"] and sanction["source"] == "per:mark-rutte"


def test_an_event_in_a_quote_knows_its_quote_and_we_is_the_speaker(tmp_path, pipeline):
    events = _events(tmp_path, pipeline, "\"We stappen uit de WTO\", zei Donald Trump dinsdag.")
    leave = next(e for e in events if e["trigger"]["text"] == "stappen")
    assert leave["quote"] == 0 and leave["source"] == "per:donald-trump"


@pytest.mark.parametrize(("body", "published", "trigger", "source"), [
    # a spokesman's and a secretary-general's 'we' is the body they speak for (docs/events.md §56)
    ("\"We eisen dat Amerika de wapenverkoop aan Taiwan stopzet\", zei woordvoerder Geng Shuang van het "
     "Chinese ministerie van Buitenlandse Zaken.", "2018-06-01", "eisen", "gov:cn"),
    ("\"We steunen Oekraïne zolang als nodig is\", zei NAVO-chef Jens Stoltenberg in Brussel.", "2019-04-04",
     "steunen", "org:navo"),
    # a party leader's 'we' stays the man: as often he and his fellows as his party
    ("\"We steunen de boeren in hun strijd\", zei PVV-leider Geert Wilders dinsdag.", "2019-03-01",
     "steunen", "per:geert-wilders"),
])
def test_we_in_a_quote_is_the_body_its_speaker_speaks_for(tmp_path, pipeline, body, published, trigger, source):
    event = next(e for e in _events(tmp_path, pipeline, body, published) if e["trigger"]["text"] == trigger)
    assert event["source"] == source


def test_every_event_actor_is_an_entity_of_its_article(tmp_path, pipeline):
    events = _events(tmp_path, pipeline, "De Europese Unie kondigde maandag tegenmaatregelen aan tegen de "
                     "Verenigde Staten. Jens Stoltenberg prees Donald Trump op een persconferentie in Brussel.")
    assert events
    path = tmp_path / "article.txt"
    document = document_to_json(next(iter(extract([str(path)], Settings(), pipeline))))
    ids = {e["id"] for e in document["entities"]}
    for event in document["events"]:
        assert set(event["sources"]) | set(event["targets"]) <= ids
        assert event["source"] or event["target"]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Trump en Poetin ontmoetten elkaar in juli in Hamburg.", "ontmoetten", "2017-07"),
    ("Volgende week spreken ze elkaar opnieuw in Vietnam.", "spreken", "2017-11"),  # week 46: the month (§7)
    ("Trump en Poetin spraken elkaar in Hamburg.", "spraken", "2017-11-09"),
])
def test_dating_any_span_as_an_event(pipeline, text, span, value):
    start = text.index(span)
    (found,) = date_spans(text, [(start, start + len(span))], pipeline, DateValue("2017-11-09", "day"))
    assert found.value == value


def test_a_past_event_is_never_dated_after_its_article(pipeline):
    text = "Rutte bezocht maandag het Witte Huis."
    start = text.index("bezocht")
    (found,) = date_spans(text, [(start, start + 7)], pipeline, DateValue("2018-07-18", "day"))
    assert found.value <= "2018-07-18"
