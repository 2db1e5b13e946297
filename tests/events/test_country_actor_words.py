"""Words that name a country as an actor without naming it (evactors16, issue #15): its adjective
right before the event noun, its people with the article, 'het land' for the one acted on.
Invented Dutch sentences."""

from __future__ import annotations

from written import linked_actors


def test_a_country_adjective_right_before_the_event_noun_is_its_government():
    text = "De Israëlische aanvallen gingen de hele nacht door."
    assert linked_actors(text, "aanvallen", "ASSAULT", (("source", "Israëlische"),)) == ["gov:il"]


def test_a_country_adjective_of_another_noun_names_no_actor():
    text = "Een Israëlische delegatie kreeg steun van de burgemeester."
    assert linked_actors(text, "steun", "SUPPORT", (("target", "Israëlische"),)) == [None]


def test_the_people_of_a_country_with_the_article_are_its_government():
    text = "Barnier verwijt de Britten dat zij de afspraken niet nakomen."
    assert linked_actors(text, "verwijt", "ACCUSE", (("target", "Britten"),)) == ["gov:gb"]


def test_a_bare_plural_of_a_people_is_some_of_them_not_the_country():
    text = "Volgens de minister moeten Britten vaker hun handen wassen."
    assert linked_actors(text, "moeten", "REQUEST", (("target", "Britten"),)) != ["gov:gb"]


def test_the_land_acted_on_is_the_country_named_before():
    text = "Het leger nam in Mali de macht over. De Afrikaanse Unie schorste het land meteen."
    found = linked_actors(text, "schorste", "SANCTION", (("source", "Afrikaanse Unie"), ("target", "het land")),
                    (("Mali", "LOC", "gpe:ml"), ("Afrikaanse Unie", "ORG", "org:afrikaanse-unie")))
    assert found[1] in ("gov:ml", "gpe:ml")


def test_the_land_gone_into_is_a_place_not_an_actor():
    text = "De hulp kwam via Colombia. Guaidó wil de hulp het land binnen krijgen."
    found = linked_actors(text, "hulp", "AID", (("target", "het land"),), (("Colombia", "LOC", "gpe:co"),))
    assert found == [None]
