"""An event's actor named by a bare definite description of a body the article named before (evdesc31,
docs/events.md §41): the speaker step's kind_before reading, with the nouns of bodies that act."""

from __future__ import annotations

from written import linked_actors


def test_the_movement_that_acts_is_the_armed_group_named_before():
    text = "Hamas liet woensdag drie gijzelaars vrij. Eerder had de terreurbeweging twee soldaten ontvoerd."
    source = linked_actors(text, "ontvoerd", "ASSAULT", (("source", "terreurbeweging"),),
                           named=(("Hamas", "ORG", "org:hamas"),))
    assert source == ["org:hamas"]


def test_the_union_that_demands_is_the_international_body_named_before():
    text = "Ecowas schorste zaterdag het lidmaatschap van Mali. De unie eist snel verkiezingen."
    source = linked_actors(text, "eist", "REQUEST", (("source", "De unie"),),
                           named=(("Ecowas", "ORG", "org:ecowas"), ("Mali", "LOC", "gpe:ml")))
    assert source == ["org:ecowas"]


def test_a_movement_of_another_kind_than_the_body_named_before_stays_unresolved():
    # a party named before is no 'terreurbeweging': no body of that kind, no id made from the words
    text = "De PVV diende maandag een motie in. Volgens de politie ontvoerde de terreurbeweging een agent."
    source = linked_actors(text, "ontvoerde", "ASSAULT", (("source", "terreurbeweging"),),
                           named=(("PVV", "ORG", "party:pvv"),))
    assert source[0] != "party:pvv"


def test_the_movement_named_last_before_wins_over_an_earlier_one():
    text = ("Hezbollah vuurde raketten af op Israël. Hamas liet later gijzelaars vrij. "
            "De beweging eiste daarna een staakt-het-vuren.")
    source = linked_actors(text, "eiste", "REQUEST", (("source", "De beweging"),),
                           named=(("Hezbollah", "ORG", "org:hezbollah"), ("Israël", "LOC", "gpe:il"),
                                  ("Hamas", "ORG", "org:hamas")))
    assert source == ["org:hamas"]
