"""Actor words the events stage found but linked to nothing, so that the event was dropped
(evrecall18, docs/events.md §25): 'Europese' right before an event noun, a person on trial by a
description ('Eén verdachte', 'de vierde beklaagde'), an office tagged MISC in apposition to a name
('Kamervoorzitter Jan Jansen'). Invented Dutch sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_event_actors
from nieuwsgraaf.events.component import _argument_span
from nieuwsgraaf.records import Analysis, Article, DateValue, EventArgument, EventMention, Trigger


def _linked(text: str, trigger: str, kind: str, arguments: tuple[tuple[str, str], ...]) -> list[str | None]:
    """The entities the actor step gives the `arguments` (role, words) of the event at `trigger`."""
    at = text.index(trigger)
    event = EventMention(type=kind, mode=None, trigger=Trigger(at, at + len(trigger), trigger),
                         sentence=(0, len(text)), negated=False, modality="asserted", confidence=0.65,
                         arguments=tuple(EventArgument(role, text.index(w), text.index(w) + len(w), w)
                                         for role, w in arguments))
    article = Article(article_id(text), text, None, "https://nos.nl/artikel/9", "nos.nl", None,
                      DateValue("2024-05-02", "day"), "nl", 1.0, "test", "txt")
    linked = link_event_actors(Analysis(article=article, event_mentions=(event,)))
    return [a.entity for a in linked.event_mentions[0].arguments]


def test_european_right_before_the_event_noun_is_the_union():
    text = "De Europese sancties treffen vooral de banken."
    assert _linked(text, "sancties", "SANCTION", (("source", "Europese"),)) == ["org:eu"]


def test_european_of_another_noun_names_no_actor():
    text = "Een Europese delegatie kreeg steun van de burgemeester."
    assert _linked(text, "steun", "SUPPORT", (("target", "Europese"),)) == [None]


def test_one_suspect_acquitted_is_an_actor_of_the_article():
    text = "Eén verdachte werd vrijgesproken door de rechtbank."
    assert _linked(text, "vrijgesproken", "CONCEDE", (("target", "Eén verdachte"),)) == ["local:other:een-verdachte"]


def test_defendants_sentenced_are_an_actor_of_the_article():
    text = "Twee andere beklaagden kregen een jaar cel."
    assert _linked(text, "cel", "COERCE", (("target", "Twee andere beklaagden"),))[0] is not None


def test_a_thing_counted_is_still_no_actor():
    text = "Eén voorstel werd verworpen door de raad."
    assert _linked(text, "verworpen", "REJECT", (("target", "Eén voorstel"),)) == [None]


def _tagged(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("nl").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_an_office_tagged_misc_stands_for_the_person_named_beside_it():
    doc = _tagged(["Kamervoorzitter", "Jan", "Jansen", "opende", "het", "debat", "."], [3, 0, 1, 3, 5, 3, 3],
                  ["nsubj", "appos", "flat", "ROOT", "det", "obj", "punct"],
                  ["NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                  ["B-MISC", "B-PER", "I-PER", "O", "O", "O", "O"])
    assert _argument_span(doc[0], "source", doc.ents).text == "Jan Jansen"


def test_a_misc_word_without_a_person_beside_it_stays_itself():
    doc = _tagged(["Amerikaanse", "diplomaten", "protesteerden", "."], [1, 2, 2, 2],
                  ["amod", "nsubj", "ROOT", "punct"], ["ADJ", "NOUN", "VERB", "PUNCT"], ["B-MISC", "O", "O", "O"])
    assert _argument_span(doc[0], "source", doc.ents).text == "Amerikaanse"
