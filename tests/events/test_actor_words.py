"""Actor words the actor linking reads as Dutch syntax and docs/events.md §4 say (actors13): pronouns
that stand for a person, Europe acting or addressed."""

from __future__ import annotations

from written import event_on, events_of, linked_actors

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


def test_a_pronoun_that_acts_is_not_the_person_its_own_event_names(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Rudi Vervoort sprak gisteren met Yvan Mayeur, maar hij eiste niet "
                       "het ontslag van Mayeur.", "2024-03-02")
    demand = next(e for e in events if e["type"] == "REQUEST")
    assert demand["source"] == "per:rudi-vervoort", demand["arguments"]


def test_a_pronoun_stands_for_a_person_never_a_thing_labelled_as_one():
    text = "Maggie De Block sprak in Brussel. Het glas is halfvol en ze belooft beterschap."
    glass, she = text.index("Het glas"), text.index("ze belooft")
    mentions = (Mention(0, 15, "Maggie De Block", "PER", "per:maggie-de-block"),
                Mention(glass, glass + 8, "Het glas", "PER", "local:other:het-glas"))
    promise = EventMention(type="AGREE", mode=None, trigger=Trigger(she + 3, she + 10, "belooft"),
                           sentence=(text.index("Het"), len(text)), negated=False, modality="asserted",
                           confidence=0.65, arguments=(EventArgument("source", she, she + 2, "ze"),))
    article = Article(article_id(text), text, None, "https://www.nos.nl/x", "nos.nl", None,
                      DateValue("2017-11-20", "day"), "nl", 1.0, "test", "txt")
    entities = (Entity("per:maggie-de-block", "Maggie De Block", "PER", None, (0,)),
                Entity("local:other:het-glas", "Het glas", "PER", None, (1,)))
    linked = link_event_actors(Analysis(article=article, mentions=mentions, entities=entities,
                                        event_mentions=(promise,)))
    assert [a.entity for a in linked.event_mentions[0].arguments] == ["per:maggie-de-block"]


def test_europe_addressed_in_words_is_the_eu(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Recep Tayyip Erdogan beschuldigde Europa van hypocrisie.", "2016-11-25")
    assert event_on(events, "beschuldigde")["target"] == "org:eu"


def _linked_source(text: str, words: str) -> str | None:
    """The entity of `words` as the source of an event triggered by the word right after them, with no mentions."""
    trigger = text[text.index(words) + len(words) + 1:].split()[0].rstrip(".")
    return linked_actors(text, trigger, "PROTEST", (("source", words),), published="2020-05-04")[0]


def test_a_group_keeps_the_article_its_words_were_given_without():
    # docs/events.md §3: a group's local id is the slug of its phrase, article included
    assert _linked_source("Gisteren gingen de Brabanders betogen.", "Brabanders") == "local:other:de-brabanders"


def test_a_group_without_article_gets_none():
    assert _linked_source("Gisteren gingen Brabanders betogen.", "Brabanders") == "local:other:brabanders"


def test_a_plural_noun_for_people_that_acts_is_a_group_of_its_phrase():
    # no word list names them: the plural form of an agent noun does (-ers, -isten, -igen)
    assert _linked_source("Gisteren gingen de dijkwerkers betogen.", "dijkwerkers") == "local:other:de-dijkwerkers"
    assert _linked_source("Gisteren gingen zes medeschuldigen betogen.", "zes medeschuldigen") \
        == "local:other:zes-medeschuldigen"


def test_a_plural_in_the_same_form_that_names_things_is_no_actor():
    assert _linked_source("Gisteren gingen de cijfers betogen.", "cijfers") is None
    assert _linked_source("Om die reden gingen de pensioenen betogen.", "pensioenen") is None


def test_the_international_community_is_an_actor():
    assert _linked_source("Nu gaat de internationale gemeenschap betogen.", "de internationale gemeenschap") \
        == "local:other:de-internationale-gemeenschap"


def _linked_target(text: str, words: str, trigger_word: str, event_type: str) -> str | None:
    """The entity of `words` as the one acted on in an event of `event_type` on `trigger_word`."""
    return linked_actors(text, trigger_word, event_type, (("target", words),), published="2020-05-04")[0]


def test_a_plural_noun_for_people_acted_on_alone_is_no_actor():
    # 'opvang voor de nieuwkomers': those a measure concerns, not a party to an event
    assert _linked_target("De stad regelt opvang voor de nieuwkomers.", "nieuwkomers", "opvang", "AID") is None


def test_a_plural_noun_for_people_held_or_charged_is_a_group_of_its_phrase():
    # the people arrested or charged are the event's other party, unlike those a measure concerns
    assert _linked_target("Kort daarna werden de dijkwerkers opgepakt.", "de dijkwerkers", "opgepakt", "COERCE") \
        == "local:other:de-dijkwerkers"
    assert _linked_target("Ook vier medeschuldigen worden vervolgd.", "vier medeschuldigen", "vervolgd", "ACCUSE") \
        == "local:other:vier-medeschuldigen"


def test_a_plural_noun_for_people_attacked_is_still_no_actor():
    # 'moord op christenen': whom an attack concerns, no party of the article's conflict
    assert _linked_target("Hij sprak over aanvallen op dijkwerkers.", "dijkwerkers", "aanvallen", "ASSAULT") is None


def test_a_counted_group_held_charged_or_attacked_is_a_group_of_its_phrase():
    assert _linked_target("Twee mannen kregen straf. Vijf anderen werden vrijgesproken.", "Vijf anderen",
                          "vrijgesproken", "CONCEDE") == "local:other:vijf-anderen"
    assert _linked_target("Het OM vervolgt de vier voor vernieling.", "de vier", "vervolgt", "ACCUSE") \
        == "local:other:de-vier"
    assert _linked_target("Daarbij werden 40 anderen ontvoerd.", "40 anderen", "ontvoerd", "ASSAULT") \
        == "local:other:40-anderen"


def test_a_number_that_counts_things_is_no_actor_of_aid():
    assert _linked_target("De stad gaf hulp aan de vier.", "de vier", "hulp", "AID") is None


def test_holders_of_a_mandate_and_followers_of_a_creed_that_act_are_a_group_of_their_phrase():
    # -aris plurals ('commissarissen') and creed adjectives made nouns ('de radicalen'), evlocal31
    assert _linked_source("Gisteren gingen drie commissarissen betogen.", "drie commissarissen") \
        == "local:other:drie-commissarissen"
    assert _linked_source("Gisteren gingen de radicalen betogen.", "radicalen") == "local:other:de-radicalen"


def test_a_plural_of_a_creed_form_that_names_things_is_no_actor():
    assert _linked_source("Gisteren gingen de mineralen betogen.", "mineralen") is None
    assert _linked_source("Gisteren gingen de signalen betogen.", "signalen") is None


def test_a_counted_group_of_men_or_women_is_a_group_of_its_phrase():
    assert _linked_target("Zeven vrouwen werden opgepakt.", "Zeven vrouwen", "opgepakt", "COERCE") \
        == "local:other:zeven-vrouwen"
    assert _linked_source("Gisteren gingen elf mannen betogen.", "elf mannen") == "local:other:elf-mannen"
