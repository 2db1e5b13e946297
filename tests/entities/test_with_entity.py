"""records.with_entity: a record linked to an entity, itself when it names it already."""

from __future__ import annotations

from nieuwsgraaf.records import EventArgument, Mention, with_entity


def test_a_record_naming_the_entity_already_is_kept():
    argument = EventArgument("source", 0, 6, "Bakker", entity="local:per:bakker")
    assert with_entity(argument, "local:per:bakker") is argument
    unlinked = EventArgument("target", 10, 13, "hem")
    assert with_entity(unlinked, None) is unlinked


def test_another_entity_gives_a_new_record():
    mention = Mention(0, 6, "Bakker", "PER", "local:misc:bakker")
    linked = with_entity(mention, "local:per:bakker")
    assert linked == Mention(0, 6, "Bakker", "PER", "local:per:bakker")
    assert mention.entity == "local:misc:bakker"  # the record itself is left as it was
