"""The event lexicons: trigger words per PLOVER type, verb particles, modality cues.

Files (data/lexicons/): event_triggers.tsv and event_procedure.tsv (the same columns), verb_particles.tsv,
strong_verbs.tsv, strong_verb_homographs.tsv, event_modality.tsv, event_type_cues.tsv, event_not_triggers.txt,
event_trigger_contexts.tsv, event_refusals.tsv, event_negated_refusals.tsv.
Every trigger's citation form is expanded into the written forms that can match a token.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from .. import resources
from ..records import EVENT_MODALITIES as MODALITIES
from ..records import EVENT_TYPES as TYPES
from .contexts import CONDITIONS, TriggerContext
from .forms import noun_forms, verb_forms

# Words a phrase may hold that are not themselves matched (articles, reflexives).
_SKIPPED = frozenset({"de", "het", "een", "zich", "iemand", "iets"})
# Threats, demands and refusals: their object says what is threatened, asked or refused (events/contents.py;
# offers, proposals and bans: data/lexicons/event_content_acts.tsv).
SPEECH_ACTS = frozenset({"THREATEN", "REQUEST", "REJECT"})
COMPOUND_MIN = 5  # a trigger noun this long also matches as the head of a compound ('raketaanvallen')
PHRASE_WORD_AS_WRITTEN = 3  # a phrase word this short is matched only as written
# The trigger files, read in this order (a tie of cue words keeps the first row): the general lexicon, then the
# parliamentary and formation procedure written apart with the guideline section each row follows (§58).
TRIGGER_FILES = ("event_triggers.tsv", "event_procedure.tsv")


class EventLexiconError(ValueError):
    """A line of an event lexicon is malformed; the message names file and line."""


@dataclass(frozen=True)
class TriggerEntry:
    type: str
    mode: str | None
    lemma: str
    pos: str


@dataclass(frozen=True)
class WordPattern:
    """The written forms of one word; `split` forms count only with their particle in the sentence."""

    glued: frozenset[str]
    split: tuple[tuple[frozenset[str], str], ...] = ()


@dataclass(frozen=True)
class PhrasePattern:
    entry: TriggerEntry
    words: tuple[WordPattern, ...]
    anchor: int  # which word is the trigger (a speech act's own word, else the event noun, else the verb)
    # the words that are a preposition governing the phrase's next word ('uit' in 'uit de partij zetten'):
    # that word, unless a verb, must follow it closely (events/triggers.py, _prepositions_in_place)
    governing: tuple[int, ...] = ()


@dataclass
class EventLexicon:
    words: dict[str, list[TriggerEntry]] = field(default_factory=lambda: defaultdict(list))
    split_words: dict[str, list[tuple[TriggerEntry, str]]] = field(default_factory=lambda: defaultdict(list))
    phrases: list[PhrasePattern] = field(default_factory=list)
    # Each phrase is indexed by the written forms of its rarest word (_key_word): a sentence tries only
    # the phrases whose key word it holds, then checks their other words against its set of words, so
    # more phrases with common words ('op', 'gaan', 'zetten') cost no more per sentence.
    phrase_keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    phrase_word_forms: list[tuple[frozenset[str], ...]] = field(default_factory=list)  # per phrase, per word
    modality: dict[str, str] = field(default_factory=dict)
    type_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negations: frozenset[str] = frozenset({"niet", "geen", "nooit", "noch", "geen enkele"})
    not_triggers: frozenset[str] = frozenset()  # event_not_triggers.txt: 'persconferentie', 'migratie'
    # event_trigger_contexts.tsv: (type, lemma) -> the conditions its sense needs; ('*', '*') every noun
    contexts: dict[tuple[str, str], tuple[TriggerContext, ...]] = field(default_factory=dict)
    # event_refusals.tsv: (type, lemma) of a consent word -> the (type, mode) it names when negated:
    # REJECT for a consent, THREATEN for 'sluit niet uit' (not ruling out)
    refusals: dict[tuple[str, str], tuple[str, str | None]] = field(default_factory=dict)
    # event_negated_refusals.tsv: the REJECT phrases that name a refusal only when negated ('werkt niet mee')
    negated_refusals: frozenset[TriggerEntry] = frozenset()
    event_nouns: frozenset[str] = frozenset()  # the written forms of the trigger nouns: words naming acts
    meeting_prospects: frozenset[str] = frozenset()  # event_meeting_prospects.txt: 'voorgesteld', 'mogelijk'
    # forms only a past that is also a noun or adjective gives ('vroeg', 'sloten'): a trigger only when tagged a verb
    verb_only: frozenset[str] = frozenset()
    # the particles a separable verb splits off (verb_particles.tsv): one written apart just before its
    # verb ('overeen gekomen', 'stop gezet') joins it (events/triggers.py, _joined)
    particles: frozenset[str] = frozenset()

    def contexts_for(self, entry: TriggerEntry, noun: bool) -> tuple[TriggerContext, ...]:
        """The conditions a trigger of `entry` must meet; `noun`: the word is tagged as a noun."""
        return self.contexts.get((entry.type, entry.lemma), ()) + (self.contexts.get(("*", "*"), ()) if noun else ())


def _strong_verbs() -> dict[str, tuple[str, ...]]:
    return {fields[0]: tuple(fields[1].split(",")) for _, fields in resources.lexicon_rows("strong_verbs.tsv")}


def _homographs() -> dict[str, tuple[str, ...]]:
    return {fields[0]: tuple(fields[1].split(",")) for _, fields in resources.lexicon_rows("strong_verb_homographs.tsv")}


def _with_homographs(strong: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The strong verbs with the past forms that are also other words."""
    merged = dict(strong)
    for lemma, forms in _homographs().items():
        merged[lemma] = (*merged.get(lemma, ()), *forms)
    return merged


