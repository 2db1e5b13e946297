"""Criticism and praise in attributed speech (events/judgements.py, docs/events.md §51, §55) on hand-parsed sentences of our own."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.events.judgements import find_judgements, judgement_words


def _parsed(rows: list[tuple[str, str, int, str, str]], ents: list[str] | None = None) -> Doc:
    """rows: (word, lemma, head index, relation, tag)."""
    words, lemmas, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    return Doc(spacy.blank("nl").vocab, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos,
               ents=ents or ["O"] * len(words))


def _blames(doc: Doc, accusations: set[int] | None = None) -> list[tuple[str, list[str], list[str], bool]]:
    sent = doc[:]
    return [(hit.hit.token.text, [t.text for t in hit.found.sources], [t.text for t in hit.found.targets], hit.by_speaker)
            for hit in find_judgements(sent, set(), {"ACCUSE": accusations or set()})]


def _said(first: list[tuple[str, str, int, str, str]]) -> Doc:
    """`first` (three words, one of them the root), then ', zei Jansen.'"""
    root = next(i for i, row in enumerate(first) if row[3] == "ROOT")
    said = [(",", ",", root, "punct", "PUNCT"), ("zei", "zeggen", root, "parataxis", "VERB"),
            ("Jansen", "Jansen", 4, "nsubj", "PROPN"), (".", ".", root, "punct", "PUNCT")]
    return _parsed(first + said, ents=["O"] * len(first) + ["O", "O", "B-PER", "O"])


def test_the_list_holds_words_of_blame_of_each_kind():
    words = judgement_words()
    assert {words[w][0] for w in ("heksenjacht", "liegen", "gebrekkig")} == {"NOUN", "VERB", "ADJ"}
    assert {words[w][1] for w in ("heksenjacht", "liegen", "gebrekkig")} == {"ACCUSE"}


def test_a_fault_as_predicate_is_the_sayers_accusation():
    doc = _said([("Dit", "dit", 2, "nsubj", "PRON"), ("is", "zijn", 2, "cop", "AUX"), ("chantage", "chantage", 2, "ROOT", "NOUN")])
    assert _blames(doc) == [("chantage", ["Jansen"], [], False)]


def test_a_negated_fault_blames_no_one():
    doc = _parsed([("Dit", "dit", 3, "nsubj", "PRON"), ("is", "zijn", 3, "cop", "AUX"), ("geen", "geen", 3, "det", "DET"),
                   ("chantage", "chantage", 3, "ROOT", "NOUN"), (",", ",", 3, "punct", "PUNCT"), ("zei", "zeggen", 3, "parataxis", "VERB"),
                   ("Jansen", "Jansen", 5, "nsubj", "PROPN"), (".", ".", 3, "punct", "PUNCT")],
                  ents=["O", "O", "O", "O", "O", "O", "B-PER", "O"])
    assert _blames(doc) == []


def test_a_lie_is_said_of_its_subject():
    doc = _said([("Hij", "hij", 1, "nsubj", "PRON"), ("liegt", "liegen", 1, "ROOT", "VERB"), ("weer", "weer", 1, "advmod", "ADV")])
    assert _blames(doc) == [("liegt", ["Jansen"], ["Hij"], False)]


def test_whoever_breaks_a_rule_is_no_one_accused():
    doc = _said([("Wie", "wie", 2, "nsubj", "PRON"), ("regels", "regel", 2, "obj", "NOUN"), ("schendt", "schenden", 2, "ROOT", "VERB")])
    assert _blames(doc) == []


def test_the_speakers_own_fault_is_no_accusation():
    doc = _said([("We", "we", 2, "nsubj", "PRON"), ("fout", "fout", 2, "obj", "NOUN"), ("maakten", "maken", 2, "ROOT", "VERB")])
    assert _blames(doc) == []


def test_a_fault_fought_against_is_a_topic_not_a_judgement():
    doc = _said([("Zij", "zij", 2, "nsubj", "PRON"), ("corruptie", "corruptie", 2, "obj", "NOUN"),
                 ("bestrijden", "bestrijden", 2, "ROOT", "VERB")])
    assert _blames(doc) == []


def test_who_speaks_of_a_witch_hunt_accuses():
    doc = _parsed([("Jansen", "Jansen", 1, "nsubj", "PROPN"), ("spreekt", "spreken", 1, "ROOT", "VERB"),
                   ("van", "van", 4, "case", "ADP"), ("een", "een", 4, "det", "DET"), ("heksenjacht", "heksenjacht", 1, "obl", "NOUN"),
                   (".", ".", 1, "punct", "PUNCT")], ents=["B-PER", "O", "O", "O", "O", "O"])
    assert _blames(doc) == [("heksenjacht", ["Jansen"], [], False)]


def test_a_fault_in_a_quote_without_sayer_is_left_to_the_quotes_speaker():
    doc = _parsed([("Dit", "dit", 2, "nsubj", "PRON"), ("is", "zijn", 2, "cop", "AUX"), ("chantage", "chantage", 2, "ROOT", "NOUN"),
                   (".", ".", 2, "punct", "PUNCT")])
    assert _blames(doc) == [("chantage", [], [], True)]


def test_a_fault_in_a_question_is_asked_not_said():
    doc = _parsed([("Is", "zijn", 2, "cop", "AUX"), ("dit", "dit", 2, "nsubj", "PRON"), ("chantage", "chantage", 2, "ROOT", "NOUN"),
                   ("?", "?", 2, "punct", "PUNCT")])
    assert _blames(doc) == []


def test_a_fault_inside_an_accusation_already_read_is_that_ones():
    doc = _parsed([("Jansen", "Jansen", 1, "nsubj", "PROPN"), ("beschuldigt", "beschuldigen", 1, "ROOT", "VERB"),
                   ("hem", "hem", 1, "obj", "PRON"), ("van", "van", 4, "case", "ADP"), ("chantage", "chantage", 1, "obl", "NOUN"),
                   (".", ".", 1, "punct", "PUNCT")], ents=["B-PER", "O", "O", "O", "O", "O"])
    assert _blames(doc, accusations={1}) == []


def test_the_lists_give_praise_its_own_event():
    words = judgement_words()
    assert words["mijlpaal"] == ("NOUN", "SUPPORT", None)
    assert words["uitblinken"][:2] == ("VERB", "SUPPORT")


def test_praise_as_predicate_is_the_sayers_support():
    doc = _said([("Dit", "dit", 2, "nsubj", "PRON"), ("is", "zijn", 2, "cop", "AUX"), ("mijlpaal", "mijlpaal", 2, "ROOT", "NOUN")])
    hits = find_judgements(doc[:], set(), {})
    assert [(h.hit.token.text, h.hit.entries[0].type, [t.text for t in h.found.sources]) for h in hits] == [
        ("mijlpaal", "SUPPORT", ["Jansen"])]


def test_a_good_deed_is_said_of_its_doer_and_not_of_the_speakers_own_side():
    doc = _said([("Zij", "zij", 1, "nsubj", "PRON"), ("blonk", "uitblinken", 1, "ROOT", "VERB"), ("uit", "uit", 1, "compound:prt", "ADP")])
    assert _blames(doc) == [("blonk", ["Jansen"], ["Zij"], False)]
    own = _said([("Wij", "wij", 1, "nsubj", "PRON"), ("blonken", "uitblinken", 1, "ROOT", "VERB"), ("uit", "uit", 1, "compound:prt", "ADP")])
    assert _blames(own) == []


def test_negated_praise_praises_no_one():
    doc = _parsed([("Dit", "dit", 3, "nsubj", "PRON"), ("is", "zijn", 3, "cop", "AUX"), ("geen", "geen", 3, "det", "DET"),
                   ("mijlpaal", "mijlpaal", 3, "ROOT", "NOUN"), (",", ",", 3, "punct", "PUNCT"), ("zei", "zeggen", 3, "parataxis", "VERB"),
                   ("Jansen", "Jansen", 5, "nsubj", "PROPN"), (".", ".", 3, "punct", "PUNCT")],
                  ents=["O", "O", "O", "O", "O", "O", "B-PER", "O"])
    assert _blames(doc) == []


def test_praise_inside_a_praise_already_read_is_that_ones():
    doc = _parsed([("Jansen", "Jansen", 1, "nsubj", "PROPN"), ("prees", "prijzen", 1, "ROOT", "VERB"), ("de", "de", 3, "det", "DET"),
                   ("moed", "moed", 1, "obj", "NOUN"), ("van", "van", 5, "case", "ADP"), ("Pietersen", "Pietersen", 3, "nmod", "PROPN"),
                   (".", ".", 1, "punct", "PUNCT")], ents=["B-PER", "O", "O", "O", "O", "B-PER", "O"])
    assert [h.hit.token.text for h in find_judgements(doc[:], set(), {})] == ["moed"]
    assert find_judgements(doc[:], set(), {"SUPPORT": {1}}) == []
