"""Indirect speech classes that recurred on the fourth development set and at least one other
(issue #14 §2, branch indirect12): 'volgens X' with a relative clause after X, inside a clause after
a fronted clause or a coordinator, before a quotation, and 'volgens hen' (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    # a relative clause set off after the speaker is not what the speaker says
    ("Volgens wethouder Eva Jansen, die de commissie voorzit, is de brug veilig.", "is de brug veilig"),
    # a fronted clause belongs to the clause 'volgens' stands in
    ("Dat de brug dichtgaat, is volgens wethouder Eva Jansen geen verrassing.",
     "Dat de brug dichtgaat, is volgens wethouder Eva Jansen geen verrassing"),
    # the second main clause after 'en' is reported alone
    ("De gemeente moet eerst nog betalen en dat is volgens wethouder Eva Jansen nog niet gebeurd.",
     "dat is volgens wethouder Eva Jansen nog niet gebeurd"),
    # the report ends before a quotation after a colon
    ('Volgens wethouder Eva Jansen wordt er hard gewerkt: "We zijn er bijna.',
     "wordt er hard gewerkt"),
])
def test_volgens_clause(quotes_of, text, content):
    assert (content, JANSEN, "volgens") in _reports(quotes_of(text))


def test_volgens_in_a_fronted_clause_with_a_report_of_its_own(quotes_of):
    text = ("Hoewel de gemeente volgens wethouder Eva Jansen niet schuldig is, zijn er volgens de provincie "
            "wel fouten gemaakt.")
    reports = _reports(quotes_of(text))
    assert [r[0] for r in reports] == ["de gemeente volgens wethouder Eva Jansen niet schuldig is",
                                       "zijn er volgens de provincie wel fouten gemaakt"]


def test_volgens_hen_is_the_group_before(quotes_of):
    text = "De vakbonden voeren al weken actie tegen het plan, dat volgens hen tot ontslagen leidt."
    [(content, speaker, cue)] = _reports(quotes_of(text))
    assert (content, cue) == ("dat volgens hen tot ontslagen leidt", "volgens")
    assert speaker is not None and "vakbonden" in speaker


# -- a speech noun and its 'dat' clause -------------------------------------------------------

@pytest.mark.parametrize("text, content, cue", [
    ("Iedereen twijfelt aan de voorspelling van wethouder Eva Jansen dat de brug in mei klaar is.",
     "de brug in mei klaar is", "voorspelling"),
    ("Wethouder Eva Jansen opende de vergadering met de aankondiging dat de markt een jaar dichtgaat.",
     "de markt een jaar dichtgaat", "aankondiging"),
    ("Wethouder Eva Jansen kreeg kritiek. Eerder verraste ze de raad met de boodschap dat het plan al klaar was.",
     "het plan al klaar was", "boodschap"),
])
def test_speech_noun_with_a_dat_clause(quotes_of, text, content, cue):
    assert (content, JANSEN, cue) in _reports(quotes_of(text))


@pytest.mark.parametrize("text", [
    # 'dat' after a noun that is no speech noun, or a relative 'dat'
    "Wethouder Eva Jansen wees op het feit dat de brug al jaren oud is.",
    "Wethouder Eva Jansen gaf het antwoord dat de raad al kende.",
])
def test_no_speech_noun_report(quotes_of, text):
    assert _reports(quotes_of(text)) == []


@pytest.mark.parametrize("text", [
    "Wethouder Eva Jansen schat dat de brug in mei weer opengaat.",
    "Wethouder Eva Jansen claimt dat de aannemer te laat begon.",
    "Wethouder Eva Jansen opperde dat de gemeente de kosten deelt.",
    "Wethouder Eva Jansen deelde mee dat de brug dichtblijft.",
    "Wethouder Eva Jansen verduidelijkte dat niemand gewond raakte.",
])
def test_less_common_reporting_verbs(quotes_of, text):
    assert [r[1] for r in _reports(quotes_of(text))] == [JANSEN]
