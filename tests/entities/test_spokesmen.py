"""The body a quote's speaker speaks for when he says 'we' (entities/spokesmen.py, docs/events.md §56)."""

from __future__ import annotations

import pytest

from nieuwsgraaf.entities.linker import default_linker
from nieuwsgraaf.entities.spokesmen import body_spoken_for


@pytest.mark.parametrize(("speaker", "day", "body"), [
    ("per:geng-shuang", "2018-06-01", "gov:cn"),  # a ministry's spokesman speaks for the government
    ("per:geng-shuang", "2023-06-01", None),  # no longer its spokesman
    ("per:jens-stoltenberg", "2019-04-04", "org:navo"),  # the secretary-general for NATO
    ("per:ursula-von-der-leyen", "2021-03-01", "org:eu"),  # the Commission's president for the EU
    ("per:ursula-von-der-leyen", "2016-03-01", None),  # a German minister then: no speaking office
    ("per:geert-wilders", "2019-03-01", None),  # a party leader's 'we' is left to him
    ("per:jens-stoltenberg", None, None),  # no date, no office
    ("local:per:iemand", "2019-04-04", None),  # nobody the knowledge base knows
])
def test_the_body_a_speaker_speaks_for(speaker, day, body):
    assert body_spoken_for(speaker, day, default_linker().kb) == body
