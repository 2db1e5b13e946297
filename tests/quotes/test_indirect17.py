"""Indirect speech classes of branch indirect17 (issue #14 §2): a cue set off by commas inside a main
clause ('De rederijen, zei hij, hebben …') and a sentence-opening 'Volgens hen' after a sentence about
a group. Invented sentences."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    ("Wethouder Eva Jansen bezocht de haven. De rederijen, zei ze, hebben te weinig geïnvesteerd in de kades.",
     "De rederijen, zei ze, hebben te weinig geïnvesteerd in de kades"),
    ("Wethouder Eva Jansen opende de brug. Van die brug, zegt Eva Jansen, hangt de hele wijk af.",
     "Van die brug, zegt Eva Jansen, hangt de hele wijk af"),
])
def test_parenthetical_cue(quotes_of, text, content):
    assert (content, "local:per:eva-jansen") in [(c, s) for c, s, _ in _reports(quotes_of(text))]


@pytest.mark.parametrize("text", [
    # the phrase before the comma is a clause of its own: the postposed cue's, not a parenthetical one
    "Wethouder Eva Jansen opende de brug. Het plan is goed, zei ze, maar het is te duur.",
    # a subordinate clause in front
    "Wethouder Eva Jansen opende de brug. Toen de brug klaar was, zei ze, begon het feest.",
    # a relative clause after the second comma: no finite verb of a main clause there
    "Wethouder Eva Jansen opende de brug. De brug, zei ze, die lang op zich liet wachten.",
])
def test_no_parenthetical_cue(quotes_of, text):
    reports = _reports(quotes_of(text))
    assert not any(c.startswith(("Het plan is goed, zei", "Toen de brug", "De brug, zei")) for c, _, _ in reports)


@pytest.mark.parametrize("text, content", [
    ("De vakbonden verzetten zich tegen de hervorming. Volgens hen schiet het plan tekort.",
     "schiet het plan tekort"),
    ("En de vakbonden bleven maar eisen dat de minister aftrad. Het antwoord van de minister was volgens hen "
     "onder de maat.", "Het antwoord van de minister was volgens hen onder de maat"),
])
def test_volgens_hen_after_a_group_sentence(quotes_of, text, content):
    [(got, speaker, cue)] = [r for r in _reports(quotes_of(text)) if r[2] == "volgens"]
    assert (got, cue) == (content, "volgens")
    assert speaker is not None and "vakbonden" in speaker


def test_volgens_hen_after_a_person_names_no_one(quotes_of):
    text = "Wethouder Eva Jansen opende de brug. Volgens hen is de brug te duur."
    assert [r for r in _reports(quotes_of(text)) if r[2] == "volgens"] == []


@pytest.mark.parametrize("text, content, speaker_word", [
    ("De provincie sluit de brug een jaar lang. Dat hebben de gedeputeerden van verkeer en waterstaat van de "
     "provincie na afloop van hun vergadering in het provinciehuis bekendgemaakt.",
     "De provincie sluit de brug een jaar lang", "gedeputeerden"),
    ("De provincie sluit de brug een jaar lang. Dat heeft wethouder Eva Jansen omstreeks 9.30 uur bekendgemaakt.",
     "De provincie sluit de brug een jaar lang", "eva-jansen"),
])
def test_back_reference_with_a_long_middle_field(quotes_of, text, content, speaker_word):
    [(got, speaker, cue)] = _reports(quotes_of(text))
    assert (got, cue) == (content, "bekendgemaakt")
    assert speaker is not None and speaker_word in speaker
