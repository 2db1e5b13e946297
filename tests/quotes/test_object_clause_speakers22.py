"""The speaker of words in marks is the subject of the cue's own clause: never the object of a naming or
accusing verb ('X heeft Y beschuldigd van "…"'), the subject of a subordinate clause the cue stands in
('toen X sprak over "…"'), the antecedent of a relative 'die' opening the clause (invented sentences)."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"
DEKKER = "local:per:pieter-dekker"


def _speaker_of(quotes, words):
    return next(q.speaker for q in quotes if q.kind == "direct" and q.text == words)


def test_the_accuser_after_the_finite_verb_speaks_not_the_accused(quotes_of):
    text = ("Tijdens een overleg met wethouder Pieter Dekker heeft de burgemeester van Zwolle, Eva Jansen, "
            "de provincie beschuldigd van “grove nalatigheid”. Het overleg duurde twee uur.")
    assert _speaker_of(quotes_of(text), "grove nalatigheid") == JANSEN


def test_the_subject_of_a_subordinate_clause_speaks(quotes_of):
    text = ("Pieter Dekker en Eva Jansen waren het oneens. Zo ontstond er ruzie toen Jansen sprak over de "
            "“wilde plannen” van de wethouder.")
    assert _speaker_of(quotes_of(text), "wilde plannen") == JANSEN


def test_a_relative_die_opening_the_clause_is_its_subject(quotes_of):
    text = ("Pieter Dekker vindt de kritiek van Eva Jansen, die hem in een brief verwijt “onnodige ruzies” "
            "te zoeken, onterecht.")
    assert _speaker_of(quotes_of(text), "onnodige ruzies") == JANSEN


def test_a_cue_in_a_later_clause_before_the_colon_introduces_the_quote(quotes_of):
    text = ("Het college van Zwolle blijft aan, zo klinkt het in de raad, al voegen de meeste raadsleden er "
            "aan toe: “Dit mag nooit meer gebeuren.”")
    speaker = _speaker_of(quotes_of(text), "Dit mag nooit meer gebeuren.")
    assert speaker is not None and "raadsleden" in speaker
