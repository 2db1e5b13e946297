"""Where unnamed sources are belongs to their name (issue #14 §2; invented sentences). The tests of the
three dev4-only changes of session 13 (bodies named by a description, inflected adjectives, misspelt
surnames) went out with them: docs/evaluation.md, 'Local speakers'."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


@pytest.mark.parametrize("text, speaker", [
    ("Volgens bronnen in Brussel wil de Commissie het plan nog deze maand voorstellen.",
     "local:other:bronnen-in-brussel"),
    ("De gesprekken zijn mislukt, zeggen anonieme bronnen uit beide landen.",
     "local:other:anonieme-bronnen-uit-beide-landen"),
])
def test_where_unnamed_sources_are_is_part_of_their_name(quotes_of, text, speaker):
    [quote] = quotes_of(text)
    assert quote.speaker == speaker
