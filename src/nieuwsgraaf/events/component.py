"""The spaCy component that finds event mentions: trigger, type, mode, argument words, modality."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import (
    MUTUAL_EVENT_TYPES,
    POLICY_EVENT_TYPES,
    EventArgument,
    EventMention,
    StageError,
    Trigger,
)
from .arguments import arguments, nearby_arguments
from .classifier import TriggerClassifier, candidate_features, is_candidate, sentence_vector
from .clauses import case_of, with_conjuncts
from .constructions import ConstructionHit, find_constructions, speech_forms
from .contents import without_contents
from .contexts import holds, inside_name
from .dating import DocTimes, dating_time, in_future_tense, joined_time, settle_modality
from .existence import only_supposed
from .judgements import find_judgements
from .lexicon import EventLexicon, TriggerEntry, load_event_lexicon
from .modality import is_negated, modality_of
from .motions import motion_event
from .policies import policy_of
from .prospects import comes_before, is_prospect
from .quantities import counted
from .questions import asked, is_question
from .records import Arguments
from .references import named_in_passing, refers_back, refers_back_to_agreement
from .refusals import refusal_of
from .shares import share_phrase
from .story import story_time
from .triggers import TriggerHit, find_triggers

if not Doc.has_extension("ng_published"):
    Doc.set_extension("ng_published", default=None)  # set by the pipeline before the components run
if not Doc.has_extension("ng_events"):
    Doc.set_extension("ng_events", default=None)
if not Doc.has_extension("ng_errors"):
    Doc.set_extension("ng_errors", default=None)

_BASE_CONFIDENCE = {"phrase": 0.75, "word": 0.65, "split": 0.65, "compound": 0.55, "construction": 0.6}
_VERB_TAGS = frozenset({"VERB", "AUX", "ADJ"})  # participles are often tagged ADJ
_NOUN_TAGS = frozenset({"NOUN", "PROPN", "X"})
# announced, these are AGREE; verbal backing is not: 'zal Rutte blijven steunen' is itself SUPPORT
_PROMISED = frozenset({"CONSULT", "COOPERATE", "AID"})
_MEETINGS = frozenset({"top", "topontmoeting", "topberaad", "vergadering", "bijeenkomst", "conferentie", "beraad"})
_LEADERS = frozenset({"leiders", "regeringsleiders", "staatshoofden"})
_MAX_PHRASE = 6  # tokens of an argument phrase without a name ('de Amerikaanse president')


def _within_organisation_name(token) -> bool:
    """A word inside an organisation's name, neither its first nor its last ('het Centraal Orgaan
    opvang asielzoekers'), names the body, no event of the sentence; the last word of a name may
    be the event itself ('de Europese top')."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.ent_type_ == "ORG" and token.ent_iob_ == "I"
            and following is not None and following.ent_iob_ == "I")


def _fits_tag(entry: TriggerEntry, token: Token) -> bool:
    if not token.pos_ or entry.pos == "PHRASE":
        return True
    return token.pos_ in (_VERB_TAGS if entry.pos == "VERB" else _NOUN_TAGS)


def _choose(entries: list[TriggerEntry], sent: Span, lexicon: EventLexicon) -> tuple[TriggerEntry, bool]:
    """The entry whose type has most cue words in the sentence; True when the words allowed several types."""
    types = list(dict.fromkeys(e.type for e in entries))
    if len(types) == 1:
        return entries[0], False
    words = [t.lower_ for t in sent]
    spelt = {t.text for t in sent} | {t.text.split("-")[0] for t in sent}

    def found(cue: str) -> bool:
        # an acronym cue ('OM') is the word itself, not every word starting with 'om'
        return cue in spelt if cue.isupper() else any(w.startswith(cue) for w in words)

    def cues(kind: str) -> int:
        return sum(found(cue) for cue in lexicon.type_cues.get(kind, ()))

    def score(kind: str) -> tuple[int, int]:
        # An attack on a country or city is violence; on a person, mostly words ('viel Rutte aan').
        place = kind == "ASSAULT" and any(t.ent_type_ == "LOC" and t.dep_ in ("obj", "obl") for t in sent)
        return cues(kind) + place, -types.index(kind)

    best = max(types, key=score)
    return next(e for e in entries if e.type == best), True


