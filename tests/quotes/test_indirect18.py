"""Indirect speech classes of branch indirect18 (issue #14): 'naar eigen zeggen' with a pronoun or a
non-person subject, fronted ('Naar eigen zeggen schiet …'), and before a 'dat' clause of another
predicate ('heeft het naar eigen zeggen moeilijk mee dat …'). Invented sentences."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def _own_words(quotes):
    return [(q.text, q.speaker) for q in quotes if q.kind == "indirect" and q.cue == "naar eigen zeggen"]


def test_pronoun_subject(quotes_of):
    text = "Wethouder Eva Jansen opende de brug. Ze wil naar eigen zeggen nog vier jaar blijven."
    assert _own_words(quotes_of(text)) == [("Ze wil naar eigen zeggen nog vier jaar blijven",
                                            "local:per:eva-jansen")]


def test_fronted_phrase_reports_what_follows(quotes_of):
    text = "De brug werd gesloten. Naar eigen zeggen zoekt Rijkswaterstaat nog naar de oorzaak van de scheur."
    [(content, speaker)] = _own_words(quotes_of(text))
    assert content == "zoekt Rijkswaterstaat nog naar de oorzaak van de scheur"
    assert speaker is not None


def test_zeggen_of_the_phrase_is_no_cue_for_a_dat_clause(quotes_of):
    text = ("Wethouder Eva Jansen opende de brug. Eva Jansen heeft het naar eigen zeggen moeilijk mee dat "
            "de haven sluit.")
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.kind == "indirect" and q.cue == "zeggen"]
    assert _own_words(quotes) == [("Eva Jansen heeft het naar eigen zeggen moeilijk mee dat de haven sluit",
                                   "local:per:eva-jansen")]


def test_no_phrase_no_report(quotes_of):
    text = "Wethouder Eva Jansen opende de brug. Ze wil nog vier jaar blijven."
    assert _own_words(quotes_of(text)) == []


def test_heard_at_a_source(quotes_of):
    text = "De gemeenteraad sprak over de haven. Bij de oppositie klinkt dus dat de haven te duur wordt."
    reports = [(q.text, q.cue) for q in quotes_of(text) if q.kind == "indirect"]
    assert ("de haven te duur wordt", "klinkt") in reports


def test_heard_at_without_dat_is_no_report(quotes_of):
    text = "De gemeenteraad sprak over de haven. Bij de oppositie leeft veel onvrede over de haven."
    assert not [q for q in quotes_of(text) if q.kind == "indirect"]
