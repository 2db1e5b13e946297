"""A description of one person as what a singular pronoun refers to (issue #14 §2): in 'De woordvoerder
van de minister liet weten dat … Volgens hem …' the pronoun is the spokesman, not the minister named
inside his clause; in 'De leider van D66 benadrukte … . Door X gevraagd … reageerde ze:' it is the
D66 leader, not X inside a prepositional phrase. Salience (salience.py) knows only named people; this
finds the description that opens, as its subject, the pronoun's own sentence or the sentence before.

A subject is the words from a sentence's start to its first finite verb; it is a description of one
person when it opens with 'de', 'het', 'zijn' or 'haar' and its head noun (the last word before a
preposition, or the head of a compound: 'landbouwminister') is an office noun of
data/lexicons/speaker_nouns.tsv or a person noun of quote_words.tsv ('woordvoerder', 'advocaat'),
of a gender the pronoun allows. Sentence ends inside quotation marks do not count, unless the
quotation closes there."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..records import Mention, SpeakerRef
from .clauses import first_finite
from .lexicon import QuoteLexicon, speaker_nouns
from .salience import pronoun_gender

if TYPE_CHECKING:
    from .speaker_words import SpeakerReader

_SENTENCE_END = re.compile(r"[.!?][’'\"”»]*\s+|\n+")
_BOUNDARY = re.compile(r"[.!?\n]")
_PRONOUN = re.compile(r"\b(?:[Hh]ij|[Zz]ij|[Zz]e|hem|haar)\b")
_AFTER_VAN = re.compile(r"\bvan\s+(?:de\s+|het\s+)?$")
_CHAIN_SENTENCES = 2  # how many sentences back a pronoun is followed to the description it refers to
_DETERMINERS = frozenset({"de", "het", "zijn", "haar"})
_PREPOSITIONS = frozenset({"van", "bij", "uit", "in", "op", "namens", "voor", "binnen"})
_OPENING = " \n\"“”„«»‘’'"
# Endings of a noun for a woman ('woordvoerster', 'politica'); the plain forms ('de leider van D66',
# 'de woordvoerder') are used for women too, so they fit either pronoun.
_FEMININE = ("ster", "vrouw", "ica", "esse")
_MIN_STEM = 4  # a compound's head matches a noun this long or longer ('landbouwminister': 'minister')


@cache
def office_nouns() -> frozenset[str]:
    """Head nouns of an office one person holds (data/lexicons/speaker_nouns.tsv, kind office)."""
    return speaker_nouns().get("office", frozenset())


def sentence_subjects(text: str, position: int, quote_spans: list[tuple[int, int]],
                      lexicon: QuoteLexicon) -> list[tuple[int, int] | None]:
    """The subject span (start, end) of the sentence `position` is in (only when it ends before
    `position`) and of the sentence before; None where a sentence has no finite verb."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text, 0, position):
        inside = next(((a, b) for a, b in quote_spans if a <= match.start() < b), None)
        if inside is None or match.end() >= inside[1]:
            starts.append(match.end())
    own, previous = starts[-1], starts[-2] if len(starts) > 1 else None
    subjects = [_subject(text, own, position, lexicon)]
    subjects.append(_subject(text, previous, own, lexicon) if previous is not None else None)
    return subjects


def _subject(text: str, start: int, end: int, lexicon: QuoteLexicon) -> tuple[int, int] | None:
    while start < end and text[start] in _OPENING:
        start += 1
    verb = first_finite(text[start:end], lexicon)
    return (start, start + verb) if verb else None


def is_person_description(words: str, gender: str | None, lexicon: QuoteLexicon) -> bool:
    """'De woordvoerder van de minister', 'de landbouwminister', 'het VVD-Kamerlid': one person,
    described, whom a pronoun of `gender` ('female', 'male' or None) may mean."""
    tokens = words.split()
    if len(tokens) < 2 or tokens[0].casefold() not in _DETERMINERS:
        return False
    cut = next((i for i, word in enumerate(tokens) if i > 1 and word in _PREPOSITIONS), len(tokens))
    head = tokens[cut - 1].rsplit("-", 1)[-1].casefold()
    nouns = office_nouns() | lexicon.words["person_noun"]
    if not any(head == noun or (len(noun) >= _MIN_STEM and head.endswith(noun)) for noun in nouns):
        return False
    return not (gender == "male" and head.endswith(_FEMININE))


def described_antecedent(reader: SpeakerReader, start: int, gender: str | None, person: Mention | None,
                         chain: int = 0) -> SpeakerRef | None:
    """The description of one person that the pronoun at `start` refers to, or None: the subject of
    its own sentence, else (when the salient `person` is no subject of its own sentence) of the one
    before, else of the sentence of a pronoun of the same gender there ('Volgens hem is dat
    tijdelijk. "…", zei hij'), followed back _CHAIN_SENTENCES times."""
    text = reader.text
    own_sentence = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    person_here = person is not None and own_sentence <= person.start < start \
        and not reader.salience.in_prepositional_phrase(person)
    for index, span in enumerate(sentence_subjects(text, start, reader.salience.quote_spans, reader.lexicon)):
        if index == 1 and person_here:
            return None
        ref = _description(reader, span, start) if span else None
        if ref is not None and is_person_description(ref.text, gender, reader.lexicon):
            return ref
    if person_here or chain >= _CHAIN_SENTENCES:
        return None
    before = max((m.end() for m in _BOUNDARY.finditer(text, 0, max(0, own_sentence - 1))), default=0)
    earlier = [m for m in _PRONOUN.finditer(text, before, own_sentence)
               if not reader.salience.inside_quote(m.start()) and pronoun_gender(m.group()) in (gender, None)]
    return described_antecedent(reader, earlier[-1].start(), gender, person, chain + 1) if earlier else None


def _description(reader: SpeakerReader, span: tuple[int, int], pronoun: int) -> SpeakerRef | None:
    """The unnamed source the subject at `span` is; none where it holds a person's name that is no
    possessor after 'van' ('De nieuwe minister-president Jan Jambon' is left to salience)."""
    start, end = span
    if end > pronoun:
        return None
    if any(start <= m.start < end and m.label == "PER" and not _AFTER_VAN.search(reader.text, start, m.start)
           for m in reader.mentions):
        return None
    ref = reader.unnamed(start, end)
    return ref if ref is not None and ref.kind == "description" else None
