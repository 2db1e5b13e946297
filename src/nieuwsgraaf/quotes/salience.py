"""Who 'hij' or 'zij' is at a point of the article: the person the text is about there, of the
pronoun's gender ('zij', 'ze', 'haar' never a man, 'hij', 'hem' never a woman).

The person the text is about is the subject of the sentence so far, else of the sentence before: a
person named inside a prepositional phrase ('sprak met Jan Bakker', 'kritiek op Trump') is never a
subject, nor is an owner before a noun ('Trumps advocaat Jim Trusty' is Trusty), so the people outside
one come first, the first of them being the subject in Dutch word order (a subject stands before any
object, in front of the verb or right after it). A subject pronoun ('Nog die avond zal hij …') continues
the chain of the sentence before it; a blank line between paragraphs is no sentence of its own.

A person's gender is the one the entity step took from the knowledge base (`Entity.gender`); for a
person without one, the first name of their full name (the entity's name, else a name the article
gives them), looked up in data/lexicons/first_names.tsv.
A person whose gender is unknown fits either pronoun."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import cache, cached_property

from .. import resources
from ..records import Analysis, Mention, is_person_id
from .lexicon import load_quote_lexicon
from .marks import find_quote_spans

# 'Dat Trump … wil, noemt hij …' opens an object clause; 'Dat zegt Kitir' is a demonstrative before the verb.
_OBJECT_CLAUSE = re.compile(r"(?:Dat|Of)\s+(?P<next>[\w-]+)")
# A subject pronoun: in 'bedreigde hij de leider X' the pronoun, not X, is the one acting.
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]ij|[Zz]ij|[Zz]e)\b")
_SINGULAR_SUBJECT = re.compile(r"\b(?:[Hh]ij|[Zz]ij)\b")  # 'ze' is as often plural
_CLOSING_MARKS = " \"'”’»"
_OPENING_SPACE = " \n"
_AFTER_QUOTE_VERB = re.compile(r"[\"'”’»],?\s*[a-z]+\s+$")  # '"…", schreef '
_CHAIN_SENTENCES = 3  # how far back a chain of pronoun subjects is followed
_SENTENCE_ENDS = ".!?\n"
_PRONOUN_GENDER = {"hij": "male", "hem": "male", "zij": "female", "ze": "female", "haar": "female"}
_LEXICON_GENDER = {"f": "female", "m": "male"}
# What may stand between a preposition and the name it governs: an article or possessive, lowercase
# titles and adjectives, capitalised adjectives ('Amerikaanse') and compounds ('PvdD-leider').
_PHRASE_WORD = re.compile(r"[a-z][\w'-]*|[A-Z][\w-]*(?:e|-[a-z][\w-]*)")
_PHRASE_WORDS = 5
_BEFORE_NOUN = re.compile(r" [a-z]")


@cache
def first_names() -> dict[str, str]:
    """Lowercase first name -> 'female' or 'male' (data/lexicons/first_names.tsv)."""
    names: dict[str, str] = {}
    for number, fields in resources.lexicon_rows("first_names.tsv"):
        if len(fields) < 2 or fields[1] not in _LEXICON_GENDER:
            raise ValueError(f"first_names.tsv:{number}: expected 'name<TAB>f|m', got {fields!r}")
        names[fields[0].casefold()] = _LEXICON_GENDER[fields[1]]
    return names


def pronoun_gender(pronoun: str) -> str | None:
    """'female' for 'zij', 'ze', 'haar'; 'male' for 'hij', 'hem'; None for anything else."""
    return _PRONOUN_GENDER.get(pronoun.strip().casefold())


def name_gender(texts: list[str]) -> str | None:
    """The gender the first names among `texts` (a person's mentions) agree on, or None."""
    found = {first_names().get(text.split()[0].casefold()) for text in texts if len(text.split()) > 1}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def article_genders(analysis: Analysis) -> dict[str, str]:
    """A person's gender: the knowledge base's, else the first name of the entity's full name ('Mark
    Rutte' where the article only writes 'Rutte'); people of unknown gender left out."""
    genders = {entity.id: entity.gender or name_gender([entity.name]) for entity in analysis.entities
               if entity.label == "PER"}
    return {entity: gender for entity, gender in genders.items() if gender}


def article_salience(analysis: Analysis) -> Salience:
    """The resolver of 'hij' and 'zij' for a whole article, as the quote stage reads it: the event-actor
    step takes its pronouns' antecedents from here too (the pipeline hands it over), so a speaker and
    an actor named by the same pronoun are the same person."""
    text = analysis.article.text
    spans = [(span.open_start, span.close_end) for span in find_quote_spans(text)]
    return Salience(text, [m for m in analysis.mentions if m.entity], spans, article_genders(analysis))


class Salience:
    """The people of an article that a pronoun can refer to: those named outside quotes and
    outside fronted object clauses."""

    def __init__(self, text: str, mentions: list[Mention], quote_spans: list[tuple[int, int]],
                 genders: Mapping[str, str] | None = None, prepositions: frozenset[str] | None = None):
        self.text = text
        self.quote_spans = quote_spans
        self.lexicon = load_quote_lexicon()
        self.prepositions = self.lexicon.words["preposition"] if prepositions is None else prepositions
        # people only: a caption's 'REUTERS' the tagger took for a person is no one a pronoun refers to
        self._people = [m for m in mentions if m.entity and m.label == "PER" and is_person_id(m.entity)
                        and not self.inside_quote(m.start) and not self.in_object_clause(m.start)]
        self._bare_names = {(m.entity, m.text) for m in mentions if m.entity}
        named: dict[str, list[str]] = {}
        for mention in mentions:
            if mention.entity and mention.label == "PER":
                named.setdefault(mention.entity, []).append(mention.text)
        genders = genders or {}
        self.genders = {entity: genders.get(entity) or name_gender(texts) for entity, texts in named.items()}

    def fits(self, mention: Mention, gender: str | None) -> bool:
        """Whether `mention`'s person can be referred to by a pronoun of `gender` (unknown fits both)."""
        known = self.genders.get(mention.entity)
        return gender is None or known is None or known == gender

    def inside_quote(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quote_spans)

    def in_object_clause(self, position: int) -> bool:
        """Whether `position` is inside a fronted object clause ('Dat Trump uit de WTO wil stappen,
        noemt hij een overdrijving'): the person there is talked about, not the one talking."""
        sentence_start = max(self.text.rfind(mark, 0, position) for mark in (". ", "? ", "! ", "\n")) + 1
        head = self.text[sentence_start:position].lstrip(" \n")
        clause = _OBJECT_CLAUSE.match(self.text, position - len(head))
        return bool(clause) and not self.lexicon.is_finite(clause["next"]) and "," not in head

    def in_prepositional_phrase(self, mention: Mention) -> bool:
        """Whether `mention` is governed by a preposition ('met Jan Bakker', 'voor de president X'); a
        finite verb between them ends the phrase ('Na afloop zei Jan Bakker')."""
        before = self.text[max(0, mention.start - 80):mention.start]
        # a line break ends the phrase: 'met coalitiepartner CDA.\n\nMark Rutte had …' opens a paragraph
        words = before[before.rfind("\n") + 1:].split(" ")[-_PHRASE_WORDS - 1:-1]
        for word in reversed(words):
            if word.lower() in self.prepositions:
                return True
            # a finite verb closes the phrase before it: in 'Bij aanvang prees X …' X is the subject
            if not _PHRASE_WORD.fullmatch(word) or self.lexicon.is_finite(word):
                return False
        return False

    def _possessor(self, mention: Mention) -> bool:
        """'Trumps advocaat Jim Trusty': a name with a genitive -s before a lowercase noun (the article
        also names it without the -s) owns the subject; it is not the subject itself."""
        text = mention.text
        return (text.endswith("s") and (mention.entity, text[:-1]) in self._bare_names
                and bool(_BEFORE_NOUN.match(self.text, mention.end)))

    def salient_person(self, before: int, gender: str | None = None, chain: int = 0) -> Mention | None:
        """The person 'hij' (or, with `gender`, a pronoun of that gender) most likely is at `before`:
        the subject of this sentence so far, else of the sentence before (the first person named
        outside a prepositional phrase); else, among the people of these two sentences, the one the
        article has named most; else the last one named outside a prepositional phrase. People of
        the other gender are passed over. When a subject pronoun of that gender stands before the
        first person so found ('In een tweede bericht bedreigde hij de leider X'), that pronoun is the
        subject: it is resolved in turn, from the start of its sentence; so is a singular pronoun
        opening a sentence that names no one outside a prepositional phrase, or standing right after
        the verb that follows a quote ('"…", schreef hij over X'). A full stop inside a quotation ends
        no sentence."""
        people = [m for m in self._people if m.end <= before and self.fits(m, gender)]
        if not people:
            return None
        boundaries = self._sentence_ends(before)
        sentence_start = boundaries[-1] if boundaries else 0
        previous_start = boundaries[-2] if len(boundaries) > 1 else 0
        counts: dict[str, int] = {}
        for mention in people:
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
        spans = [[m for m in people if m.start >= low] for low in (sentence_start, previous_start)]
        highs = (before, sentence_start)
        for in_span, low, high in zip(spans, (sentence_start, previous_start), highs, strict=True):
            subjects = [m for m in in_span if not self.in_prepositional_phrase(m) and not self._possessor(m)]
            # no one named outside a prepositional phrase: a subject pronoun there is the subject
            # ('"…", schreef hij over X.' is not about X)
            pronoun = (self._subject_pronoun(low, subjects[0].start, gender) if subjects
                       else self._lone_subject_pronoun(low, high, gender))
            if pronoun is not None and chain < _CHAIN_SENTENCES:
                start = max((b for b in boundaries if b <= pronoun), default=0)
                found = self.salient_person(start, gender, chain + 1)
                if found is not None or subjects:
                    return found or subjects[0]
            if subjects:
                return subjects[0]
        for in_span in spans:
            if in_span:
                return max(in_span, key=lambda m: (counts[m.entity], -m.start))
        outside = [m for m in people if not self.in_prepositional_phrase(m)]
        return (outside or people)[-1]

    def sentence_starts(self, before: int) -> list[int]:
        """Where the sentences up to `before` start, quotations being no sentence ends (`_sentence_starts`)."""
        return self._sentence_ends(before)

    def _sentence_ends(self, before: int) -> list[int]:
        """Where the sentences before `before` start (see `_sentence_starts`)."""
        return self._sentence_starts[:bisect_right(self._sentence_starts, before)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        """Where the article's sentences start: after a full stop, '!', '?' or a line break, but not
        after one inside a quotation unless the quotation closes there ('"Weg (nu!) ermee", zei hij'
        is one sentence). Found once per article: every pronoun resolution reads them."""
        starts = []
        for i, ch in enumerate(self.text):
            if ch not in _SENTENCE_ENDS:
                continue
            quote = next(((a, b) for a, b in self.quote_spans if a <= i < b), None)
            if ch == "\n" or quote is None or not self.text[i + 1:quote[1]].strip(_CLOSING_MARKS):
                if starts and not self.text[starts[-1]:i].strip():
                    starts.pop()  # a blank line between paragraphs is no sentence of its own
                starts.append(i + 1)
        return starts

    def _lone_subject_pronoun(self, start: int, end: int, gender: str | None) -> int | None:
        """Where a singular pronoun of `gender` ('hij', 'zij'; either without a gender) stands in
        text[start:end] as the subject of the main clause: opening the sentence, right after the
        verb that follows a quote ('"…", schreef hij') or right after the fronted finite verb of an
        inverted clause ('Nog dezelfde avond zal hij het ontslag aanbieden aan de koning'); None
        when there is none."""
        for match in _SINGULAR_SUBJECT.finditer(self.text, start, end):
            head = self.text[start:match.start()]
            in_subject_place = (not head.strip(_OPENING_SPACE) or _AFTER_QUOTE_VERB.search(head)
                                or self._after_fronted_verb(head))
            if self.inside_quote(match.start()) or not in_subject_place:
                continue
            if gender is None or pronoun_gender(match.group()) == gender:
                return match.start()
        return None

    def _after_fronted_verb(self, head: str) -> bool:
        """Whether `head` (a sentence up to a pronoun) ends in the finite verb of an inverted main
        clause ('Nog dezelfde avond zal hij …', '… en zei hij'): the pronoun right after it is the
        subject. A comma before the verb may open a subordinate clause, so it must have none."""
        words = head.split()
        return bool(words) and "," not in head and self.lexicon.is_finite(words[-1])

    def _subject_pronoun(self, start: int, end: int, gender: str | None) -> int | None:
        """Where a subject pronoun of `gender` ('hij', 'zij', 'ze') stands in text[start:end], outside
        quotes, in the same clause as `end` (no comma between: in 'Nadat hij …, sprak X' the pronoun
        points ahead to X); None when there is none."""
        sentence_start = max(self.text.rfind(ch, start, end) for ch in _SENTENCE_ENDS) + 1
        for match in _SUBJECT_PRONOUN.finditer(self.text, max(start, sentence_start), end):
            if self.inside_quote(match.start()):
                continue
            if "," in self.text[match.end():end]:
                continue
            if gender is None or pronoun_gender(match.group()) == gender:
                return match.start()
        return None
