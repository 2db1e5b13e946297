"""A date with no preposition of its own that the parser hangs on a noun is the clause's date
(docs/events.md section 7, rule 1); a noun's own date has a preposition ('van vorige maand')."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from nieuwsgraaf.events.dating import clause_time
from nieuwsgraaf.events.noun_dates import bare_on_noun


def _parsed(rows: list[tuple[str, int, str, str]]) -> Doc:
    """A Doc from (word, head index, dependency, part of speech) rows."""
    words, heads, deps, pos = zip(*rows, strict=True)
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), pos=list(pos))


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


# 'De beslissing werd door een raad vorige week genomen .' with 'vorige week' hung on 'raad'
BARE = [("De", 1, "det", "DET"), ("beslissing", 8, "nsubj:pass", "NOUN"), ("werd", 8, "aux:pass", "AUX"),
        ("door", 5, "case", "ADP"), ("een", 5, "det", "DET"), ("raad", 8, "obl", "NOUN"),
        ("vorige", 7, "amod", "ADJ"), ("week", 5, "nmod", "NOUN"), ("genomen", 8, "ROOT", "VERB"),
        (".", 8, "punct", "PUNCT")]
# 'De beslissing werd na het overleg van vorige week genomen .': the date of the talks only
OWN = [("De", 1, "det", "DET"), ("beslissing", 9, "nsubj:pass", "NOUN"), ("werd", 9, "aux:pass", "AUX"),
       ("na", 5, "case", "ADP"), ("het", 5, "det", "DET"), ("overleg", 9, "obl", "NOUN"),
       ("van", 8, "case", "ADP"), ("vorige", 8, "amod", "ADJ"), ("week", 5, "nmod", "NOUN"),
       ("genomen", 9, "ROOT", "VERB"), (".", 9, "punct", "PUNCT")]


def test_a_date_without_a_preposition_on_a_noun_dates_the_clause():
    doc = _parsed(BARE)
    assert bare_on_noun(doc[7])
    assert clause_time(doc[8], [_span(doc, 6, 7)]) == _span(doc, 6, 7)


def test_a_date_a_preposition_ties_to_a_noun_dates_only_that_noun():
    doc = _parsed(OWN)
    assert not bare_on_noun(doc[8])
    assert clause_time(doc[9], [_span(doc, 7, 8)]) is None
