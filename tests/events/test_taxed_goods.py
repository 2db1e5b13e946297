"""A measure laid on a country's goods is laid on that country (docs/events.md §28): the goods phrase on
the event noun, whatever its preposition, and '<country adjective> <goods noun>' linked to the
country's government; on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of

from nieuwsgraaf.entities.event_actors import _goods_of_country
from nieuwsgraaf.entities.kb import load_knowledge_base
from nieuwsgraaf.records import EventArgument


def test_tariffs_on_a_countrys_products_target_its_government(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Japan voerde vorige maand hogere heffingen op Chinese producten in.",
                       "2019-05-14")
    event = event_on(events, "heffingen")
    assert event["target"] == "gov:cn"


def _goods(text: str, words: str) -> str | None:
    at = text.index(words)
    return _goods_of_country(EventArgument("target", at, at + len(words), words), text, load_knowledge_base())


def test_goods_words_name_the_country_only_with_its_adjective():
    assert _goods("een embargo voor die Russische producten", "die Russische producten") == "gov:ru"
    assert _goods("heffingen op Chinese import.", "Chinese") == "gov:cn"
    assert _goods("beurzen voor Chinese studenten", "Chinese studenten") is None
    assert _goods("beurzen voor Chinese studenten", "Chinese") is None
    assert _goods("heffingen op producten", "producten") is None
