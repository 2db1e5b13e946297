"""The extent of an event actor's words (evactors26): a share of a group runs through its 'van' phrase
('een meerderheid van de leden'), coordinated adjectives stay with their noun ('Franse en Duitse
agenten'), a number stays with the plural name it counts ('Zes Republikeinen'). Invented sentences."""

from __future__ import annotations

from parsed import tagged

from nieuwsgraaf.events.component import _argument_span
from nieuwsgraaf.events.shares import share_phrase


def test_a_share_noun_runs_through_its_van_phrase_and_the_phrases_on_the_group():
    doc = tagged(["een", "meerderheid", "van", "de", "boeren", "uit", "Zeeland", "stemde", "tegen", "."],
                  [1, 7, 4, 4, 1, 6, 4, 7, 7, 7],
                  ["det", "nsubj", "case", "det", "nmod", "case", "nmod", "ROOT", "advmod", "punct"],
                  ["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"],
                  ["O", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"])
    assert _argument_span(doc[1], "source", doc.ents).text == "een meerderheid van de boeren uit Zeeland"


def test_a_quantifier_pronoun_with_a_van_phrase_is_a_share_but_a_plain_noun_is_not():
    doc = tagged(["Sommigen", "van", "de", "stakers", "gaven", "op", "."], [4, 3, 3, 0, 4, 4, 4],
                  ["nsubj", "case", "det", "nmod", "ROOT", "compound:prt", "punct"],
                  ["PRON", "ADP", "DET", "NOUN", "VERB", "ADP", "PUNCT"])
    assert share_phrase(doc[0]).text == "Sommigen van de stakers"
    doc = tagged(["De", "leraar", "van", "de", "school", "staakte", "."], [1, 5, 4, 4, 1, 5, 5],
                  ["det", "nsubj", "case", "det", "nmod", "ROOT", "punct"],
                  ["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"])
    assert share_phrase(doc[1]) is None


def test_a_clause_on_the_group_is_no_part_of_the_share():
    doc = tagged(["Velen", "van", "de", "stakers", ",", "die", "boos", "waren", ",", "vertrokken", "."],
                  [9, 3, 3, 0, 7, 7, 7, 3, 7, 9, 9],
                  ["nsubj", "case", "det", "nmod", "punct", "nsubj", "xcomp", "acl:relcl", "punct", "ROOT", "punct"],
                  ["PRON", "ADP", "DET", "NOUN", "PUNCT", "PRON", "ADJ", "AUX", "PUNCT", "VERB", "PUNCT"])
    assert share_phrase(doc[0]).text == "Velen van de stakers"


def test_coordinated_adjectives_stay_with_their_noun():
    doc = tagged(["Franse", "en", "Duitse", "agenten", "grepen", "in", "."], [3, 2, 0, 4, 4, 4, 4],
                  ["nmod", "cc", "conj", "nsubj", "ROOT", "compound:prt", "punct"],
                  ["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "ADP", "PUNCT"],
                  ["B-MISC", "O", "B-MISC", "O", "O", "O", "O"])
    assert _argument_span(doc[3], "source", doc.ents).text == "Franse en Duitse agenten"


def test_a_single_country_adjective_of_a_noun_is_still_the_name():
    doc = tagged(["Franse", "agenten", "grepen", "in", "."], [1, 2, 2, 2, 2],
                  ["nmod", "nsubj", "ROOT", "compound:prt", "punct"], ["ADJ", "NOUN", "VERB", "ADP", "PUNCT"],
                  ["B-MISC", "O", "O", "O", "O"])
    assert _argument_span(doc[1], "source", doc.ents).text == "Franse"


def test_a_number_stays_with_the_plural_name_it_counts():
    doc = tagged(["Zes", "Republikeinen", "stemden", "tegen", "."], [1, 2, 2, 2, 2],
                  ["nummod", "nsubj", "ROOT", "advmod", "punct"], ["NUM", "PROPN", "VERB", "ADV", "PUNCT"],
                  ["O", "B-MISC", "O", "O", "O"])
    assert _argument_span(doc[1], "source", doc.ents).text == "Zes Republikeinen"
    doc = tagged(["Zes", "Republikeinen", "stemden", "tegen", "."], [2, 0, 2, 2, 2],
                  ["nsubj", "fixed", "ROOT", "advmod", "punct"], ["NUM", "NOUN", "VERB", "ADV", "PUNCT"],
                  ["O", "B-MISC", "O", "O", "O"])
    assert _argument_span(doc[0], "source", doc.ents).text == "Zes Republikeinen"