def _named_recipient(trigger: Token, sent: Span, found: Arguments) -> tuple[Token, ...]:
    """When the tree gives the actor but no recipient, the name after the trigger in its sentence
    that is neither the actor, the place nor the one who says the sentence ('Trump dreigt met
    heffingen tegen China', 'eist het ontslag van Van Quickenborne'; not '…, verklaarde Von der
    Leyen'): most events the annotators coded have a recipient."""
    taken = {t.i for t in found.sources} | ({found.location.i} if found.location is not None else set())
    for ent in sent.ents:
        if ent.start <= trigger.i or any(ent.start <= i < ent.end for i in taken):
            continue
        if ent.label_ not in ("PER", "ORG", "LOC") or ent.root.dep_ == "amod" or _is_speaker(ent.root):
            continue
        before = sent.doc[ent.start - 1].lower_ if ent.start > sent.start else ""
        if ent.label_ == "LOC" and before in ("in", "op", "naar", "uit", "vanuit", "bij"):
            continue  # a place, not a recipient
        return (ent.root,)
    return ()


def _is_speaker(token: Token) -> bool:
    """'…, verklaart Von der Leyen': the one who says the sentence is not whom its event is done to."""
    return token.dep_ == "nsubj" and token.head.lower_ in speech_forms()


def _is_role_compound(text: str) -> bool:
    """'VVD-leider', 'N-VA-voorzitter': a name glued to an office noun, the office of someone."""
    return "-" in text and " " not in text and text.rsplit("-", 1)[1][:1].islower()


def _named_person(token: Token) -> Span | None:
    """The person a role noun stands in apposition to: 'VVD-leider Yesilgöz' -> 'Yesilgöz'."""
    if not token.doc.has_annotation("DEP"):
        return None  # no tree (the rule-based pipeline)
    for child in token.children:
        if child.dep_ in ("appos", "flat") and child.ent_type_ == "PER":
            return next((e for e in token.doc.ents if e.start <= child.i < e.end), None)
    return None


def _host(token: Token, kind: str) -> EventArgument | None:
    """'de NAVO-top', 'de G20-top', 'de EU-top': a meeting named after the body that holds it has
    that body as its source and no recipient (as the gold codes them); the words before the hyphen."""
    prefix, _, head = token.text.rpartition("-")
    if kind not in MUTUAL_EVENT_TYPES or head.lower() not in _MEETINGS or not prefix[:1].isupper():
        return None
    return EventArgument("source", token.idx, token.idx + len(prefix), prefix)


def _start_of(ent: Span) -> int:
    return ent.start


def _ent_at(ents: tuple[Span, ...], i: int) -> Span | None:
    """The name among `ents` (the Doc's: in order, never overlapping) that holds token `i`, found by
    bisection: a look through every name of the article per argument is what made this slow."""
    at = bisect_right(ents, i, key=_start_of) - 1
    return ents[at] if at >= 0 and i < ents[at].end else None


def _ents_from(ents: tuple[Span, ...], first: int, last: int) -> tuple[Span, ...]:
    """The names among `ents` (in order) that start at a token from `first` to `last`."""
    return ents[bisect_left(ents, first, key=_start_of):bisect_right(ents, last, key=_start_of)]