def _verb_pattern(word: str, strong, every, particles) -> tuple[WordPattern, set[str]]:
    """The verb's pattern with every past form (`every`), and the forms it gives without them."""
    plain, full = _word_pattern(word, strong, particles), _word_pattern(word, every, particles)
    return full, set(plain.glued) | {form for forms, _ in plain.split for form in forms}


def _particles() -> dict[str, str]:
    return {fields[0]: fields[1] for _, fields in resources.lexicon_rows("verb_particles.tsv")}


def _word_pattern(word: str, strong, particles) -> WordPattern:
    """A verb (ends in -n) gets verb and noun forms, anything else noun forms."""
    glued = set(noun_forms(word)) | {word}
    split = []
    if word.endswith("n") and len(word) > 3:
        for reading in verb_forms(word, strong, particles):
            glued |= reading.glued
            if reading.particle:
                split.append((reading.finite, reading.particle))
    return WordPattern(frozenset(glued), tuple(split))


def _phrase_word(word: str, strong, particles) -> WordPattern:
    """A phrase word of three letters or fewer ('ja', 'nee', 'op', 'cel') is matched as written:
    its made-up inflections are other words ('ja' -> 'jan' in 'Jan Jambon zei', 'op' -> 'open')."""
    if len(word) <= PHRASE_WORD_AS_WRITTEN:
        return WordPattern(frozenset({word}))
    return _word_pattern(word, strong, particles)


def _anchor(words: list[str], event_nouns: set[str], own_words: set[str]) -> int:
    """The trigger of a phrase: the event noun, else its last verb; but in a threat, demand or
    refusal the word that names the act itself ('dreigen met sancties', 'ontslag eisen'), since
    an event noun there only says what is threatened or asked (docs/events.md §2, §3)."""
    content = [i for i, w in enumerate(words) if w not in _SKIPPED]
    acts = [i for i in content if words[i] in own_words]
    if acts:
        return acts[0]
    nouns = [i for i in content if words[i] in event_nouns]
    if nouns:
        return nouns[0]
    # an infinitive ends in -n ('stemmen', 'staan'); a preposition or copula never is the trigger ('tegen', 'zijn')
    never = resources.lexicon_words("phrase_non_triggers.txt")
    candidates = [i for i in content if words[i].lstrip("*") not in never] or content
    verbs = [i for i in candidates if words[i].endswith("n") and len(words[i]) > 3]
    return verbs[-1] if verbs else candidates[0]


