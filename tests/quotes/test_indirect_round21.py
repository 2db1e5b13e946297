"""indirect21: 'vinden' with a noun or adjective predicate ('vindt de brug een slecht plan', 'vindt
X betrouwbaar als wethouder, maar …', 'vindt dat onzinnig: …'), and a speech noun right before 'dat'
owns the clause (invented sentences)."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _indirect(quotes):
    return [(q.text, q.speaker) for q in quotes if q.kind == "indirect"]


def test_an_indefinite_noun_predicate_is_a_small_clause(quotes_of):
    found = _indirect(quotes_of("Wethouder Eva Jansen vindt de nieuwe brug een slecht plan."))
    assert ("de nieuwe brug een slecht plan", JANSEN) in found


def test_an_adjective_with_its_als_role_ends_at_the_comma(quotes_of):
    text = "Wethouder Eva Jansen vindt de burgemeester nog wel betrouwbaar als bestuurder, maar snapt de kritiek."
    assert ("de burgemeester nog wel betrouwbaar als bestuurder", JANSEN) in _indirect(quotes_of(text))


def test_dat_as_object_of_an_adjective_is_no_dat_clause(quotes_of):
    text = 'Wethouder Eva Jansen vindt dat onbegrijpelijk: "De brug had al lang open moeten zijn."'
    assert ("dat onbegrijpelijk", JANSEN) in _indirect(quotes_of(text))


def test_a_plain_object_of_vinden_stays_no_quote(quotes_of):
    assert _indirect(quotes_of("Wethouder Eva Jansen vindt de sleutels van het stadhuis.")) == []
