"""The tree rules of events/arguments.py on parses given by hand (the labels the parser gives
these constructions, right or wrong), so each rule is tested apart from the parser's moods."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.events.arguments import arguments, nearby_arguments

_VOCAB = spacy.blank("nl").vocab


def parsed(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A Doc from (word, lemma, pos, dep, head index) rows."""
    words, lemmas, pos, deps, heads = zip(*rows, strict=True)
    return Doc(_VOCAB, words=list(words), lemmas=list(lemmas), pos=list(pos), deps=list(deps), heads=list(heads))


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_the_perfect_of_a_verb_that_takes_zijn_is_active_even_when_labelled_passive():
    doc = parsed([("Het", "het", "DET", "det", 1), ("kabinet", "kabinet", "NOUN", "nsubj:pass", 3),
                  ("is", "zijn", "AUX", "aux:pass", 3), ("gevallen", "vallen", "VERB", "ROOT", 3),
                  (".", ".", "PUNCT", "punct", 3)])
    found = arguments(doc[3], "RETREAT", "resign")
    assert (texts(found.sources), texts(found.targets)) == (["kabinet"], [])


def test_a_real_passive_with_zijn_keeps_its_subject_as_the_target():
    doc = parsed([("De", "de", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj:pass", 3),
                  ("is", "zijn", "AUX", "aux:pass", 3), ("aangevallen", "aanvallen", "VERB", "ROOT", 3),
                  ("door", "door", "ADP", "case", 6), ("de", "de", "DET", "det", 6),
                  ("demonstranten", "demonstrant", "NOUN", "obl:agent", 3), (".", ".", "PUNCT", "punct", 3)])
    found = arguments(doc[3], "ASSAULT", None)
    assert (texts(found.sources), texts(found.targets)) == (["demonstranten"], ["minister"])


def test_a_separable_verb_with_zijn_is_active_too():
    doc = parsed([("De", "de", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj:pass", 3),
                  ("is", "zijn", "AUX", "aux:pass", 3), ("afgetreden", "aftreden", "VERB", "ROOT", 3),
                  (".", ".", "PUNCT", "punct", 3)])
    found = arguments(doc[3], "RETREAT", "resign")
    assert texts(found.sources) == ["minister"]


def test_two_parties_doing_it_to_each_other_read_as_objects_go_from_the_first_to_the_second():
    doc = parsed([("Toch", "toch", "ADV", "advmod", 1), ("beschuldigen", "beschuldigen", "VERB", "ROOT", 1),
                  ("Israël", "Israël", "PROPN", "obj", 1), ("en", "en", "CCONJ", "cc", 4),
                  ("Hamas", "Hamas", "PROPN", "conj", 2), ("elkaar", "elkaar", "PRON", "xcomp", 1),
                  (".", ".", "PUNCT", "punct", 1)])
    found = arguments(doc[1], "ACCUSE", "allege")
    assert (texts(found.sources), texts(found.targets)) == (["Israël"], ["Hamas"])


def test_the_other_noun_of_a_relative_clause_on_an_event_noun_does_it():
    doc = parsed([("De", "de", "DET", "det", 1), ("heffingen", "heffing", "NOUN", "nsubj", 8),
                  ("die", "die", "PRON", "obj", 6), ("de", "de", "DET", "det", 4),
                  ("regering", "regering", "NOUN", "iobj", 6), ("heeft", "hebben", "AUX", "aux", 6),
                  ("ingesteld", "instellen", "VERB", "acl:relcl", 1), (",", ",", "PUNCT", "punct", 8),
                  ("treffen", "treffen", "VERB", "ROOT", 8), ("Europa", "Europa", "PROPN", "obj", 8),
                  (".", ".", "PUNCT", "punct", 8)])
    found = arguments(doc[1], "SANCTION", "discontinue")
    assert texts(found.sources) == ["regering"]


def test_a_relative_clause_in_the_passive_names_no_doer():
    doc = parsed([("De", "de", "DET", "det", 1), ("sancties", "sanctie", "NOUN", "nsubj", 7),
                  ("die", "die", "PRON", "nsubj:pass", 4), ("werden", "worden", "AUX", "aux:pass", 4),
                  ("ingesteld", "instellen", "VERB", "acl:relcl", 1), ("tegen", "tegen", "ADP", "case", 6),
                  ("Rusland", "Rusland", "PROPN", "obl", 4), ("treffen", "treffen", "VERB", "ROOT", 7),
                  ("banken", "bank", "NOUN", "obj", 7), (".", ".", "PUNCT", "punct", 7)])
    found = arguments(doc[1], "SANCTION", "discontinue")
    assert texts(found.sources) == []


def test_who_has_to_go_into_a_cell_undergoes_it():
    doc = parsed([("Toen", "toen", "ADV", "advmod", 1), ("moest", "moeten", "VERB", "ROOT", 1),
                  ("hij", "hij", "PRON", "nsubj", 1), ("de", "de", "DET", "det", 4), ("cel", "cel", "NOUN", "obj", 1),
                  ("in", "in", "ADP", "compound:prt", 1), (".", ".", "PUNCT", "punct", 1)])
    found = arguments(doc[4], "COERCE", "arrest")
    assert (texts(found.sources), texts(found.targets)) == ([], ["hij"])


def test_who_puts_someone_in_a_cell_does_it():
    doc = parsed([("De", "de", "DET", "det", 1), ("rechter", "rechter", "NOUN", "nsubj", 2),
                  ("stopte", "stoppen", "VERB", "ROOT", 2), ("hem", "hij", "PRON", "obj", 2),
                  ("in", "in", "ADP", "case", 6), ("de", "de", "DET", "det", 6), ("cel", "cel", "NOUN", "obl", 2),
                  (".", ".", "PUNCT", "punct", 2)])
    found = arguments(doc[6], "COERCE", "arrest")
    assert (texts(found.sources), texts(found.targets)) == (["rechter"], ["hem"])


def test_without_a_tree_the_names_coordinated_before_the_trigger_act_together():
    doc = Doc(_VOCAB, words=["Toen", "VVD", "en", "CDA", "een", "akkoord", "sloten", "met", "D66", "."],
              ents=["O", "B-ORG", "O", "B-ORG", "O", "O", "O", "O", "B-ORG", "O"])
    found = nearby_arguments(doc[5], doc[:])
    assert (texts(found.sources), texts(found.targets)) == (["VVD", "CDA"], ["D66"])


def test_without_a_tree_a_name_not_coordinated_with_the_last_one_stays_out():
    doc = Doc(_VOCAB, words=["Volgens", "Rutte", "heeft", "CDA", "een", "akkoord", "gesloten", "."],
              ents=["O", "B-PER", "O", "B-ORG", "O", "O", "O", "O"])
    found = nearby_arguments(doc[5], doc[:])
    assert texts(found.sources) == ["CDA"]


def test_the_name_before_the_finite_verb_is_the_subject_the_parser_missed():
    doc = parsed([("Xi", "Xi", "PROPN", "iobj", 4), ("zou", "zullen", "AUX", "aux", 4),
                  ("Biden", "Biden", "PROPN", "obj", 4), ("hebben", "hebben", "AUX", "aux", 4),
                  ("gewaarschuwd", "waarschuwen", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4)])
    found = arguments(doc[4], "THREATEN", None)
    assert (texts(found.sources), texts(found.targets)) == (["Xi"], ["Biden"])


def test_an_object_put_first_stays_an_object_when_the_clause_has_a_subject():
    doc = parsed([("Biden", "Biden", "PROPN", "obj", 4), ("heeft", "hebben", "AUX", "aux", 4),
                  ("Xi", "Xi", "PROPN", "nsubj", 4), ("gisteren", "gisteren", "ADV", "advmod", 4),
                  ("gewaarschuwd", "waarschuwen", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4)])
    found = arguments(doc[4], "THREATEN", None)
    assert (texts(found.sources), texts(found.targets)) == (["Xi"], ["Biden"])
