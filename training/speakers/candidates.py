"""The speakers a quote could have, each described by features that do not name words of an article.

For every quote of an article after the speaker step (the rules' choice is `Quote.speaker`), the
candidates are: the rules' choice (or 'no one' when the rules chose none), every entity with a mention
from three sentences before the quote to the sentence after it or earlier in its paragraph, every
entity the rules made the speaker of an earlier quote, and the person the article names most.
Each candidate gets a row of FEATURES: where its mentions stand against the quote (inside it, in its
sentence before or after it, the sentences around it, after `volgens`/`aldus`, next to a speech verb,
first in a sentence, after a preposition), what it is (person, organisation, place; knowledge-base or
local id), how often the article names it, whether it spoke before, and whether it is the rules' choice
(with the kind of words the rules read and whether the quote has a cue of its own).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np

from nieuwsgraaf.quotes import default_rules
from nieuwsgraaf.records import SPEAKER_KINDS, Analysis, Quote

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_PREPOSITIONS = frozenset(["met", "over", "op", "tegen", "van", "aan", "voor", "bij", "door", "naar", "om", "uit", "in", "onder", "tussen", "zonder", "tot"])
_VOLGENS = frozenset(("volgens", "aldus"))
_WINDOW_BEFORE, _WINDOW_AFTER = 3, 1  # sentences around the quote whose mentions are candidates
_OPENING = " \n\"'“”„‘’,"  # what may stand before a sentence's first word

FEATURES = (
    "rule", "rule_none", *(f"rule_{kind}" for kind in SPEAKER_KINDS), "rule_no_cue", "rule_indirect",
    "rule_words_after_quote", "rule_words_in_sentence",
    "in_quote", "sentence_before", "sentence_after", "previous_sentence", "earlier_sentences", "next_sentence",
    "paragraph_before", "distance_before", "distance_after", "after_volgens", "after_speech_verb",
    "before_speech_verb", "sentence_initial", "after_preposition",
    "person", "organisation", "place", "local", "local_other", "mentions", "most_named_person", "first_named",
    "spoke_before", "previous_speaker",
    "no_cue_previous_speaker", "no_cue_most_named", "indirect_after_speech_verb", "indirect_sentence_before",
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}
RULE_FEATURES = tuple(name for name in FEATURES if name.startswith("rule"))  # who the rules chose, and how


@dataclass(frozen=True)
class QuoteCandidates:
    """One quote's candidate speakers (entity ids; None for 'no one') and their feature rows."""

    index: int  # the quote's position in Analysis.quotes
    kind: str
    has_cue: bool
    rule: str | None
    entities: tuple[str | None, ...]
    features: np.ndarray  # (candidates, FEATURES)


class ArticleReader:
    """Positions of one article's words, sentences, paragraphs and mentions, read once."""

    def __init__(self, analysis: Analysis):
        text = analysis.article.text
        self.analysis = analysis
        self.text = text
        self.sentences = list(analysis.sentences) or [(0, len(text))]
        self.sentence_starts = [start for start, _ in self.sentences]
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        self.word_starts = [start for start, _, _ in self.words]
        verbs = default_rules().lexicon.verbs
        self.speech_forms = frozenset(form.split()[0].lower() for form in verbs)
        self.entities = {entity.id: entity for entity in analysis.entities}
        self.spans: dict[str, list[tuple[int, int]]] = {}
        for mention in analysis.mentions:
            if mention.entity:
                self.spans.setdefault(mention.entity, []).append((mention.start, mention.end))
        people = [e for e in analysis.entities if e.label == "PER"]
        self.most_named = max(people, key=lambda e: len(self.spans.get(e.id, ())), default=None)
        firsts = [(min(s)[0], entity) for entity, s in self.spans.items()
                  if self.entities.get(entity) and self.entities[entity].label in ("PER", "ORG")]
        self.first_named = min(firsts)[1] if firsts else None

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def word_index(self, offset: int) -> int:
        return bisect_right(self.word_starts, offset) - 1

    def words_before(self, offset: int, count: int) -> list[str]:
        i = bisect_right(self.word_starts, offset - 1) - 1
        found = []
        while i >= 0 and len(found) < count:
            if self.words[i][1] <= offset:
                found.append(self.words[i][2])
            i -= 1
        return found

    def words_after(self, offset: int, count: int) -> list[str]:
        i = bisect_right(self.word_starts, offset - 1)
        return [word for _, _, word in self.words[i:i + count]]


