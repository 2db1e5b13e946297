"""Where a report ends (branch indirect19, issue #14): a main clause after a comma with a fronted
constituent before its finite verb (', maar het is de vraag', ', maar uit de notulen bleek',
', daarom ging hij') is the reporter's, not the speaker's. Invented sentences."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes.clauses import content_end
from nieuwsgraaf.quotes.lexicon import load_quote_lexicon
from nieuwsgraaf.quotes.rules import build_rules

RULES = build_rules(load_quote_lexicon())


def _content(text: str) -> str:
    return text[:content_end(text, 0, len(text), RULES)]


def test_maar_with_expletive_subject_opens_a_main_clause():
    assert _content("de haven open blijft, maar het is de vraag of de raad meegaat") == "de haven open blijft"


def test_maar_with_fronted_phrase_opens_a_main_clause():
    assert _content("hij de brief nooit had gezien, maar uit de notulen bleek later het omgekeerde") == \
        "hij de brief nooit had gezien"


def test_fronting_adverb_after_comma_opens_a_main_clause():
    assert _content("de brug te duur wordt, daarom ging hij naar de provincie") == "de brug te duur wordt"


def test_coordinated_subordinate_clause_stays():
    text = "de brug te duur wordt, maar de gemeente het geld toch vindt"
    assert _content(text) == text


def test_volgens_report_ends_before_a_fronted_main_clause(quotes_of):
    text = ("Wethouder Eva Jansen sprak met de raad. Volgens Jansen sluit de haven dit jaar nog, daarom "
            "schreef ze een brief aan de provincie.")
    reports = [q.text for q in quotes_of(text) if q.kind == "indirect" and q.cue == "volgens"]
    assert reports == ["sluit de haven dit jaar nog"]


def test_dat_clause_ends_before_maar_with_expletive(quotes_of):
    text = "Wethouder Eva Jansen zei dat de haven open blijft, maar het is de vraag of de raad meegaat."
    reports = [q.text for q in quotes_of(text) if q.kind == "indirect"]
    assert reports == ["de haven open blijft"]