def _argument_span(token: Token, role: str, ents: tuple[Span, ...]) -> EventArgument:
    """The name (of the Doc's `ents`) the argument token is part of or governs, else its short noun phrase."""
    doc = token.doc
    ent = _ent_at(ents, token.i)
    if ent is not None:
        # 'VVD-leider Yesilgöz', 'Kamervoorzitter Vera Bergkamp' (the office tagged MISC): the person
        person = _named_person(token) if _is_role_compound(ent.text) or ent.label_ == "MISC" else None
        ent = person or _counted_name(ent) or ent
        return EventArgument(role, ent.start_char, ent.end_char, ent.text)
    noun = counted(token)
    if noun is not None:  # 'Duizenden boeren': the parser's head is the number
        start = next((c for c in token.lefts if c.dep_ == "det"), token)  # 'de 27 EU-leiders'
        words = doc[start.i:noun.i + 1]
        return EventArgument(role, words.start_char, words.end_char, words.text)
    share = share_phrase(token)
    if share is not None:  # 'Velen van de verdachten', 'een meerderheid van de parlementariërs'
        return EventArgument(role, share.start_char, share.end_char, share.text)
    if token.lower_ in _LEADERS:  # 'de leiders van de EU28' are not the EU (entities/event_actors.py)
        of = next((c for c in token.children if c.dep_ == "nmod" and c.i > token.i), None)
        if of is not None and of.right_edge.i - token.left_edge.i < 2 * _MAX_PHRASE:
            words = doc[token.left_edge.i:of.right_edge.i + 1]
            return EventArgument(role, words.start_char, words.end_char, words.text)
    first, last = token.left_edge.i, token.right_edge.i
    inside = [e for e in _ents_from(ents, first, last) if e.end <= last + 1
              and e.root.dep_ != "amod"  # 'de Russische president' is not the name 'Russische'
              and not _coordinated_adjective(e.root, token)]
    if inside and token.pos_ != "PRON":
        ent = min(inside, key=lambda e: e.label_ != "PER")  # 'de dader, de Belg Hicham D.': the person
        return EventArgument(role, ent.start_char, ent.end_char, ent.text)
    left = [c for c in token.lefts if (c.dep_ in ("det", "amod", "nmod:poss", "compound", "flat", "nummod")
            or _coordinated_adjective(c, token)) and c.pos_ != "ADV"]
    # 'werden al verdachten veroordeeld': an adverb the parser took for an adjective
    start = left[0] if left and token.i - left[0].i < _MAX_PHRASE else token
    words = doc[start.i:token.i + 1]
    return EventArgument(role, words.start_char, words.end_char, words.text)


def _counted_name(ent: Span) -> Span | None:
    """'Acht Democraten': a number right before a name in the plural counts some of those it names."""
    if not ent.doc.has_annotation("DEP"):
        return None  # no tree to read (the rule-based pipeline); Span.root needs one
    number = next((c for c in ent.root.children if c.dep_ == "nummod" and c.i == ent.start - 1 and c.like_num), None)
    return ent.doc[number.i:ent.end] if number is not None else None


def _coordinated_adjective(word: Token, noun: Token) -> bool:
    """'Russische en Oekraïense delegaties': adjectives coordinated before their noun (the parser hangs
    the first on it, often as nmod, the others on the first) belong to the noun's phrase, as a whole."""
    first = word.head if word.dep_ == "conj" else word
    return (first.pos_ == "ADJ" and first.head.i == noun.i and first.i < noun.i
            and any(c.dep_ == "conj" and c.pos_ == "ADJ" and c.i < noun.i for c in first.children))


def _named_owners(token: Token, ents: tuple[Span, ...]) -> list[Token]:
    """'Delegaties van Israël en Hamas', 'de regeringen van Rusland en Oekraïne': a noun that names no
    one, of two or more coordinated names, stands for those named (each its own argument, so that the
    entity stage makes them a group or the one and the other)."""
    if token.pos_ != "NOUN" or token.lower_ in _LEADERS or _ent_at(ents, token.i) is not None:
        return []
    owner = next((c for c in token.children if c.dep_ == "nmod" and c.i > token.i and case_of(c) == "van"), None)
    named = with_conjuncts(owner) if owner is not None else []
    if len(named) < 2 or not all(_ent_at(ents, t.i) is not None for t in named):
        return []
    return named


def _argument_spans(token: Token, role: str, ents: tuple[Span, ...]) -> list[EventArgument]:
    """The argument words of `token`: its name or phrase, or the coordinated names its noun stands for."""
    owners = _named_owners(token, ents)
    return [_argument_span(t, role, ents) for t in owners] if owners else [_argument_span(token, role, ents)]


def _arguments(found: Arguments, times: list[tuple[int, int]], ents: tuple[Span, ...]
               ) -> tuple[EventArgument, ...]:
    def timeless(tokens) -> list[Token]:  # 'in juli' is when, not who
        return [t for t in tokens if not any(s <= t.idx < e for s, e in times)]

    spans = [a for t in timeless(found.sources) for a in _argument_spans(t, "source", ents)]
    spans += [a for t in timeless(found.targets) for a in _argument_spans(t, "target", ents)]
    if found.location is not None and timeless([found.location]):
        spans.append(_argument_span(found.location, "location", ents))
    # every field in the key: a set's order differs between processes (hash seeds), and the
    # document must not depend on which process analysed the article
    return tuple(sorted(set(spans), key=lambda a: (a.start, a.role, a.end, a.text, a.entity or "")))