def quote_candidates(reader: ArticleReader, index: int, quote: Quote,
                     earlier: list[str | None]) -> QuoteCandidates:
    """The candidates of the `index`-th quote, `earlier` being the rules' speakers of the quotes before it."""
    first, last = reader.sentence_of(quote.start), reader.sentence_of(max(quote.start, quote.end - 1))
    paragraph = reader.paragraph_of(quote.start)
    entities: list[str | None] = [quote.speaker]
    for entity, spans in reader.spans.items():
        for start, _ in spans:
            sentence = reader.sentence_of(start)
            if (first - _WINDOW_BEFORE <= sentence <= last + _WINDOW_AFTER
                    or (reader.paragraph_of(start) == paragraph and start < quote.start)):
                entities.append(entity)
                break
    entities += [e for e in earlier if e]
    if reader.most_named is not None:
        entities.append(reader.most_named.id)
    unique = tuple(dict.fromkeys(entities))
    rows = np.array([_features(reader, quote, entity, earlier, first, last, paragraph) for entity in unique])
    return QuoteCandidates(index, quote.kind, quote.cue is not None, quote.speaker, unique, rows)


def article_candidates(analysis: Analysis) -> list[QuoteCandidates]:
    reader = ArticleReader(analysis)
    found, earlier = [], []
    for index, quote in enumerate(analysis.quotes):
        found.append(quote_candidates(reader, index, quote, earlier))
        earlier.append(quote.speaker)
    return found


def _features(reader: ArticleReader, quote: Quote, entity: str | None, earlier: list[str | None],
              first: int, last: int, paragraph: int) -> list[float]:
    row = [0.0] * len(FEATURES)

    def put(name: str, value: float = 1.0) -> None:
        row[_INDEX[name]] = value

    no_cue, indirect = quote.cue is None, quote.kind == "indirect"
    if entity == quote.speaker:
        put("rule")
        ref = quote.speaker_ref
        if ref is not None:
            put(f"rule_{ref.kind}")
            put("rule_words_after_quote", float(ref.start >= quote.end))
            put("rule_words_in_sentence", float(first <= reader.sentence_of(ref.start) <= last + 1))
        put("rule_no_cue", float(no_cue))
        put("rule_indirect", float(indirect))
    if entity is None:
        put("rule_none")
        return row
    spans = reader.spans.get(entity, [])
    before = [s for s in spans if s[1] <= quote.start]
    after = [s for s in spans if s[0] >= quote.end]
    near = []
    for start, end in spans:
        sentence = reader.sentence_of(start)
        if quote.start <= start and end <= quote.end:
            put("in_quote")
            continue
        if first <= sentence <= last:
            put("sentence_before" if end <= quote.start else "sentence_after")
        elif sentence == first - 1:
            put("previous_sentence")
        elif first - _WINDOW_BEFORE <= sentence < first - 1:
            put("earlier_sentences")
        elif sentence == last + 1:
            put("next_sentence")
        if reader.paragraph_of(start) == paragraph and end <= quote.start:
            put("paragraph_before")
        if first - _WINDOW_BEFORE <= sentence <= last + _WINDOW_AFTER:
            near.append((start, end, sentence))
    if before:
        put("distance_before", math.log1p(reader.word_index(quote.start) - reader.word_index(before[-1][1] - 1)) / 5)
    else:
        put("distance_before", 2.0)
    if after:
        put("distance_after", math.log1p(reader.word_index(after[0][0]) - reader.word_index(quote.end - 1)) / 5)
    else:
        put("distance_after", 2.0)
    prepositional = 0
    for start, end, sentence in near:
        preceding = reader.words_before(start, 3)
        following = reader.words_after(end, 3)
        if preceding and preceding[0] in _VOLGENS:
            put("after_volgens")
        if any(word in reader.speech_forms for word in preceding):
            put("after_speech_verb")
        if any(word in reader.speech_forms for word in following):
            put("before_speech_verb")
        if not reader.text[reader.sentences[sentence][0]:start].strip(_OPENING):
            put("sentence_initial")
        if preceding and preceding[0] in _PREPOSITIONS:
            prepositional += 1
    if near:
        put("after_preposition", prepositional / len(near))
    found = reader.entities.get(entity)
    label = found.label if found else ""
    put("person", float(label == "PER"))
    put("organisation", float(label == "ORG"))
    put("place", float(label in ("LOC", "GPE")))
    put("local", float(entity.startswith("local:")))
    put("local_other", float(entity.startswith("local:other:")))
    put("mentions", math.log1p(len(spans)))
    put("most_named_person", float(reader.most_named is not None and reader.most_named.id == entity))
    put("first_named", float(reader.first_named == entity))
    put("spoke_before", float(entity in earlier))
    previous = earlier[-1] if earlier else None
    put("previous_speaker", float(previous == entity))
    put("no_cue_previous_speaker", float(no_cue and previous == entity))
    put("no_cue_most_named", float(no_cue and row[_INDEX["most_named_person"]] > 0))
    put("indirect_after_speech_verb", float(indirect and row[_INDEX["after_speech_verb"]] > 0))
    put("indirect_sentence_before", float(indirect and row[_INDEX["sentence_before"]] > 0))
    return row
