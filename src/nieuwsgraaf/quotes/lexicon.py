"""The words the quote finder reads with: speech verbs (data/lexicons/speech_verbs.tsv), word classes
(quote_words.tsv; the group nouns of speaker_nouns.tsv count as sources), the time words that end a
speaker phrase or front a clause (time.tsv) and the particles a separable verb leaves behind
(verb_particles.tsv). Which speech-verb forms are past tense comes from their weak ending or from the past
forms of strong_verbs.tsv ('klonk', 'verweet'), which no ending tells."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import resources
from ..time.lexicon import load_time_lexicon

FRAMES = ("te", "small", "question")
WORD_KINDS = (
    "finite", "not_finite", "connective", "clause_tail", "subordinator", "embedding", "not_verb", "fronted",
    "adverbial", "speaker_stop", "leading_adverb", "trailing_adverb", "title_adjective", "quantity", "partitive", "source", "not_adjective", "document",
    "opinion", "naming_verb", "naming", "medium", "addressed", "short_infinitive", "adjective_suffix", "degree",
    "preposition", "relative", "period_bound", "dated_noun", "asked", "content", "then", "clause_subject", "present_perfect", "other_reading",
    "speech_noun", "person_noun", "passive_cue", "heard_at", "occasion_determiner", "object_verb",
    "infinitive_continuation", "no_source", "negation_affirms",
)


class QuoteLexiconError(ValueError):
    """A line of a quote lexicon file is malformed; the message names file and line."""


@dataclass(frozen=True)
class QuoteLexicon:
    verbs: dict[str, str]  # form -> lemma; a separable verb as 'gaf ... toe'
    verb_pattern: str  # regex alternation of the forms a cue starts with, longest first
    frames: dict[str, frozenset[str]]  # lemma -> the complements it reports besides 'dat' (FRAMES)
    particles: dict[str, frozenset[str]]  # finite form of a separable verb -> its particles
    words: dict[str, frozenset[str]]  # WORD_KINDS -> lowercase words
    time_words: frozenset[str]  # weekdays, 'maandagavond', relative days ('gisteren', 'vanavond')
    relative_days: frozenset[str]  # 'gisteren', 'vandaag', 'vanavond'
    separable: frozenset[str] = frozenset()  # verb particles that split off (verb_particles.tsv)
    past_forms: frozenset[str] = frozenset()  # speech-verb forms in the past tense ('zei', 'klonk', 'meende')

    def lemma(self, form: str) -> str | None:
        return self.verbs.get(form) or self.verbs.get(form.lower())

    def takes(self, form: str, frame: str) -> bool:
        """Whether the verb `form` reports a complement of kind `frame` ('te', 'small', 'question'); a separable
        verb's finite form ('houdt' of 'houdt … vol') takes what its verb takes."""
        lemmas = {self.lemma(form)} | {self.verbs[f"{form} ... {p}"] for p in self.particles.get(form, ())}
        return any(lemma is not None and frame in self.frames.get(lemma, ()) for lemma in lemmas)

    def split_particle(self, form: str) -> str | None:
        """The particle a finite form leaves behind ('kondigde' of 'aankondigen' -> 'aan'), or None."""
        lemma = self.lemma(form) or ""
        return next((p for p in self.separable if lemma.startswith(p) and not form.lower().startswith(p)), None)

    def is_separable(self, form: str) -> bool:
        """A finite form that is only a cue together with its particle ('gaf … toe')."""
        return form in self.particles and form not in self.verbs

    def is_finite(self, word: str) -> bool:
        """A finite verb: an auxiliary or frequent verb, a speech or naming verb ('acht' and 'aldus' excepted)."""
        lower = word.lower()
        if lower in self.words["not_finite"]:
            return False
        return (lower in self.words["finite"] or lower in self.verbs or lower in self.particles
                or lower in self.words["naming_verb"])

    def is_plural_finite(self, word: str) -> bool:
        """A finite verb in the plural: 'vinden', 'zeggen' (a finite form ending in -en)."""
        return word.endswith("en") and self.is_finite(word)