def _governing(words: list[str], kept: list[int]) -> tuple[int, ...]:
    """The positions (among the kept words) of the prepositions followed by another word of the phrase:
    'uit' in 'uit de partij zetten', 'op' in 'op straat zetten'; not 'tegen' in 'stemmen tegen'."""
    prepositions = resources.lexicon_words("phrase_non_triggers.txt")
    return tuple(n for n, i in enumerate(kept[:-1]) if words[i] in prepositions)


def _act_words(rows: list[TriggerEntry]) -> dict[str, set[str]]:
    """Per speech act type, the lemmas (and noun forms) of its single-word triggers."""
    found: dict[str, set[str]] = defaultdict(set)
    for entry in rows:
        if entry.type in SPEECH_ACTS and entry.pos != "PHRASE":
            found[entry.type] |= set(noun_forms(entry.lemma)) if entry.pos == "NOUN" else {entry.lemma}
    return found


def _trigger_rows(name: str) -> list[TriggerEntry]:
    """The rows of one trigger file (type, mode, lemma, VERB|NOUN|PHRASE, then notes)."""
    rows = []
    for number, fields in resources.lexicon_rows(name):
        if fields[0] == "type":
            continue  # the header
        if len(fields) < 4 or fields[0] not in TYPES or fields[3] not in ("VERB", "NOUN", "PHRASE"):
            raise EventLexiconError(f"{name} line {number}: expected type, mode, lemma, VERB|NOUN|PHRASE")
        if "*" in fields[2] and fields[3] != "PHRASE":
            raise EventLexiconError(f"{name} line {number}: only a PHRASE marks its trigger word with *")
        rows.append(TriggerEntry(fields[0], fields[1] or None, fields[2].lower().strip(), fields[3]))
    return rows


@cache
def load_event_lexicon() -> EventLexicon:
    strong, particles = _strong_verbs(), _particles()
    every = _with_homographs(strong)
    rows = [entry for name in TRIGGER_FILES for entry in _trigger_rows(name)]
    lexicon = EventLexicon()
    lexicon.particles = frozenset(word for word, kind in particles.items() if kind != "inseparable")
    event_nouns = {form for entry in rows if entry.pos == "NOUN" for form in noun_forms(entry.lemma)}
    lexicon.event_nouns = frozenset(event_nouns)
    act_words = _act_words(rows)
    ordinary: set[str] = set()  # the forms the lexicon's words give without the homograph pasts
    every_form: set[str] = set()
    refusal_rows = _negated_refusals()
    lexicon.negated_refusals = frozenset(refusal_rows)
    for entry in [*rows, *refusal_rows]:
        if entry.pos == "PHRASE":
            words = [w.lstrip("*") for w in entry.lemma.split()]
            marked = [i for i, w in enumerate(entry.lemma.split()) if w.startswith("*")]
            patterns = tuple(_phrase_word(w, strong, particles) for w in words if w not in _SKIPPED)
            anchor = marked[0] if marked else _anchor(words, event_nouns, act_words.get(entry.type, set()))
            kept = [i for i, w in enumerate(words) if w not in _SKIPPED]
            lexicon.phrases.append(PhrasePattern(entry, patterns, kept.index(anchor), _governing(words, kept)))
            continue
        if entry.pos == "VERB":
            pattern, plain = _verb_pattern(entry.lemma, strong, every, particles)
        else:
            plain = noun_forms(entry.lemma)
            pattern = WordPattern(frozenset(plain))
        ordinary |= plain
        every_form |= set(pattern.glued) | {form for forms, _ in pattern.split for form in forms}
        for form in pattern.glued:
            lexicon.words[form].append(entry)
        for forms, particle in pattern.split:
            for form in forms:
                lexicon.split_words[form].append((entry, particle))
    for number, fields in resources.lexicon_rows("event_modality.tsv"):
        if len(fields) < 2 or fields[1] not in MODALITIES:
            raise EventLexiconError(f"event_modality.tsv line {number}: expected word, modality")
        lexicon.modality[fields[0]] = fields[1]
    cues: dict[str, list[str]] = defaultdict(list)
    for number, fields in resources.lexicon_rows("event_type_cues.tsv"):
        if len(fields) < 2 or fields[0] not in TYPES:
            raise EventLexiconError(f"event_type_cues.tsv line {number}: expected type, cue")
        cues[fields[0]].append(fields[1])
    lexicon.type_cues = {kind: tuple(words) for kind, words in cues.items()}
    lexicon.not_triggers = resources.lexicon_words("event_not_triggers.txt")
    lexicon.meeting_prospects = resources.lexicon_words("event_meeting_prospects.txt")
    lexicon.verb_only = frozenset(every_form - ordinary)
    lexicon.contexts = _contexts({(entry.type, entry.lemma) for entry in rows})
    lexicon.refusals = _refusals({(entry.type, entry.lemma) for entry in rows})
    # a negated consent first: when its negation holds it wins over the consent's own phrase ('legt zich niet neer bij')
    lexicon.phrases.sort(key=lambda phrase: (phrase.entry not in lexicon.negated_refusals, -len(phrase.words)))
    for index, phrase in enumerate(lexicon.phrases):
        forms = tuple(pattern.glued | {f for written, _ in pattern.split for f in written} for pattern in phrase.words)
        lexicon.phrase_word_forms.append(forms)
        for form in forms[_key_word(phrase)]:
            lexicon.phrase_keys[form].append(index)
    return lexicon


