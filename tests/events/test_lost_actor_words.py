"""Actor words the events stage found but linked to nothing, so that the event was dropped
(evrecall18, docs/events.md §25): 'Europese' right before an event noun, a person on trial by a
description ('Eén verdachte', 'de vierde beklaagde'), an office tagged MISC in apposition to a name
('Kamervoorzitter Jan Jansen'). Invented Dutch sentences."""

from __future__ import annotations

from parsed import tagged
from written import linked_actors

from nieuwsgraaf.events.component import _argument_span


def test_european_right_before_the_event_noun_is_the_union():
    text = "De Europese sancties treffen vooral de banken."
    assert linked_actors(text, "sancties", "SANCTION", (("source", "Europese"),)) == ["org:eu"]


def test_european_of_another_noun_names_no_actor():
    text = "Een Europese delegatie kreeg steun van de burgemeester."
    assert linked_actors(text, "steun", "SUPPORT", (("target", "Europese"),)) == [None]


def test_one_suspect_acquitted_is_an_actor_of_the_article():
    text = "Eén verdachte werd vrijgesproken door de rechtbank."
    assert linked_actors(text, "vrijgesproken", "CONCEDE", (("target", "Eén verdachte"),)) == ["local:other:een-verdachte"]


def test_defendants_sentenced_are_an_actor_of_the_article():
    text = "Twee andere beklaagden kregen een jaar cel."
    assert linked_actors(text, "cel", "COERCE", (("target", "Twee andere beklaagden"),))[0] is not None


def test_a_thing_counted_is_still_no_actor():
    text = "Eén voorstel werd verworpen door de raad."
    assert linked_actors(text, "verworpen", "REJECT", (("target", "Eén voorstel"),)) == [None]


def test_an_office_tagged_misc_stands_for_the_person_named_beside_it():
    doc = tagged(["Kamervoorzitter", "Jan", "Jansen", "opende", "het", "debat", "."], [3, 0, 1, 3, 5, 3, 3],
                  ["nsubj", "appos", "flat", "ROOT", "det", "obj", "punct"],
                  ["NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                  ["B-MISC", "B-PER", "I-PER", "O", "O", "O", "O"])
    assert _argument_span(doc[0], "source", doc.ents).text == "Jan Jansen"


def test_a_misc_word_without_a_person_beside_it_stays_itself():
    doc = tagged(["Amerikaanse", "diplomaten", "protesteerden", "."], [1, 2, 2, 2],
                  ["amod", "nsubj", "ROOT", "punct"], ["ADJ", "NOUN", "VERB", "PUNCT"], ["B-MISC", "O", "O", "O"])
    assert _argument_span(doc[0], "source", doc.ents).text == "Amerikaanse"