def alternation(words) -> str:
    """A regex alternation of `words`, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda word: (-len(word), word)))


def _speech_verbs(path: Path) -> tuple[dict[str, str], dict[str, set[str]], dict[str, set[str]]]:
    verbs: dict[str, str] = {}
    frames: dict[str, set[str]] = {}
    particles: dict[str, set[str]] = {}
    for number, columns in resources.tsv_rows(path):
        if len(columns) not in (2, 3) or not columns[0] or not columns[1]:
            raise QuoteLexiconError(f"{path}:{number}: expected 'form<TAB>lemma[<TAB>frames]'")
        form, lemma = columns[0], columns[1]
        wanted = {f.strip() for f in columns[2].split(",") if f.strip()} if len(columns) == 3 else set()
        if wanted - set(FRAMES):
            raise QuoteLexiconError(f"{path}:{number}: unknown frame {sorted(wanted - set(FRAMES))}")
        frames.setdefault(lemma, set()).update(wanted)
        if " ... " in form:
            finite, particle = form.split(" ... ")
            particles.setdefault(finite, set()).add(particle)
        verbs[form] = lemma
    return verbs, frames, particles


def _word_classes(path: Path) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    for number, columns in resources.tsv_rows(path):
        if len(columns) != 2 or columns[0] not in words or not columns[1]:
            raise QuoteLexiconError(f"{path}:{number}: expected 'kind<TAB>word' with a kind of {WORD_KINDS}")
        words[columns[0]].add(columns[1].lower())
    return {kind: frozenset(found) for kind, found in words.items()}


# A weak past tense: a consonant plus -de(n)/-te(n) ('meende', 'luidden'); no present form ends in -de/-te,
# and a present plural in -den/-ten is the infinitive itself ('melden').
_WEAK_PAST = re.compile(r"[bcdfghjklmnpqrstvwxz](?:de|te)(n?)$")


def _strong_past(folder: Path) -> frozenset[str]:
    """The past singular and plural of every verb of strong_verbs.tsv and strong_verb_homographs.tsv."""
    found: set[str] = set()
    for name in ("strong_verbs.tsv", "strong_verb_homographs.tsv"):
        for _, fields in resources.tsv_rows(folder / name):
            if len(fields) > 1:
                found.update(form.strip() for form in fields[1].split(",")[:2])
    return frozenset(found)


def _past_forms(verbs: dict[str, str], folder: Path) -> frozenset[str]:
    strong = _strong_past(folder)
    found = set()
    for form, lemma in verbs.items():
        finite = form.split(" ... ")[0].lower()
        weak = _WEAK_PAST.search(finite)
        if finite in strong or (weak and not (weak.group(1) and finite == lemma.lower())):
            found.add(finite)
    return frozenset(found)


@cache
def speaker_nouns(folder: Path | None = None) -> dict[str, frozenset[str]]:
    """The head nouns of data/lexicons/speaker_nouns.tsv by kind ('office', 'group', 'body', …),
    casefolded: the quote stage's one reading of that file."""
    found: dict[str, set[str]] = {}
    for _, fields in resources.tsv_rows((folder or resources.data_path("lexicons")) / "speaker_nouns.tsv"):
        if len(fields) > 1:
            found.setdefault(fields[0], set()).add(fields[1].casefold())
    return {kind: frozenset(nouns) for kind, nouns in found.items()}


def _with_groups(words: dict[str, frozenset[str]], groups: frozenset[str], partitive: frozenset[str]
                 ) -> dict[str, frozenset[str]]:
    """The word classes with the groups of speaker_nouns.tsv ('militairen', 'activisten') among the
    sources: a bare plural of them names an unnamed source as 'ingewijden' does ('Militairen zeiden dat …');
    and the nouns of a share of a group (partitive_nouns.txt, shared with the events stage)."""
    return {**words, "source": words["source"] | groups,
            "partitive": words["partitive"] | partitive}


@cache
def load_quote_lexicon(folder: Path | None = None) -> QuoteLexicon:
    folder = folder or resources.data_path("lexicons")
    verbs, frames, particles = _speech_verbs(folder / "speech_verbs.tsv")
    time = load_time_lexicon(folder)
    days = set(time.weekdays) | {day + part for day in time.weekdays for part in time.dayparts}
    starts = [f for f in verbs if " ... " not in f] + list(particles)
    return QuoteLexicon(
        verbs,
        alternation(starts),
        {lemma: frozenset(found) for lemma, found in frames.items()},
        {finite: frozenset(found) for finite, found in particles.items()},
        _with_groups(_word_classes(folder / "quote_words.tsv"), speaker_nouns(folder).get("group", frozenset()),
                     frozenset(fields[0].lower() for _, fields in resources.tsv_rows(folder / "partitive_nouns.txt"))),
        frozenset(days | set(time.reldays)),
        frozenset(time.reldays),
        frozenset(fields[0] for _, fields in resources.tsv_rows(folder / "verb_particles.tsv")
                  if len(fields) > 1 and fields[1] == "separable"),
        _past_forms(verbs, folder),
    )
