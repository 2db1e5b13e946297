"""Speakers named by a description of the person the text is about ('de Duitse politica', 'de
SP-fractieleidster', 'de CDA'er'), and names behind a compound title ('PvdA-Kamerlid Eva Jansen') (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def _only(quotes, kind):
    return [q for q in quotes if q.kind == kind]


@pytest.mark.parametrize("text, speaker_text", [
    ('Ook Eva Jansen haalde uit naar het kabinet. "Dit plan is onverantwoord", zei de SP-fractieleidster.',
     "de SP-fractieleidster"),
    ('Eva Jansen stemde tegen. "U spreekt uzelf tegen", aldus de SP\'er.', "de SP'er"),
    ('Eva Jansen stemde tegen. "U spreekt uzelf tegen", aldus de Groningse politica.', "de Groningse politica"),
])
def test_a_description_of_the_person_named_before(quotes_of, text, speaker_text):
    [quote] = _only(quotes_of(text), "direct")
    assert (quote.speaker_text, quote.speaker) == (speaker_text, "local:per:eva-jansen")


def test_a_party_in_a_compound_title_is_not_the_speaker(quotes_of):
    [quote] = quotes_of("Volgens PvdA-Kamerlid Eva Jansen is het plan van het kabinet onhaalbaar.")
    assert (quote.kind, quote.speaker, quote.cue) == ("indirect", "local:per:eva-jansen", "volgens")


def test_de_duitse_politica_is_the_german_named_before(quotes_of):
    text = "Merkel sprak dinsdag in Berlijn. De Europese Unie is volgens de Duitse politica klaar voor een handelsoorlog."
    [quote] = quotes_of(text, "2018-03-06")
    assert (quote.speaker_text, quote.speaker) == ("de Duitse politica", "per:angela-merkel")
