"""Public office holders the knowledge base gained in 2026-12 (kb17: mayors of the largest Dutch and
Belgian cities, foreign and defence ministers, US cabinet secretaries and security advisers, spokespeople,
NATO deputies and UN high commissioners, union and employers' chairs, heads of police, prosecution and
intelligence services) link by name and, at the article's date, by the role words that name their
office (invented sentences)."""

from __future__ import annotations

import pytest
from linking_support import run_linker

from nieuwsgraaf.entities.kb import load_knowledge_base


def links(text, spans, published, home="gpe:nl"):
    mentions, _ = run_linker(text, spans, published, home)
    return {m.text: m.entity for m in mentions}


@pytest.mark.parametrize("published, expected", [("2016-05-01", "per:jozias-van-aartsen"),
                                                 ("2018-05-01", "per:pauline-krikke"),
                                                 ("2021-05-01", "per:jan-van-zanen")])
def test_the_mayor_of_a_city_is_the_holder_at_the_article_date(published, expected):
    holders = {a.id for a in load_knowledge_base().holders("burgemeester", "loc:den-haag", published)}
    assert holders == {expected}


@pytest.mark.parametrize("published, expected", [("2019-01-10", "per:john-bolton"),
                                                 ("2022-06-01", "per:jake-sullivan")])
def test_the_american_security_adviser_resolves_at_the_article_date(published, expected):
    found = links("De Amerikaanse veiligheidsadviseur was kritisch over Iran.", [("Iran", "LOC")], published)
    assert found["De Amerikaanse veiligheidsadviseur"] == expected


def test_a_bare_security_adviser_without_the_named_holder_stays_unresolved():
    found = links("De veiligheidsadviseur was kritisch over Iran.", [("Iran", "LOC")], "2022-06-01")
    assert "De veiligheidsadviseur" not in found


def test_the_un_human_rights_chief_follows_the_date():
    text = "De VN-mensenrechtencommissaris noemde de aanval onaanvaardbaar."
    assert links(text, [], "2017-03-01")["De VN-mensenrechtencommissaris"] == "per:zeid-raad-al-hussein"
    assert links(text, [], "2020-03-01")["De VN-mensenrechtencommissaris"] == "per:michelle-bachelet"


def test_a_union_chair_resolves_by_the_body_in_the_role_word():
    found = links("Volgens de FNV-voorzitter moeten de lonen omhoog.", [], "2019-03-01")
    assert found["de FNV-voorzitter"] == "per:han-busker"


def test_a_bare_korpschef_is_left_alone():
    """In Flemish news a 'korpschef' heads a local police zone: only the national police's
    korpschef by name resolves to the Dutch head of police."""
    assert "de korpschef" not in links("Dat meldt de korpschef aan de pers.", [], "2021-03-01")
    found = links("Dat meldt de korpschef van de Nationale Politie.", [], "2018-03-01")
    assert found["de korpschef van de Nationale Politie"] == "per:erik-akerboom"


def test_new_ministers_link_by_surname_and_title():
    found = links("Hulusi Akar sprak met Ash Carter. Akar wil meer wapens.",
                  [("Hulusi Akar", "PER"), ("Ash Carter", "PER"), ("Akar", "PER")], "2019-02-01")
    assert found["Akar"] == "per:hulusi-akar"
    assert found["Ash Carter"] == "per:ash-carter"


def test_another_first_name_is_no_near_spelling_of_a_known_person():
    """'Peter' and 'Pieter' are two first names: a local councillor Peter Timmermans is not the
    employers' chief Pieter Timmermans, though the spellings are close."""
    found = links("Wethouder Peter Timmermans opende de school.", [("Peter Timmermans", "PER")], "2024-03-11")
    assert found["Peter Timmermans"] != "per:pieter-timmermans"
    found = links("Pieter Timmermans waarschuwt voor de loonkosten.", [("Pieter Timmermans", "PER")], "2024-03-11")
    assert found["Pieter Timmermans"] == "per:pieter-timmermans"


def test_a_near_spelling_of_a_surname_still_links():
    found = links("Hulusi Akkar bezocht de troepen.", [("Hulusi Akkar", "PER")], "2019-02-01")
    assert found["Hulusi Akkar"] == "per:hulusi-akar"
