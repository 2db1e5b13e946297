"""A quote without a cue after a sentence whose subject is a named body or group is that body's,
not that of a person named in an object or a prepositional phrase (invented sentences)."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def test_a_party_opening_the_sentence_before_speaks(quotes_of):
    text = ('Premier Mark Rutte verdedigde het plan in de Kamer. "Het is een goed plan", zei Rutte.\n\n'
            'De PvdA maakt zich zorgen over het plan van Rutte. "Dit plan laat de huurders volledig in de kou staan."')
    quotes = quotes_of(text, "2019-05-02")
    assert quotes[-1].speaker_text == "PvdA"
    assert not (quotes[-1].speaker or "").startswith("per:")


def test_a_group_after_a_fronted_phrase_speaks(quotes_of):
    text = ('Met een nieuwe staking voeren de vakbonden de druk op premier Mark Rutte verder op. '
            '"We laten ons niet zomaar wegsturen door deze regering."')
    [quote] = quotes_of(text, "2019-05-02")
    assert "vakbonden" in quote.speaker_text


def test_a_person_subject_keeps_the_quote(quotes_of):
    # the country is the object of the sentence before: its subject, Rutte, speaks
    text = 'Premier Mark Rutte roept Duitsland op om snel te handelen. "Dit moet nu gebeuren, niet volgend jaar."'
    [quote] = quotes_of(text, "2019-05-02")
    assert quote.speaker == "per:mark-rutte"


def test_a_sentence_reporting_someone_else_gives_no_body(quotes_of):
    # the troops are the subject, but 'klinkt het' says someone unnamed reported it: not the troops' quote
    text = 'De Russische troepen vallen opnieuw aan bij Charkiv, klinkt het. "Het zijn er meer dan ooit tevoren, dag en nacht."'
    quotes = quotes_of(text, "2019-05-02")
    assert "troepen" not in (quotes[-1].speaker_text or "")