def _stripped(sent: Span) -> tuple[int, int]:
    """The sentence's offsets without the spaces and newlines spaCy keeps at its edges."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    return start, start + len(text.strip())


@dataclass(frozen=True)
class _Sentence:
    """What every mention in one sentence shares, worked out once for it rather than per mention:
    its offsets, and the article's timexes, their offsets and its names."""

    span: Span
    timexes: list
    times: list[tuple[int, int]]
    ents: tuple[Span, ...]
    dated: DocTimes  # the article's timexes sorted out once (dates, durations), not per event

    @cached_property
    def offsets(self) -> tuple[int, int]:
        """Without the spaces at its edges; only for a sentence with a mention (it reads every word)."""
        return _stripped(self.span)

    @cached_property
    def question(self) -> bool:
        """Whether it asks (questions.py); read once, not per trigger."""
        return is_question(self.span)


def _still_to_come(kind: str, modality: str, token: Token, sentence: _Sentence, lexicon: EventLexicon,
                   when: tuple[int, int] | None, parsed: bool) -> bool:
    """Whether a meeting, cooperation or aid is one still to come, an AGREE (docs/events.md §3). A modal that
    belongs to another act says nothing of it: 'ondanks onderhandelingen konden ze geen doorbraak bereiken',
    'zei hij na overleg'; nor does a past ability or leave, which reports what was done: 'kon dinsdag spreken
    met', 'mocht een bezoek brengen' (§50)."""
    if kind not in _PROMISED or modality not in ("future", "possible", "hypothetical"):
        return False
    if modality == "future" or not parsed:
        return True
    if kind == "CONSULT" and comes_before(token):
        return False
    plain = modality_of(token, sentence.span, lexicon, parsed, past_ability=False)
    return settle_modality(plain, token, when, sentence.timexes, token.doc._.ng_published) != "asserted"


