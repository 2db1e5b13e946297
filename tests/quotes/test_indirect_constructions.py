"""Indirect speech the first rules missed: separable verbs with a te-infinitive, predicates sharing a
subject, a relative 'die', a phrase set off before 'dat', a relative clause after a postposed
speaker, 'luidt het', and a new main clause after 'en' (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"
GROOT = "local:per:piet-de-groot"


def _reports(quotes):
    return [q for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content, speaker, cue", [
    # separable verbs and a te-infinitive: the particle is no part of what was said
    ("Piet de Groot houdt vol onschuldig te zijn.", "onschuldig te zijn", GROOT, "houdt vol"),
    ("Eva Jansen kondigde dinsdag al aan een nieuw plan in te dienen.", "een nieuw plan in te dienen", JANSEN,
     "kondigde"),
    ("Eva Jansen zweert de fraude bij de gemeente uit te roeien.", "de fraude bij de gemeente uit te roeien",
     JANSEN, "zweert"),
    ("Piet de Groot bleef kalm. Hij acht zichzelf nog altijd geschikt.", "zichzelf nog altijd geschikt", GROOT,
     "acht"),
    # a second predicate after 'maar' or 'en' has the subject of the first
    ("Piet de Groot spreekt van een fout, maar stelt dat het plan gewoon doorgaat.", "het plan gewoon doorgaat",
     GROOT, "stelt"),
    # a relative 'die' after the name
    ('"Het is klaar", zegt Piet de Groot, die zegt dat de stad nu veilig is.', "de stad nu veilig is", GROOT,
     "zegt"),
    # a phrase set off by commas between the cue and 'dat'
    ("Voor de vergadering zei Eva Jansen, tot woede van de oppositie, dat de belasting omhoog gaat.",
     "de belasting omhoog gaat", JANSEN, "zei"),
    # a relative clause after a postposed speaker
    ("Het plan gaat gewoon door, aldus Eva Jansen, die eerder dinsdag haar ontslag had ingediend.",
     "Het plan gaat gewoon door", JANSEN, "aldus"),
    # 'en' and a verb before its subject pronoun open a new main clause, and so does a naming verb
    ("Eva Jansen vindt dat de maat vol is en stuurt ze een brief naar de wethouder.", "de maat vol is", JANSEN,
     "vindt"),
    ("Eva Jansen ontkende dat het een weerballon was en noemde het neerhalen een overdreven reactie.",
     "het een weerballon was", JANSEN, "ontkende"),
    ("Piet de Groot repliceerde dat de gemeente niets heeft gedaan.", "de gemeente niets heeft gedaan", GROOT,
     "repliceerde"),
    ("Eva Jansen klaagt dat de gemeente haar niet heeft geholpen.", "de gemeente haar niet heeft geholpen", JANSEN,
     "klaagt"),
])
def test_reports(quotes_of, text, content, speaker, cue):
    assert [(q.text, q.speaker, q.cue) for q in _reports(quotes_of(text))] == [(content, speaker, cue)]


def test_luidt_het_is_the_source_of_the_report_before(quotes_of):
    text = ("De woordvoerder van de burgemeester bevestigt dat er ruzie was in het stadhuis. "
            "Daarop is de wethouder boos vertrokken, luidt het.")
    first, second = _reports(quotes_of(text))
    assert second.text == "Daarop is de wethouder boos vertrokken"
    assert (second.speaker, second.cue) == (first.speaker, "luidt")


@pytest.mark.parametrize("text, content, speaker", [
    ("Het gesprek verliep volgens woordvoerders in een goede sfeer.",
     "Het gesprek verliep volgens woordvoerders in een goede sfeer", "local:other:woordvoerders"),
    ("De telefoons stonden de hele avond roodgloeiend, geven bronnen aan.",
     "De telefoons stonden de hele avond roodgloeiend", "local:other:bronnen"),
])
def test_unnamed_plural_sources(quotes_of, text, content, speaker):
    assert [(q.text, q.speaker) for q in _reports(quotes_of(text))] == [(content, speaker)]
