"""indirect29: a cue set off by commas after 'zo' ('…, zo waarschuwt X, …') reports its whole sentence,
also after a subordinate clause or a bare conjunction; invented sentences."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _indirect(quotes):
    return [(q.text, q.speaker) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    ("Wethouder Eva Jansen sprak de raad toe. Als de subsidie verdwijnt, zo waarschuwt Jansen, sluit de "
     "bibliotheek haar deuren.",
     "Als de subsidie verdwijnt, zo waarschuwt Jansen, sluit de bibliotheek haar deuren"),
    ("Wethouder Eva Jansen sprak de raad toe. Maar, zo benadrukt Jansen, de gemeente heeft geen geld "
     "meer voor nieuwe fietspaden.",
     "Maar, zo benadrukt Jansen, de gemeente heeft geen geld meer voor nieuwe fietspaden"),
])
def test_a_cue_after_zo_reports_its_whole_sentence(quotes_of, text, content):
    assert (content, JANSEN) in _indirect(quotes_of(text))


def test_a_main_clause_before_zo_is_the_postposed_cues(quotes_of):
    text = ("Wethouder Eva Jansen sprak de raad toe. De begroting is rond, zo klinkt het in het stadhuis, "
            "al moet de raad nog stemmen.")
    assert not any(content.startswith("De begroting is rond, zo klinkt")
                   for content, _ in _indirect(quotes_of(text)))


@pytest.mark.parametrize("text, frame", [
    ("Wethouder Eva Jansen verliet de zaal. Op de vraag waarom, zei ze: \"Omdat ik naar huis wil.\"",
     "Op de vraag waarom"),
    ("Wethouder Eva Jansen sprak de raad toe. Wat de begroting betreft, merkt Jansen op dat er nog een gat "
     "van twee miljoen is.",
     "Wat de begroting betreft"),
    ("Wethouder Eva Jansen sprak de raad toe. Met de nieuwe subsidie die de provincie gaf, hoopt Jansen de "
     "bibliotheek open te houden.",
     "Met de nieuwe subsidie die de provincie gaf"),
])
def test_a_phrase_framing_a_cue_with_its_own_complement_is_no_report(quotes_of, text, frame):
    assert frame not in [content for content, _ in _indirect(quotes_of(text))]


def test_a_clause_before_a_cue_and_a_colon_is_still_reported(quotes_of):
    text = "Wethouder Eva Jansen sprak de raad toe. Het plan is goed, vertelt Jansen aan de krant: \"Ik steun het.\""
    assert ("Het plan is goed", JANSEN) in _indirect(quotes_of(text))


@pytest.mark.parametrize("text", [
    "Het kabinet sloot een akkoord met de provincie. Volgens de deal moet de provincie tien scholen bouwen.",
    "De partijen overleggen deze week. Volgens de planning praten ze dinsdag van tien tot vijf uur.",
    "De stembussen zijn gesloten. De partij heeft volgens een exitpoll drie zetels verloren.",
])
def test_terms_a_plan_or_a_count_after_volgens_are_no_speaker(quotes_of, text):
    assert _indirect(quotes_of(text)) == []


def test_a_count_with_its_author_after_volgens_is_still_reported(quotes_of):
    text = ("De verkiezingen zijn voorbij. Volgens de uitslag die door de kiescommissie bekend werd gemaakt, "
            "behaalde de partij van Eva Jansen twaalf zetels.")
    assert any(content.endswith("behaalde de partij van Eva Jansen twaalf zetels")
               for content, _ in _indirect(quotes_of(text)))


@pytest.mark.parametrize("text", [
    "Wethouder Eva Jansen sprak de raad toe. Jansen wilde niet bevestigen dat de bibliotheek volgend jaar sluit.",
    "Wethouder Eva Jansen sprak de raad toe. Jansen kon niet beloven dat de bibliotheek open blijft.",
    "Wethouder Eva Jansen sprak de raad toe. Jansen verwijt de raad niet dat de begroting te laat kwam.",
])
def test_a_negated_cue_reports_nothing(quotes_of, text):
    assert _indirect(quotes_of(text)) == []


@pytest.mark.parametrize("text, content", [
    ("Wethouder Eva Jansen sprak de raad toe. Jansen gelooft niet dat de bibliotheek volgend jaar sluit.",
     "de bibliotheek volgend jaar sluit"),
    ("Wethouder Eva Jansen sprak de raad toe. Jansen sluit niet uit dat de bibliotheek volgend jaar sluit.",
     "de bibliotheek volgend jaar sluit"),
])
def test_a_negated_belief_or_a_negation_that_affirms_still_reports(quotes_of, text, content):
    assert (content, JANSEN) in _indirect(quotes_of(text))
