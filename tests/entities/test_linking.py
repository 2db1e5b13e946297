"""Linking mentions to the actor knowledge base: the difficult cases pinned."""

from __future__ import annotations

import pytest
from linking_support import mentions_of, run_linker

from nieuwsgraaf.entities import (
    KnowledgeBaseError,
    LinkContext,
    default_linker,
    load_knowledge_base,
)
from nieuwsgraaf.entities.kb import Role, read_actor_file


def link(text, spans, published="2018-07-11", home="gpe:nl"):
    mentions, entities = run_linker(text, spans, published, home)
    return {m.text: m.entity for m in mentions}, entities


def test_full_name_surname_and_title_are_one_entity():
    text = "Donald Trump sprak in Brussel. President Trump zei later dat Trumps eisen redelijk zijn."
    links, entities = link(text, [("Donald Trump", "PER"), ("Brussel", "LOC"), ("President Trump", "PER"),
                                   ("Trumps", "PER")])
    assert links["Donald Trump"] == links["President Trump"] == links["Trumps"] == "per:donald-trump"
    trump = next(e for e in entities if e.id == "per:donald-trump")
    assert trump.wikidata == "Q22686" and len(trump.mentions) == 3


def test_dutch_and_english_spellings_meet():
    links, _ = link("Poetin en Putin.", [("Poetin", "PER"), ("Putin", "PER")])
    assert links["Poetin"] == links["Putin"] == "per:vladimir-poetin"
    links, _ = link("De NAVO, ofwel NATO.", [("NAVO", "ORG"), ("NATO", "ORG")])
    assert links["NAVO"] == links["NATO"] == "org:navo"


@pytest.mark.parametrize("published, expected", [("2018-07-11", "per:jens-stoltenberg"),
                                                 ("2025-09-29", "per:mark-rutte")])
def test_role_description_resolves_at_the_article_date(published, expected):
    links, _ = link("Volgens de NAVO-chef moet Europa meer betalen.", [("Europa", "LOC")], published)
    assert links["de NAVO-chef"] == expected


def test_nationality_adjective_picks_the_country_of_the_role():
    links, _ = link("De Amerikaanse president zei niets.", [], "2018-07-11")
    assert links["De Amerikaanse president"] == "per:donald-trump"
    links, _ = link("De Franse president zei niets.", [], "2018-07-11")
    assert links["De Franse president"] == "per:emmanuel-macron"


def test_premier_means_the_outlets_own_country():
    assert link("Dat zei de premier gisteren.", [], "2019-10-03", "gpe:nl")[0]["de premier"] == "per:mark-rutte"


def test_capital_as_actor_but_not_as_place():
    text = "De gesprekken tussen Brussel en Washington liggen stil. Hij vloog naar Washington."
    links, entities = link(text, [("Brussel", "LOC"), ("Washington", "LOC"), ("Washington", "LOC")])
    ids = [e.id for e in entities]
    assert "org:eu" in ids or "gov:be" in ids
    metonymic = default_linker().link(text, mentions_of(text, ("Washington", "LOC")), LinkContext(None, "gpe:nl"))
    assert metonymic[0][0].entity == "gov:us"
    located = default_linker().link("Hij vloog naar Washington.",
                                    mentions_of("Hij vloog naar Washington.", ("Washington", "LOC")),
                                    LinkContext(None, "gpe:nl"))
    assert located[0][0].entity == "loc:washington"


def test_buildings_stand_for_their_government():
    links, _ = link("Het Kremlin en het Witte Huis zwijgen.", [("Kremlin", "ORG"), ("Witte Huis", "ORG")])
    assert links == {"Kremlin": "gov:ru", "Witte Huis": "gov:us"}


def test_unknown_people_get_a_stable_local_id_across_articles():
    first, _ = link("Verslaggever Jeroen de Jager meldt dat.", [("Jeroen de Jager", "PER")])
    second, _ = link("Volgens De Jager is het rustig.", [("De Jager", "PER")])
    assert first["Jeroen de Jager"] == "local:per:jeroen-de-jager"
    third, _ = link("Jeroen de Jager en De Jager.", [("Jeroen de Jager", "PER"), ("De Jager", "PER")])
    assert third["De Jager"] == "local:per:jeroen-de-jager"
    # Alone, a common surname ('the hunter') is not the former minister Jan Kees de Jager, who
    # held no office in 2018; while he was minister it is.
    assert second["De Jager"] == "local:per:de-jager"
    in_office, _ = link("Volgens De Jager is het rustig.", [("De Jager", "PER")], "2011-05-03")
    assert in_office["De Jager"] == "per:jan-kees-de-jager"


def test_fuzzy_spelling_links_when_close():
    assert link("Zelenski sprak.", [("Zelenski", "PER")])[0]["Zelenski"] == "per:volodymyr-zelensky"


def test_nationality_adjectives_are_not_entities():
    links, entities = link("De Amerikaanse en Europese leiders.", [("Amerikaanse", "MISC"), ("Europese", "MISC")])
    assert links == {"Amerikaanse": None, "Europese": None} and entities == []


def test_kb_loads_and_rejects_bad_lines(tmp_path):
    assert len(load_knowledge_base()) >= 600
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "per:x", "type": "person", "names": {"nl": ["X"]}, "qid": "Q0x"}\n', "utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad.jsonl:1"):
        read_actor_file(path)


def test_genitive_and_government_of_a_cabinet():
    links, _ = link("Trumps adviseurs en het kabinet-Rutte III.", [("Trumps", "LOC"), ("kabinet-Rutte III", "MISC")],
                    "2019-05-01")
    assert links == {"Trumps": "per:donald-trump", "kabinet-Rutte III": "gov:nl"}


def test_capital_opening_a_sentence_stands_for_its_government():
    text = "Peking reageerde woedend. Hij woont in Peking."
    mentions, _ = default_linker().link(text, mentions_of(text, ("Peking", "LOC"), ("Peking", "LOC")),
                                        LinkContext("2022-08-01", "gpe:nl"))
    assert mentions[0].entity == "gov:cn"
    assert mentions[1].entity == "loc:peking"


def test_a_linked_person_carries_the_knowledge_base_gender_and_a_local_one_none():
    text = "Mette Frederiksen sprak met Jens Stoltenberg en met Eva van Dalen."
    links, entities = link(text, [("Mette Frederiksen", "PER"), ("Jens Stoltenberg", "PER"), ("Eva van Dalen", "PER")],
                           published="2020-03-01")
    by_id = {e.id: e for e in entities}
    assert (by_id["per:mette-frederiksen"].gender, by_id["per:mette-frederiksen"].wikidata) == ("female", "Q5015")
    assert (by_id["per:jens-stoltenberg"].gender, by_id["per:jens-stoltenberg"].wikidata) == ("male", "Q57665")
    assert by_id[links["Eva van Dalen"]].gender is None  # a first name is no knowledge-base fact


def test_kb_rejects_a_malformed_gender(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "per:x", "type": "person", "names": {"nl": ["X"]}, "gender": ""}\n', "utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad.jsonl:1: per:x has a malformed gender"):
        read_actor_file(path)


def test_a_role_ending_in_a_month_holds_on_its_days():
    role = Role("president", "gpe:ve", "2013-04-19", "2025-10")
    assert role.active_on("2025-10-27") and role.active_on("2025-10") and role.active_on("2025")
    assert not role.active_on("2025-11-01") and not role.active_on("2013-04-18")
    assert Role("premier", "gpe:nl", "2010-10-14", "2024-07-02").active_on("2024-07")