def _key_word(phrase: PhrasePattern) -> int:
    """The phrase word least likely in a sentence: not a preposition, not a verb, then the longest
    ('stof' in 'door het stof gaan', 'overstag' in 'overstag gaan')."""
    words = [w.lstrip("*") for w in phrase.entry.lemma.split() if w.lstrip("*") not in _SKIPPED]
    prepositions = resources.lexicon_words("phrase_non_triggers.txt")
    return min(range(len(words)), key=lambda n: (words[n] in prepositions, bool(phrase.words[n].split)
                                                 or _infinitive(words[n]), -len(words[n])))


def _infinitive(word: str) -> bool:
    """A word that reads as a verb's infinitive ('hebben', 'gaan'), not a noun in -n ('lijn': keyed by
    'hebben', 'aan de lijn hebben' was tried on every sentence with a form of 'hebben')."""
    return word.endswith(("en", "aan")) and len(word) > 3


def _contexts(known: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[TriggerContext, ...]]:
    found: dict[tuple[str, str], list[TriggerContext]] = defaultdict(list)
    for number, fields in resources.lexicon_rows("event_trigger_contexts.tsv"):
        if fields[0] == "type":
            continue  # the header
        key = (fields[0], fields[1].lower()) if len(fields) >= 4 else None
        if key is None or fields[2] not in CONDITIONS or (key != ("*", "*") and key not in known):
            raise EventLexiconError(f"event_trigger_contexts.tsv line {number}: expected type, lemma of "
                                    f"event_triggers.tsv (or * *), one of {sorted(CONDITIONS)}, words")
        found[key].append(TriggerContext(fields[2], frozenset(w.strip().lower() for w in fields[3].split(","))))
    return {key: tuple(contexts) for key, contexts in found.items()}


def _refusals(known: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str | None]]:
    found = {}
    for number, fields in resources.lexicon_rows("event_refusals.tsv"):
        key = (fields[0], fields[1].lower()) if len(fields) >= 2 else None
        named = (fields[3] if len(fields) > 3 else "") or "REJECT"
        if key is None or key not in known or named not in TYPES:
            raise EventLexiconError(f"event_refusals.tsv line {number}: expected type, lemma of event_triggers.tsv, "
                                    "mode, and optionally the type the negation names")
        found[key] = (named, (fields[2] if len(fields) > 2 else "") or None)
    return found


def _negated_refusals() -> list[TriggerEntry]:
    """The rows of event_negated_refusals.tsv as REJECT phrases (docs/events.md §57)."""
    found = []
    for number, fields in resources.lexicon_rows("event_negated_refusals.tsv"):
        if fields[0] == "mode":
            continue  # the header
        if len(fields) < 2 or fields[0] not in ("assist", "change", "yield", "meet") or "*" not in fields[1]:
            raise EventLexiconError(f"event_negated_refusals.tsv line {number}: expected a REJECT mode and a "
                                    "construction with its trigger marked *")
        found.append(TriggerEntry("REJECT", fields[0], fields[1].lower().strip(), "PHRASE"))
    return found
