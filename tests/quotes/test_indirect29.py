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
