"""Unnamed source phrases read on their own (quotes/source_phrases.py), with invented sentences:
how far the phrase runs, the body it is tied to, and the person a description names."""

from __future__ import annotations

from nieuwsgraaf.quotes import default_rules
from nieuwsgraaf.quotes.speaker_words import SpeakerReader
from nieuwsgraaf.records import Mention


def _reader(text: str, *named: tuple[str, str, str]) -> SpeakerReader:
    mentions = [Mention(text.index(words), text.index(words) + len(words), words, label, entity)
                for words, label, entity in named]
    return SpeakerReader(text, mentions, default_rules(), [])


def test_a_spokesman_of_a_union_named_in_apposition_is_tied_to_the_union():
    text = "Een woordvoerder van de bond Metaalunie zegt dat de staking doorgaat."
    reader = _reader(text, ("Metaalunie", "ORG", "org:metaalunie"))
    ref = reader.sources.read(0, text.index(" zegt"))
    assert (ref.kind, ref.text) == ("description", "Een woordvoerder van de bond Metaalunie")
    assert ref.affiliation == (text.index("Metaalunie"), text.index(" zegt"))


def test_where_unnamed_sources_are_belongs_to_the_phrase():
    text = "Bronnen in Lissabon melden dat de top wordt uitgesteld."
    ref = _reader(text).sources.read(0, text.index(" melden"))
    assert ref is not None and ref.text == "Bronnen in Lissabon"


def test_a_person_named_after_a_description_is_the_one_described():
    text = "De directeur van de haven Karel Smits zegt dat het drukker wordt."
    reader = _reader(text, ("Karel Smits", "PER", "local:per:karel-smits"))
    ref = reader.sources.read(0, text.index(" zegt"))
    assert (ref.kind, ref.text) == ("mention", "Karel Smits")


def test_words_that_open_no_source_are_no_unnamed_source():
    text = "Morgen begint de verbouwing van het station."
    assert _reader(text).sources.read(0, text.index(" begint")) is None


def test_the_phrase_stops_before_a_verb_it_ran_into():
    text = "de woordvoerder van de gemeente is er zeker van"
    reader = _reader(text)
    assert text[:reader.phrase_end(0, len(text))] == "de woordvoerder van de gemeente"
