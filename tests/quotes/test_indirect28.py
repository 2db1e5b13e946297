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
