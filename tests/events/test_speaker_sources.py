"""A demand or verdict in a quote whose sentence names nobody who says it belongs to the quote's
speaker (events/constructions.py `by_speaker`, events/speakers.py), on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of

from nieuwsgraaf.events.constructions import find_constructions
from nieuwsgraaf.events.speakers import with_speaker_sources
from nieuwsgraaf.records import EventArgument, EventMention, Quote, SpeakerRef, Trigger


def _mention(start: int, by_speaker: bool) -> EventMention:
    target = EventArgument("target", start - 10, start - 4, "Hamas", entity="org:hamas")
    return EventMention("REQUEST", "change", Trigger(start, start + 4, "moet"), (start - 10, start + 30),
                        (target,), False, "asserted", 0.6, speaker_source=by_speaker)


def _quote(start: int, end: int, speaker: str | None) -> Quote:
    ref = SpeakerRef(end + 8, end + 19, "Netanyahu", "mention", (end + 8, end + 19))
    return Quote(start, end, "…", "direct", speaker, "Netanyahu", "zei", None, speaker_ref=ref if speaker else None)


def test_the_quote_speaker_becomes_the_source():
    mention = _mention(50, by_speaker=True)
    (found,) = with_speaker_sources([mention], [_quote(30, 90, "per:benjamin-netanyahu")])
    assert [(a.role, a.entity) for a in found.arguments] == [("source", "per:benjamin-netanyahu"),
                                                             ("target", "org:hamas")]


def test_without_a_quote_or_a_speaker_nobody_demands_it():
    mention = _mention(50, by_speaker=True)
    assert with_speaker_sources([mention], [_quote(100, 150, "per:benjamin-netanyahu")]) == ()
    assert with_speaker_sources([mention], [_quote(30, 90, None)]) == ()


def test_other_mentions_pass_unchanged():
    mention = _mention(50, by_speaker=False)
    assert with_speaker_sources([mention], []) == (mention,)


def _constructions(pipeline, text: str, word: str):
    doc = pipeline.nlp(text)
    return [c for sent in doc.sents for c in find_constructions(sent) if c.hit.token.text == word]


def test_a_must_with_no_speaker_in_its_sentence_is_left_to_the_quote(pipeline):
    (found,) = _constructions(pipeline, "De regering van Frankrijk moet haar grenzen openen.", "moet")
    assert found.by_speaker and not found.found.sources


def test_a_verdict_as_predicate_is_an_accusation(pipeline):
    (found,) = _constructions(pipeline, "Die beslissing is volstrekt onaanvaardbaar.", "onaanvaardbaar")
    assert found.hit.entries[0].type == "ACCUSE" and found.by_speaker


def test_a_denied_verdict_is_none(pipeline):
    assert not _constructions(pipeline, "Die beslissing is niet schandalig.", "schandalig")


def test_a_verdict_on_a_word_before_a_noun_is_none(pipeline):
    assert not _constructions(pipeline, "Hij sprak over de schandalige toestand in de gevangenis.", "schandalige")


def test_a_demand_in_a_quote_is_its_speakers(tmp_path, pipeline):
    body = ('Mark Rutte zei maandag in Brussel: "Het is nu tijd voor actie. '
            'Rusland moet zijn troepen meteen terugtrekken uit Oekraïne."')
    demand = event_on(events_of(tmp_path, pipeline, body, "2024-05-14"), "moet")
    assert demand["type"] == "REQUEST" and demand["source"] == "per:mark-rutte"


def test_a_must_in_the_narrative_stays_no_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Europese Commissie moet voor de zomer een voorstel indienen.", "2024-05-14")
    assert not [e for e in events if e["trigger"]["text"] == "moet"]
