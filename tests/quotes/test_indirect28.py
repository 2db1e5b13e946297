"""indirect28: verbs of belief report a 'dat' clause like the verbs of saying ('gelooft dat …', 'is
ervan overtuigd dat …'); invented sentences."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _indirect(quotes):
    return [(q.text, q.speaker) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    ("Wethouder Eva Jansen gelooft dat de nieuwe brug volgend jaar open kan.",
     "de nieuwe brug volgend jaar open kan"),
    ("Wethouder Eva Jansen geloofde dat de raad haar plan zou steunen.",
     "de raad haar plan zou steunen"),
    ("Wethouder Eva Jansen is ervan overtuigd dat de begroting sluitend is.",
     "de begroting sluitend is"),
])
def test_a_verb_of_belief_reports_its_dat_clause(quotes_of, text, content):
    assert (content, JANSEN) in _indirect(quotes_of(text))


def test_belief_in_something_is_no_report(quotes_of):
    text = "Wethouder Eva Jansen gelooft in de nieuwe brug over de rivier."
    assert _indirect(quotes_of(text)) == []


@pytest.mark.parametrize("text, content", [
    ("Wethouder Eva Jansen beloofde de controles te zullen verscherpen, met de nadruk op de drukke "
     "winkelstraten in het centrum.",
     "de controles te zullen verscherpen, met de nadruk op de drukke winkelstraten in het centrum"),
    ("Wethouder Eva Jansen kondigde aan een nieuw plan in te dienen, omdat de raad het oude plan heeft "
     "afgewezen.",
     "een nieuw plan in te dienen, omdat de raad het oude plan heeft afgewezen"),
])
def test_a_te_infinitive_runs_on_past_a_comma_that_continues_it(quotes_of, text, content):
    assert (content, JANSEN) in _indirect(quotes_of(text))


def test_a_te_infinitive_ends_at_a_comma_before_an_apposition(quotes_of):
    text = ("Wethouder Eva Jansen zei niet te willen stemmen over de begroting, een stemming die vrijdag "
            "gepland staat.")
    assert ("niet te willen stemmen over de begroting", JANSEN) in _indirect(quotes_of(text))


def test_a_cue_ending_a_subordinate_clause_has_that_clause_s_subject(quotes_of):
    text = ("Wethouder Eva Jansen vertrok naar Brussel nadat de openbaar aanklager had aangekondigd dat hij de "
            "wethouder wil vervolgen voor fraude.")
    found = [(q.text, q.speaker_text) for q in quotes_of(text) if q.kind == "indirect"]
    assert ("hij de wethouder wil vervolgen voor fraude", "de openbaar aanklager") in found


def test_a_te_infinitive_in_a_fronted_subordinate_clause_after_a_time_word(quotes_of):
    text = ("De betoging mocht doorgaan. Nadat zaterdag de rechtbank had laten weten vast te houden aan het "
            "verbod van de burgemeester, zei de organisator geen rellen te willen.")
    found = [(q.text, q.speaker_text) for q in quotes_of(text) if q.kind == "indirect"]
    assert ("vast te houden aan het verbod van de burgemeester", "de rechtbank") in found


def test_als_comparing_opens_no_subordinate_clause(quotes_of):
    text = "Wethouder Eva Jansen beschouwt de aanval als een escalatie en waarschuwt de raad dat die gevolgen heeft."
    assert ("die gevolgen heeft", JANSEN) in _indirect(quotes_of(text))
