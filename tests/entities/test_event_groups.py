"""Coordinated actors of one role act together as one group actor (entities/event_groups.py), on
arguments of sentences of our own."""

from __future__ import annotations

from nieuwsgraaf.entities.event_groups import group_name, short_name, with_conjuncts, with_groups
from nieuwsgraaf.records import EventArgument, Mention

NAMES = {"per:jan-de-boer": "Jan de Boer", "per:piet-klaassen": "Piet Klaassen", "per:karel-v": "Karel V"}


def _arguments(text: str, *words: tuple[str, str, str | None]) -> tuple[EventArgument, ...]:
    """(role, words, entity) as arguments at the words' first place in the text."""
    return tuple(EventArgument(role, text.index(w), text.index(w) + len(w), w, entity) for role, w, entity in words)


def _grouped(text: str, trigger: str, kind: str, *words: tuple[str, str, str | None]) -> tuple[EventArgument, ...]:
    made: list[tuple[tuple[int, int], str]] = []

    def add_group(span: tuple[int, int], names: list[str]) -> str:
        made.append((span, group_name(names)))
        return "group:" + group_name(names)

    end = text.index(trigger) + len(trigger)
    return with_groups(_arguments(text, *words), text, kind, add_group, NAMES.get, end)


def test_coordinated_sources_are_one_group_before_its_members():
    text = "De SP, de PvdD en GroenLinks dienden samen een motie in tegen de minister."
    found = _grouped(text, "dienden", "REQUEST", ("source", "SP", "party:sp"), ("source", "PvdD", "party:pvdd"),
                     ("source", "GroenLinks", "party:groenlinks"), ("target", "de minister", "local:other:de-minister"))
    assert [(a.role, a.entity) for a in found] == [
        ("source", "group:SP, PvdD en groenlinks"), ("source", "party:sp"), ("source", "party:pvdd"),
        ("source", "party:groenlinks"), ("target", "local:other:de-minister")]
    assert found[0].text == "SP, de PvdD en GroenLinks"  # the group's mention spans the coordination


def test_people_in_a_group_are_named_by_their_surnames():
    text = "Burgemeester Jan de Boer en Piet Klaassen eisen opheldering van het rijk."
    found = _grouped(text, "eisen", "REQUEST", ("source", "Jan de Boer", "per:jan-de-boer"),
                     ("source", "Piet Klaassen", "per:piet-klaassen"))
    assert found[0].entity == "group:de Boer en Klaassen"


def test_a_regnal_number_is_no_surname():
    assert short_name(EventArgument("source", 0, 5, "Karel", "per:karel-v"), NAMES.get) == "Karel"


def test_names_not_joined_by_a_comma_or_en_are_no_group():
    text = "Jan de Boer, maar niet Piet Klaassen, eist opheldering."
    found = _grouped(text, "eist", "REQUEST", ("source", "Jan de Boer", "per:jan-de-boer"),
                     ("source", "Piet Klaassen", "per:piet-klaassen"))
    assert [a.entity for a in found] == ["per:jan-de-boer", "per:piet-klaassen"]


def test_a_pair_that_meets_with_no_one_else_meets_each_other():
    text = "Jan de Boer en Piet Klaassen overlegden dinsdag over de begroting."
    found = _grouped(text, "overlegden", "CONSULT", ("source", "Jan de Boer", "per:jan-de-boer"),
                     ("source", "Piet Klaassen", "per:piet-klaassen"), ("target", "de begroting", None))
    assert [(a.role, a.entity) for a in found] == [("source", "per:jan-de-boer"), ("target", "per:piet-klaassen"),
                                                  ("target", None)]


def test_a_pair_that_meets_someone_else_is_one_group():
    text = "Jan de Boer en Piet Klaassen overlegden dinsdag met de SP."
    found = _grouped(text, "overlegden", "CONSULT", ("source", "Jan de Boer", "per:jan-de-boer"),
                     ("source", "Piet Klaassen", "per:piet-klaassen"), ("target", "SP", "party:sp"))
    assert [(a.role, a.entity) for a in found][:1] == [("source", "group:de Boer en Klaassen")]


def test_a_pair_that_acts_onderling_acts_on_each_other():
    text = "Het dorp en de stad zouden onderling grond ruilen."
    found = _grouped(text, "ruilen", "RETREAT", ("source", "Het dorp", "local:other:het-dorp"),
                     ("source", "de stad", "local:other:de-stad"))
    assert [(a.role, a.entity) for a in found] == [("source", "local:other:het-dorp"), ("target", "local:other:de-stad")]


def test_unlinked_words_in_a_coordination_make_no_group():
    text = "Jan de Boer en enkele anderen eisen opheldering."
    found = _grouped(text, "eisen", "REQUEST", ("source", "Jan de Boer", "per:jan-de-boer"),
                     ("source", "enkele anderen", None))
    assert [a.entity for a in found] == ["per:jan-de-boer", None]


def test_a_title_before_the_next_person_keeps_the_coordination():
    text = "Jan de Boer en de Friese wethouder Piet Klaassen eisen opheldering."
    found = _grouped(text, "eisen", "REQUEST", ("source", "Jan de Boer", "per:jan-de-boer"),
                     ("source", "Piet Klaassen", "per:piet-klaassen"))
    assert found[0].entity == "group:de Boer en Klaassen"


