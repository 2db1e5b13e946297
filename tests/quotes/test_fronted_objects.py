"""A phrase before the cue that is its object, not its subject: a subject pronoun right after a
finite cue ('Het voorstel vindt hij …'), and a colon that opens a new clause before the cue
('… valt zij aan: zij noemt …') (invented sentences)."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"
DEKKER = "local:per:piet-dekker"


def _speakers(quotes, kind):
    return {q.text: q.speaker for q in quotes if q.kind == kind}


def test_a_pronoun_after_the_cue_is_the_speaker_not_the_fronted_object(quotes_of):
    text = ("Wethouder Piet Dekker steunt het plan van de gemeente. "
            "Maar de motie over de haven vindt hij „onuitvoerbaar”.")
    quotes = quotes_of(text)
    assert _speakers(quotes, "direct")["onuitvoerbaar"] == DEKKER
    assert DEKKER in _speakers(quotes, "indirect").values()
    assert not any("motie" in (q.speaker or "") for q in quotes)


def test_a_colon_before_the_cue_opens_the_clause_of_its_subject(quotes_of):
    text = ("Minister Eva Jansen sprak dinsdag in de Kamer. "
            "In een verklaring voor de pers wordt de toon scherper: zij noemt het optreden van de buurlanden ‘onverantwoord’.")
    assert _speakers(quotes_of(text), "direct")["onverantwoord"] == JANSEN


def test_an_object_pronoun_after_the_cue_leaves_the_subject_before_it(quotes_of):
    text = "Eva Jansen sprak met de boeren. Eva Jansen noemt ze ‘de ruggengraat van het land’."
    assert _speakers(quotes_of(text), "direct")["de ruggengraat van het land"] == JANSEN
