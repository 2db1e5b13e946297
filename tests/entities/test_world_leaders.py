"""Heads of state and government, foreign ministers and the unions and employers' organisations the
knowledge base gained in 2026-12 (issue #14 §5) link by name, surname and title (invented sentences)."""

from __future__ import annotations

from linking_support import run_linker


def links(text, spans, published, home="gpe:nl"):
    mentions, _ = run_linker(text, spans, published, home)
    return {m.text: m.entity for m in mentions}


def test_a_head_of_state_links_by_full_name_and_by_surname():
    found = links("Hassan Rohani kwam naar Wenen. Rohani wil praten.", [("Hassan Rohani", "PER"), ("Rohani", "PER")],
                  "2017-03-02")
    assert found["Hassan Rohani"] == "per:hassan-rohani"
    assert found["Rohani"] == "per:hassan-rohani"


def test_a_foreign_minister_links_by_dutch_spelling():
    found = links("Minister Le Drian was kort.", [("Le Drian", "PER")], "2019-04-01")
    assert found["Le Drian"] == "per:jean-yves-le-drian"


def test_a_surname_that_is_also_a_river_is_no_person_alias():
    found = links("De Maas trad buiten haar oevers.", [("Maas", "LOC")], "2020-01-10")
    assert found["Maas"] != "per:heiko-maas"


def test_unions_and_employers_link_by_abbreviation():
    found = links("De FNV en VNO-NCW praten. Ook het ABVV en Voka.", [("FNV", "ORG"), ("VNO-NCW", "ORG"),
                                                                     ("ABVV", "ORG"), ("Voka", "ORG")], "2023-05-01",
                  home="gpe:nl")
    assert found == {"FNV": "org:fnv", "VNO-NCW": "org:vno-ncw", "ABVV": "org:abvv", "Voka": "org:voka"}
