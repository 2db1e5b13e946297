"""A 'hij' or 'zij' that acts has the antecedent the quote stage's resolver gives a pronoun that speaks
(quotes/salience.py, handed to the event-actor step by the pipeline): the subject of a main clause, not
the person named last; inside a relative clause it is still the name right before it."""

from __future__ import annotations

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_event_actors
from nieuwsgraaf.quotes import article_salience
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

PEOPLE = (("Jan de Vries", "per:jan-de-vries"), ("Karel Smit", "per:karel-smit"))


def source_of(text: str, pronoun: str, trigger: str, resolver=article_salience) -> str | None:
    """The entity the event-actor step gives the pronoun `pronoun` (first occurrence) acting at `trigger`."""
    mentions = tuple(Mention(text.index(w), text.index(w) + len(w), w, "PER", e) for w, e in PEOPLE)
    entities = tuple(Entity(m.entity, m.text, "PER", None, (i,), "male") for i, m in enumerate(mentions))
    at, who = text.index(trigger), text.index(pronoun)
    event = EventMention(type="REQUEST", mode=None, trigger=Trigger(at, at + len(trigger), trigger),
                         sentence=(0, len(text)), negated=False, modality="asserted", confidence=0.65,
                         arguments=(EventArgument("source", who, who + len(pronoun), pronoun.strip()),))
    article = Article(article_id(text), text, None, "https://nos.nl/artikel/7", "nos.nl", None,
                      DateValue("2024-05-02", "day"), "nl", 1.0, "test", "txt")
    linked = link_event_actors(Analysis(article=article, mentions=mentions, entities=entities,
                                        event_mentions=(event,)), antecedents=resolver)
    return linked.event_mentions[0].arguments[0].entity


def test_a_pronoun_opening_a_sentence_is_the_subject_before_not_the_person_named_last():
    text = "Jan de Vries sprak dinsdag met Karel Smit. Hij eiste een onderzoek naar de zaak."
    assert source_of(text, "Hij", "eiste") == "per:jan-de-vries"


def test_without_the_resolver_a_pronoun_is_the_person_named_last():
    text = "Jan de Vries sprak dinsdag met Karel Smit. Hij eiste een onderzoek naar de zaak."
    assert source_of(text, "Hij", "eiste", resolver=None) == "per:karel-smit"


def test_a_pronoun_after_a_relative_adverb_is_the_name_right_before_it():
    text = "Jan de Vries reageerde op de toespraak van Karel Smit, waarin hij een onderzoek eiste."
    assert source_of(text, "hij", "eiste") == "per:karel-smit"


def test_a_pronoun_after_the_fronted_verb_continues_the_subject():
    text = "Jan de Vries belde Karel Smit op. Later die dag eiste hij een onderzoek naar de zaak."
    assert source_of(text, "hij", "eiste") == "per:jan-de-vries"


def test_a_pronoun_after_a_fronted_object_clause_holding_the_event_is_not_read_as_its_subject():
    text = "Jan de Vries sprak in Den Haag. Dat Karel Smit een onderzoek eiste, noemt hij een vergissing."
    assert source_of(text, "hij", "eiste") == "per:karel-smit"