def _mention(hit: TriggerHit, sentence: _Sentence, lexicon: EventLexicon, parsed: bool,
             chance: float | None = None, construction: ConstructionHit | None = None) -> EventMention | None:
    sent, timexes, times = sentence.span, sentence.timexes, sentence.times
    entries = [e for e in hit.entries if _fits_tag(e, hit.token)] if parsed else list(hit.entries)
    if parsed:  # the senses of a word that name no event (event_trigger_contexts.tsv)
        noun = hit.token.pos_ == "NOUN"
        entries = [e for e in entries
                   if all(holds(c, hit.token, lexicon.event_nouns) for c in lexicon.contexts_for(e, noun))]
    if construction is not None:
        entries = list(hit.entries)  # a modal or 'noemen' is the trigger whatever its tag
    elif inside_name(hit.token):
        return None  # 'minister voor Buitenlandse Handel', 'de Straat van Taiwan'
    if parsed and asked(hit.token, sent, sentence.question):
        return None  # 'Gaat Poetin aan bij onderhandelingen?'
    if parsed and construction is None and only_supposed(hit.token):
        return None  # 'als er een akkoord is', 'er is geen akkoord'
    if not entries or hit.token.ent_type_ == "PER" or _within_organisation_name(hit.token):
        return None
    entry, ambiguous = _choose(entries, sent, lexicon)
    refusal = refusal_of(entry, hit.token, lexicon) if parsed and construction is None else None
    entry = refusal or entry  # 'gaat niet akkoord': the negation is the refusal
    if construction is not None and construction.found is not None:
        found = construction.found
    else:
        found = arguments(hit.token, entry.type, entry.mode) if parsed else nearby_arguments(hit.token, sent)
    guessed = parsed and not (found.sources or found.targets) and entry.pos != "VERB"
    if guessed:  # an event noun the tree gives no actor ('het akkoord', 'de NAVO-top'): the names around it
        found = nearby_arguments(hit.token, sent)
    host = _host(hit.token, entry.type) if parsed else None
    if host is not None:
        found = Arguments((), (), found.location)
    actors = sorted(found.sources or found.targets, key=lambda t: t.i)
    if entry.type in MUTUAL_EVENT_TYPES and len(actors) == 2 and not (found.sources and found.targets):
        found = Arguments(tuple(actors[:1]), tuple(actors[1:]), found.location)  # the first named, with the other
    by_speaker = construction is not None and construction.by_speaker  # the quote's speaker, set by the events step
    if not found.sources and not found.targets and host is None and not by_speaker:
        return None  # an event is an interaction of actors: nobody named, no event
    if parsed and found.sources and not found.targets and entry.type not in MUTUAL_EVENT_TYPES:
        found = Arguments(found.sources, _named_recipient(hit.token, sent, found), found.location)
    policy = policy_of(hit.token) if parsed and entry.type in POLICY_EVENT_TYPES else None
    if policy is not None and policy not in found.targets:  # its maker, when no other recipient links (policies.py)
        found = Arguments(found.sources, (*found.targets, policy), found.location)
    token = hit.token
    when = dating_time(token, times, sentence.dated)
    modality = settle_modality(modality_of(token, sent, lexicon, parsed), token, when, timexes,
                               token.doc._.ng_published)
    kind, mode = entry.type, entry.mode
    if kind == "SUPPORT" and parsed:  # 'steunde de motie van wantrouwen': the motion's demand
        kind, mode = motion_event(token) or (kind, mode)
    refusal = refusal or (entry if entry in lexicon.negated_refusals else None)  # 'werkt niet mee': the act itself
    negated = parsed and refusal is None and not (construction and construction.negation_is_the_event) \
        and is_negated(token, lexicon) and not comes_before(token)  # 'ondanks gesprekken geen doorbraak': the other act's
    if kind == "CONSULT" and negated and modality == "future":
        kind, mode, negated = "REJECT", "meet", False  # 'We zullen niet onderhandelen': a refusal to meet
    elif _still_to_come(kind, modality, token, sentence, lexicon, when, parsed):
        kind, mode = "AGREE", None  # a meeting or help still to come is an agreement (docs/events.md)
    elif kind == "CONSULT" and parsed and is_prospect(token, lexicon.meeting_prospects):
        kind, mode = "AGREE", None  # 'stelde een top voor', 'een ontmoeting is mogelijk': not yet held
    # the classifier's probability where it chose the trigger, else how the lexicon found it
    confidence = chance if chance is not None else _BASE_CONFIDENCE[hit.how] - (0.15 if ambiguous else 0.0)
    confidence += 0.1 if found.sources and found.targets else 0.0
    confidence -= 0.15 if guessed else 0.0
    named = _arguments(found, times, sentence.ents)
    return EventMention(
        type=kind,
        mode=mode,
        trigger=Trigger(token.idx, token.idx + len(token.text), token.text),
        sentence=sentence.offsets,
        arguments=(host, *named) if host else named,
        negated=negated,
        modality=modality,
        confidence=round(min(confidence, 1.0), 2),
        when=joined_time(token.doc, when, times, sentence.dated) if parsed else when,
        future_tense=parsed and in_future_tense(token),
        story=story_time(token, times, sentence.dated.dates) if parsed else None,
        speaker_source=by_speaker,
    )


def _scored_hits(sent: Span, lexicon: EventLexicon, classifier: TriggerClassifier,
                 word_entries: dict | None = None) -> list[tuple[TriggerHit, float]]:
    """The lexicon's triggers the classifier keeps and the other words it adds, each with the
    lexicon entries of the type it gives them (a new entry without a mode when the lexicon has
    none; a kept trigger keeps all its entries unless the classifier retypes), and the probability
    that it is an event."""
    hits = {hit.token.i: hit for hit in find_triggers(sent, lexicon, word_entries)}
    words = [t for t in sent if is_candidate(t, t.i in hits)]
    if not words:
        return []
    context = sentence_vector(sent)
    features = np.stack([candidate_features(t, {e.type for e in hits[t.i].entries} if t.i in hits else set(), context)
                         for t in words])
    found = []
    for token, (kind, chance) in zip(words, classifier.decide(features, [t.i in hits for t in words]), strict=True):
        if kind is None:
            continue
        known = hits.get(token.i)
        if known is not None and not classifier.retype:
            found.append((known, chance))
            continue
        entries = tuple(e for e in known.entries if e.type == kind) if known else ()
        if not entries:
            pos = "VERB" if token.pos_ in _VERB_TAGS else "NOUN"
            entries = (TriggerEntry(kind, None, token.lemma_.lower(), pos),)
        found.append((TriggerHit(token, entries, known.how if known else "learned"), chance))
    return found


