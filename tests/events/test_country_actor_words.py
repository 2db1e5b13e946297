"""Words that name a country as an actor without naming it (evactors16, issue #15): its adjective
right before the event noun, its people with the article, 'het land' for the one acted on.
Invented Dutch sentences."""

from __future__ import annotations

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_event_actors
from nieuwsgraaf.records import (
    Analysis,
    Article,
    DateValue,
    Entity,
    EventArgument,
    EventMention,
    Mention,
    Trigger,
)


def _linked(text: str, trigger: str, kind: str, arguments: tuple[tuple[str, str], ...],
            named: tuple[tuple[str, str, str], ...] = ()) -> list[str | None]:
    """The entities the actor step gives the `arguments` (role, words) of the event at `trigger`,
    in an article whose linked mentions are `named` (words, label, entity)."""
    mentions = tuple(Mention(text.index(w), text.index(w) + len(w), w, label, entity) for w, label, entity in named)
    entities = tuple(Entity(m.entity, m.text, m.label, None, (i,)) for i, m in enumerate(mentions))
    at = text.index(trigger)
    event = EventMention(type=kind, mode=None, trigger=Trigger(at, at + len(trigger), trigger),
                         sentence=(0, len(text)), negated=False, modality="asserted", confidence=0.65,
                         arguments=tuple(EventArgument(role, text.index(w), text.index(w) + len(w), w)
                                         for role, w in arguments))
    article = Article(article_id(text), text, None, "https://nos.nl/artikel/9", "nos.nl", None,
                      DateValue("2024-05-02", "day"), "nl", 1.0, "test", "txt")
    linked = link_event_actors(Analysis(article=article, mentions=mentions, entities=entities,
                                        event_mentions=(event,)))
    return [a.entity for a in linked.event_mentions[0].arguments]


def test_a_country_adjective_right_before_the_event_noun_is_its_government():
    text = "De Israëlische aanvallen gingen de hele nacht door."
    assert _linked(text, "aanvallen", "ASSAULT", (("source", "Israëlische"),)) == ["gov:il"]


def test_a_country_adjective_of_another_noun_names_no_actor():
    text = "Een Israëlische delegatie kreeg steun van de burgemeester."
    assert _linked(text, "steun", "SUPPORT", (("target", "Israëlische"),)) == [None]


def test_the_people_of_a_country_with_the_article_are_its_government():
    text = "Barnier verwijt de Britten dat zij de afspraken niet nakomen."
    assert _linked(text, "verwijt", "ACCUSE", (("target", "Britten"),)) == ["gov:gb"]


def test_a_bare_plural_of_a_people_is_some_of_them_not_the_country():
    text = "Volgens de minister moeten Britten vaker hun handen wassen."
    assert _linked(text, "moeten", "REQUEST", (("target", "Britten"),)) != ["gov:gb"]


def test_the_land_acted_on_is_the_country_named_before():
    text = "Het leger nam in Mali de macht over. De Afrikaanse Unie schorste het land meteen."
    found = _linked(text, "schorste", "SANCTION", (("source", "Afrikaanse Unie"), ("target", "het land")),
                    (("Mali", "LOC", "gpe:ml"), ("Afrikaanse Unie", "ORG", "org:afrikaanse-unie")))
    assert found[1] in ("gov:ml", "gpe:ml")


def test_the_land_gone_into_is_a_place_not_an_actor():
    text = "De hulp kwam via Colombia. Guaidó wil de hulp het land binnen krijgen."
    found = _linked(text, "hulp", "AID", (("target", "het land"),), (("Colombia", "LOC", "gpe:co"),))
    assert found == [None]
