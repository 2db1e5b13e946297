"""Indirect speech found on new articles (issue #14 §2): the subject after a fronted verb, question
verbs, te-infinitives after 'laten weten' and 'beschuldigen ervan', a list before 'dat', verbs that
read otherwise ('vond … plaats'), clauses ending at a main clause, and postposed cues that attribute
a quote standing as a sentence of its own (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"
GROOT = "local:per:piet-de-groot"


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content, speaker, cue", [
    # verb second: after a fronted phrase or clause the subject stands between the auxiliary and the cue
    ("Tijdens een toespraak heeft wethouder Eva Jansen aangegeven dat de brug in mei opengaat.",
     "de brug in mei opengaat", JANSEN, "aangegeven"),
    ("Omdat de gesprekken moeizaam verlopen, heeft Piet de Groot er al vaak mee gedreigd de deal op te zeggen.",
     "de deal op te zeggen", GROOT, "gedreigd"),
    # indirect questions: 'of' left out, a question word kept
    ("Eva Jansen vroeg zich hardop af of het college zichzelf nog serieus neemt.",
     "het college zichzelf nog serieus neemt", JANSEN, "vroeg af"),
    ("Piet de Groot wilde weten welke plannen de wethouder nu precies had.",
     "welke plannen de wethouder nu precies had", GROOT, "wilde weten"),
    # te-infinitives
    ("Het bestuur vergaderde lang. Zo liet Piet de Groot weten geen vragen meer te beantwoorden.",
     "geen vragen meer te beantwoorden", GROOT, "liet weten"),
    ("Eva Jansen beschuldigt de aannemer ervan zich niet aan de afspraken te houden.",
     "zich niet aan de afspraken te houden", JANSEN, "beschuldigt"),
    # a list of addressees before 'dat'
    ("Eva Jansen beloofde de bewoners, de winkeliers en de scholen dat de straat in juni klaar is.",
     "de straat in juni klaar is", JANSEN, "beloofde"),
    # new cues
    ("Piet de Groot gaat ervan uit dat er nog twaalf woningen leegstaan.", "er nog twaalf woningen leegstaan",
     GROOT, "gaat uit"),
    ("Eva Jansen hintte er daarmee op dat een verhoging volgend jaar waarschijnlijk is.",
     "een verhoging volgend jaar waarschijnlijk is", JANSEN, "hintte op"),
    # the clause ends where a subject pronoun and its finite verb open a main clause (verb second) ...
    ("Piet de Groot erkende dat ze weinig opschieten, maar hij gebruikte er andere woorden voor.",
     "ze weinig opschieten", GROOT, "erkende"),
    # ... but not at a conjunction inside marks
    ("Eva Jansen denkt dat de raad „vroeg of laat” moet kiezen.", "de raad „vroeg of laat” moet kiezen", JANSEN,
     "denkt"),
])
def test_reports(quotes_of, text, content, speaker, cue):
    assert _reports(quotes_of(text)) == [(content, speaker, cue)]


@pytest.mark.parametrize("text", [
    "Zaterdagavond vond een demonstratie plaats in Utrecht waarbij deelnemers het college opriepen iets te doen.",
    "Eva Jansen vroeg of laat een gesprek aan.",
    # a postposed cue after a quote that is a sentence of its own attributes that quote only
    "De oppositie was niet mals voor de wethouder en co. “Rien ne va plus”, zei fractieleider Piet de Groot.",
])
def test_no_report(quotes_of, text):
    assert _reports(quotes_of(text)) == []


def test_telegraaf_marks_and_mixed_quotes(quotes_of):
    # ,,…’’ is a quote; a fragment in marks at the end of a reported clause keeps both entries
    [quote] = quotes_of("Dat is een schande. ,,Een volstrekt misplaatste stap van de gemeente’’, aldus Piet de Groot.")
    assert (quote.kind, quote.text, quote.speaker) == ("direct", "Een volstrekt misplaatste stap van de gemeente",
                                                       GROOT)
    kinds = sorted(q.kind for q in quotes_of("De stad zit nog in de ,,opstartfase”, zei Eva Jansen."))
    assert kinds == ["direct", "indirect"]


def test_question_verb_names_no_fragment(quotes_of):
    text = "Eva Jansen waarschuwde voor een ‘opbod’ aan plannen en wilde niet weten van ‘overdreven plannen’."
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [("opbod", JANSEN), ("overdreven plannen", JANSEN)]
