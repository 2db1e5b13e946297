"""events/doctext.text_between gives exactly the slice of doc.text, wherever the offsets fall."""

import spacy

from nieuwsgraaf.events.doctext import text_between


def _doc(text: str):
    return spacy.blank("nl")(text)


def test_every_slice_matches_the_text():
    doc = _doc("Op 3  en 4 mei\n\nsprak de minister.  Daarna  niet ")
    for start in range(len(doc.text) + 2):
        for end in range(len(doc.text) + 2):
            assert text_between(doc, start, end) == doc.text[start:end]


def test_the_words_between_two_dates():
    doc = _doc("Zowel woensdag als donderdag vergaderen ze.")
    assert text_between(doc, len("Zowel woensdag"), len("Zowel woensdag als ")) == " als "


def test_empty_doc_and_reversed_offsets():
    assert text_between(_doc(""), 0, 4) == ""
    assert text_between(_doc("Nu wel."), 5, 2) == ""