def test_an_adverb_before_the_next_person_is_no_title():
    text = "Jan de Boer en ook Piet Klaassen eisen opheldering."
    found = _grouped(text, "eisen", "REQUEST", ("source", "Jan de Boer", "per:jan-de-boer"),
                     ("source", "Piet Klaassen", "per:piet-klaassen"))
    assert [a.entity for a in found] == ["per:jan-de-boer", "per:piet-klaassen"]


def test_the_european_heads_of_state_and_government_are_the_european_council():
    from nieuwsgraaf.entities import load_knowledge_base
    from nieuwsgraaf.entities.bodies import european_council

    kb = load_knowledge_base()
    assert european_council("De Europese staatshoofden en regeringsleiders", kb).id == "org:europese-raad"
    assert european_council("De Europese staatshoofden en de Amerikaanse president", kb) is None


def test_a_party_is_named_by_its_abbreviation():
    text = "De Partij voor de Dieren, CD&V en GroenLinks stemden tegen het voorstel."
    found = _grouped(text, "stemden", "REJECT", ("source", "Partij voor de Dieren", "party:pvdd"),
                     ("source", "CD&V", "party:cdenv"), ("source", "GroenLinks", "party:groenlinks"))
    assert found[0].entity == "group:pvdd, CDenV en groenlinks"


def test_unlinked_companions_after_en_are_the_last_member():
    text = "De rebellen en andere milities bestookten de stad."
    found = _grouped(text, "bestookten", "ASSAULT", ("source", "De rebellen", "local:other:de-rebellen"),
                     ("source", "andere milities", None))
    assert found[0].entity == "group:De rebellen en andere milities"
    text = "De minister en zijn vrouw ontvingen de gasten."
    found = _grouped(text, "ontvingen", "CONSULT", ("source", "De minister", "local:other:de-minister"),
                     ("source", "zijn vrouw", None), ("target", "de gasten", "local:other:de-gasten"))
    assert [a.entity for a in found][:2] == ["local:other:de-minister", None]  # no group


def _mentions(text: str, *names: tuple[str, str]) -> list[Mention]:
    return [Mention(text.index(w), text.index(w) + len(w), w, "ORG", entity) for w, entity in names]


def _conjuncts(text: str, mentions: list[Mention], *words: tuple[str, str, str | None]) -> list[tuple[str, str]]:
    return [(a.role, a.text) for a in with_conjuncts(_arguments(text, *words), mentions, text)]


def test_names_listed_after_an_actor_join_its_role():
    text = "Alleen Finland, Letland en Estland stapten naar het Hof."
    mentions = _mentions(text, ("Finland", "gpe:fi"), ("Letland", "gpe:lv"), ("Estland", "gpe:ee"), ("Hof", "org:hof"))
    assert _conjuncts(text, mentions, ("source", "Finland", None), ("target", "het Hof", None)) == [
        ("source", "Finland"), ("target", "het Hof"), ("source", "Letland"), ("source", "Estland")]


def test_no_list_between_or_with_of_or_ending_in_a_comma():
    text = "De grens tussen Finland en Estland bleef dicht, zei Rusland, Letland meldde niets."
    mentions = _mentions(text, ("Finland", "gpe:fi"), ("Estland", "gpe:ee"), ("Rusland", "gpe:ru"), ("Letland", "gpe:lv"))
    assert _conjuncts(text, mentions, ("source", "Finland", None), ("source", "Rusland", None)) == [
        ("source", "Finland"), ("source", "Rusland")]
    text = "Finland of Estland moet het voorstel doen."
    mentions = _mentions(text, ("Finland", "gpe:fi"), ("Estland", "gpe:ee"))
    assert _conjuncts(text, mentions, ("source", "Finland", None)) == [("source", "Finland")]


def test_a_name_of_the_other_role_ends_the_list():
    text = "Finland en Estland sloten een verdrag."
    mentions = _mentions(text, ("Finland", "gpe:fi"), ("Estland", "gpe:ee"))
    assert _conjuncts(text, mentions, ("source", "Finland", None), ("target", "Estland", None)) == [
        ("source", "Finland"), ("target", "Estland")]


def test_a_person_after_a_title_compound_is_the_actor():
    text = "De kritiek van Jan de Boer en CDA-leider Piet Klaassen op het plan."
    mentions = [*_mentions(text, ("Jan de Boer", "per:jan-de-boer"), ("CDA", "party:cda")),
                Mention(text.index("Piet"), text.index("Piet") + 13, "Piet Klaassen", "PER", "per:piet-klaassen")]
    assert _conjuncts(text, mentions, ("source", "Jan de Boer", None)) == [
        ("source", "Jan de Boer"), ("source", "Piet Klaassen")]
    assert _conjuncts(text, mentions, ("source", "Jan de Boer", None), ("source", "CDA-leider", None)) == [
        ("source", "Jan de Boer"), ("source", "Piet Klaassen")]


def test_after_a_person_no_untitled_person_is_added():
    text = "Een demonstrant schreeuwde Jan de Boer en Piet Klaassen toe."
    mentions = _mentions(text, ("Jan de Boer", "per:jan-de-boer"), ("Piet Klaassen", "per:piet-klaassen"))
    assert _conjuncts(text, mentions, ("target", "Jan de Boer", None)) == [("target", "Jan de Boer")]