def _has_vectors(doc: Doc) -> bool:
    return doc.tensor is not None and doc.tensor.ndim == 2 and doc.tensor.shape[0] == len(doc) and len(doc) > 0


def find_event_mentions(doc: Doc, lexicon: EventLexicon, classifier: TriggerClassifier | None = None
                        ) -> list[EventMention]:
    """The event mentions of `doc`: the trigger lexicon's words, re-scored (and words added) by the
    classifier where the pipeline gives word vectors and ships one."""
    parsed = doc.has_annotation("DEP")
    timexes = list(doc._.ng_timexes or ()) if Doc.has_extension("ng_timexes") else []
    times, ents = [(t.start, t.end) for t in timexes], doc.ents
    learned = classifier is not None and _has_vectors(doc)
    dated = DocTimes.of(doc, times)
    found = []
    named: set[str] = set()  # lemmas of the triggers found so far
    word_entries: dict = {}  # the lexicon's entries of each written form, looked up once per article
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        if learned:
            hits = _scored_hits(sent, lexicon, classifier, word_entries)
        else:
            hits = [(hit, None) for hit in find_triggers(sent, lexicon, word_entries)]
        sentence = _Sentence(sent, timexes, times, ents, dated)
        in_sentence = []
        for hit, chance in hits:
            if parsed and (refers_back(hit.token, named) or refers_back_to_agreement(hit.token)):
                continue
            mention = _mention(hit, sentence, lexicon, parsed, chance)
            if mention is not None:
                in_sentence.append((hit.token, mention))
                named.add(hit.token.lemma_.lower())
            elif parsed and named_in_passing(hit.token):
                named.add(hit.token.lemma_.lower())
        taken = {hit.token.i for hit, _ in hits}
        constructions = find_constructions(sent) if parsed else []
        if parsed:  # criticism and praise in attributed speech, on words nothing else took (events/judgements.py)
            read: dict[str, set[int]] = {}
            for found_hit in [h for h, _ in hits] + [c.hit for c in constructions]:
                for entry in found_hit.entries:
                    read.setdefault(entry.type, set()).add(found_hit.token.i)
            constructions += find_judgements(sent, taken | {c.hit.token.i for c in constructions}, read)
        for construction in constructions:
            if construction.hit.token.i not in taken:
                mention = _mention(construction.hit, sentence, lexicon, parsed, construction=construction)
                in_sentence.extend([(construction.hit.token, mention)] if mention is not None else [])
                if mention is not None and construction.replaces is not None:  # 'kregen een werkstraf': the verb's
                    in_sentence = [(t, m) for t, m in in_sentence if t.i != construction.replaces]
        found.extend(without_contents(in_sentence) if parsed else [m for _, m in in_sentence])
    return found


class EventTagger:
    def __init__(self, name: str = "ng_events", lexicon: EventLexicon | None = None, classifier: str = ""):
        self.name = name
        self.lexicon = lexicon or load_event_lexicon()
        self.classifier = TriggerClassifier.load(Path(classifier)) if classifier else None

    def __call__(self, doc: Doc) -> Doc:
        # Like the time component: a failure costs this article its events, not its batch.
        try:
            doc._.ng_events = find_event_mentions(doc, self.lexicon, self.classifier)
        except Exception as error:
            doc._.ng_events = []
            doc._.ng_errors = [*(doc._.ng_errors or ()), StageError.from_exception("events", error)]
        return doc


@Language.factory("ng_events", assigns=["doc._.ng_events", "doc._.ng_errors"], requires=[],
                  default_config={"classifier": ""})
def make_event_tagger(nlp: Language, name: str, classifier: str) -> EventTagger:
    """`classifier`: the trigger classifier's weights (events/triggers.npz of the pipeline's folder), or ''."""
    return EventTagger(name, classifier=classifier)
