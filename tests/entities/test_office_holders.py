"""A surname the article never completes is the office holder of that name; the outlet's country
chooses between institutions that share a name (invented sentences)."""

from __future__ import annotations

from linking_support import run_linker


def links(text, spans, published, home="gpe:nl"):
    mentions, _ = run_linker(text, spans, published, home)
    return {m.text: m.entity for m in mentions}


def test_a_bare_surname_is_the_one_person_of_that_name_in_office():
    found = links("De Britse premier May sprak met Juncker. May bleef optimistisch.", [("May", "PER"), ("Juncker", "PER"),
                                                                                     ("May", "PER")], "2017-12-05")
    assert found["May"] == "per:theresa-may"


def test_no_office_on_the_date_no_link():
    found = links("Mevrouw May kocht een fiets.", [("May", "PER")], "2030-01-01")
    assert found["May"] != "per:theresa-may"


def test_the_chamber_is_the_outlets_countrys():
    assert links("De Kamer stemde in.", [("Kamer", "ORG")], "2021-05-01", home="gpe:be")["Kamer"] == "gov:be-kamer"
    assert links("De Kamer stemde in.", [("Kamer", "ORG")], "2021-05-01", home="gpe:nl")["Kamer"] == "gov:nl-tweede-kamer"


def test_a_partys_leader_is_the_person_leading_it_on_the_date():
    found = links("De VVD-leider reageerde kort.", [], "2019-06-12")
    assert found.get("De VVD-leider") == "per:mark-rutte"
    found = links("Volgens de leider van de VVD is dat onzin.", [], "2019-06-12")
    assert found.get("de leider van de VVD") == "per:mark-rutte"
    # no leader on record for that date: no guess
    assert "De VVD-leider" not in links("De VVD-leider reageerde kort.", [], "1950-01-01")


def test_an_undated_article_takes_the_one_office_holder_of_that_surname():
    # no publication date: the one person of that surname the knowledge base knows in any office
    found = links("De Britse premier May sprak met Juncker. May bleef optimistisch.", [("May", "PER"), ("Juncker", "PER"),
                                                                                     ("May", "PER")], None)
    assert found["May"] == "per:theresa-may"
