"""Organisations named inside compounds are mentions of them (issue #14 §3), in invented sentences."""

from __future__ import annotations

from linking_support import run_linker


def linked(text, spans=(), published="2019-06-12"):
    mentions, entities = run_linker(text, list(spans), published)
    return [(m.text, m.entity) for m in mentions], {e.id for e in entities}


def test_organisation_before_a_hyphen_is_a_mention_of_it():
    mentions, entities = linked("Op de NAVO-top in Brussel spraken de EU-landen over defensie.", [("Brussel", "LOC")])
    assert ("NAVO", "org:navo") in mentions and ("EU", "org:eu") in mentions
    assert {"org:navo", "org:eu"} <= entities


def test_party_names_with_a_hyphen_of_their_own_are_read_whole():
    mentions, _ = linked("De N-VA-voorzitter en de VVD-fractie reageerden koel.")
    assert ("N-VA", "party:n-va") in mentions and ("VVD", "party:vvd") in mentions


def test_an_unlinked_tagger_span_over_the_compound_gives_way():
    mentions, _ = linked("De NAVO-top begint morgen.", [("NAVO-top", "MISC")])
    assert ("NAVO", "org:navo") in mentions
    assert not any(text == "NAVO-top" for text, _ in mentions)


def test_countries_people_and_capitalised_tails_are_not_compound_mentions():
    _, entities = linked("Een Rusland-kenner sprak Trump-aanhangers in de Noord-Holland-hal.")
    assert not entities & {"gpe:ru", "per:donald-trump"}


def test_an_acronym_several_parties_share_needs_the_article_to_choose():
    # PvdA is a Dutch and (as PVDA) a Belgian party: alone, the compound links to neither
    _, entities = linked("De PvdA-fractie stemde tegen.")
    assert not any(e.startswith("party:pvda") for e in entities)
