"""Trigger words in a sentence: single words, separable verbs, compound nouns and phrases."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import COMPOUND_MIN, EventLexicon, PhrasePattern, TriggerEntry, WordPattern
from .refusals import refused


@dataclass(frozen=True)
class TriggerHit:
    token: Token  # the trigger word
    entries: tuple[TriggerEntry, ...]  # every type the words allow; the component picks one
    how: str  # word | split | compound | phrase


_VERB_TAGS = frozenset({"VERB", "AUX"})


def _read_as_verb(token: Token, lexicon: EventLexicon) -> bool:
    """A past form that is also a noun or adjective ('vroeg', 'sloten') counts only where the tagger
    reads it as a verb ('Tunesië vroeg om de uitlevering', not 'vroeg in de ochtend')."""
    return token.lower_ not in lexicon.verb_only or token.pos_ in _VERB_TAGS


def _word_entries(lower: str, lexicon: EventLexicon) -> tuple[list[TriggerEntry], str]:
    """The entries of a written form (lower case) as a word of its own or the head of a compound;
    the caller has checked the tag (`_read_as_verb`)."""
    if lower in lexicon.not_triggers:
        return [], ""
    if lower in lexicon.words:
        return lexicon.words[lower], "word"
    for piece in (lower.rsplit("-", 1)[-1],) if "-" in lower else ():
        if piece in lexicon.words:
            return lexicon.words[piece], "compound"  # NAVO-top
    for cut in range(COMPOUND_LEFT, len(lower) - COMPOUND_MIN + 1):
        head = lexicon.words.get(lower[cut:])
        nouns = [e for e in head or () if e.pos == "NOUN" and len(e.lemma) >= COMPOUND_MIN]
        if nouns:
            return nouns, "compound"  # raketaanvallen
    return [], ""


def _particle_in(sent: Span, verb: Token, particle: str) -> bool:
    """The separable verb's particle after it: in a parse, a word the verb governs ('zei … op'
    with 'op' heading a phrase of its own is no 'opzeggen'); or right before its te-infinitive
    ('dreigt uit de WTO uit te stappen', 'besloot op te stappen')."""
    doc = verb.doc
    if verb.i >= sent.start + 2 and doc[verb.i - 1].lower_ == "te" and doc[verb.i - 2].lower_ == particle:
        return True
    parsed = doc.has_annotation("DEP")
    # only the words after the verb: a walk through the whole sentence made a Token per word of it
    return any(t.lower_ == particle and (not parsed or t.head.i == verb.i or _stray_particle(t, verb))
               for t in doc[verb.i + 1:sent.end])


def _stray_particle(particle: Token, verb: Token) -> bool:
    """A particle the parser hung on another word, as it often does on an infinitive further on
    ('roept mensen op thuis te blijven'); not one that stands where the other verb's own particle
    stands, after it or right before it ('zei … en riep verder op', 'de goede kant op gaan', 'aan
    te vechten'), which is that verb's, not the trigger's ('zei'), unless the trigger stands between
    them ('heeft geprotesteerd. We dringen er op aan')."""
    if particle.dep_ != "compound:prt":
        return False
    head = particle.head
    if head.pos_ not in ("VERB", "AUX"):
        return True
    if head.i < particle.i:
        return head.i < verb.i
    return [t.lower_ for t in particle.doc[particle.i + 1:head.i]] not in ([], ["te"])


def _split_entries(token: Token, lower: str, sent: Span, lexicon: EventLexicon,
                   written: frozenset[str] | set[str] | None = None) -> list[TriggerEntry]:
    """The separable verbs `token` (written `lower`) is the verb part of, with their particle in `sent`;
    the caller has checked the tag (`_read_as_verb`). `written`: the lower case of every word of `sent`,
    when the caller has it: a particle the sentence does not hold needs no walk over its words (a
    verb such as 'zeggen' has many particles: 'af', 'op', 'toe', …)."""
    candidates = lexicon.split_words.get(lower)
    if not candidates:  # most words: no list to build
        return []
    return [entry for entry, particle in candidates
            if (written is None or particle in written) and _particle_in(sent, token, particle)]


def phrase_form(lower: str) -> str:
    """A word as a phrase word is looked up: without a full stop the tokenizer left on the sentence's
    last word ('kreeg een veeg uit de pan.')."""
    return lower[:-1] if lower.endswith(".") and lower[:-1].isalpha() else lower


def _joined_verbs(tokens: list[Token], lowers: list[str], lexicon: EventLexicon) -> dict[int, str]:
    """The verbs with their particle written apart just before them ('zijn overeen gekomen', 'werd stop
    gezet', 'zal bijeen komen'), as one word, by the verb's index: the verb tagged one, the particle
    hanging on it in a parse (in 'hoopt op een akkoord' the 'op' governs the noun)."""
    joined = {}
    for n in range(1, len(tokens)):
        if lowers[n - 1] in lexicon.particles and tokens[n].pos_ in _VERB_TAGS:
            particle, verb = tokens[n - 1], tokens[n]
            # no dependency label: an unparsed Doc (has_annotation would walk the whole Doc per word)
            if not particle.dep_ or particle.head.i == verb.i:
                joined[verb.i] = lowers[n - 1] + phrase_form(lowers[n])
    return joined


def _matches(pattern: WordPattern, token: Token, sent: Span, joined: dict[int, str] | None = None) -> bool:
    lower = phrase_form(token.lower_)
    if lower in pattern.glued or joined and joined.get(token.i) in pattern.glued:
        return True
    return any(lower in forms and _particle_in(sent, token, particle) for forms, particle in pattern.split)


COMPOUND_LEFT = 3  # letters before a compound's head: 'migratie' is no 'mi' + 'gratie'
PHRASE_WINDOW = 10  # tokens a phrase's words may lie apart ('dient … een klacht in bij de WTO')
GOVERNED_WITHIN = 4  # a preposition stands this close before its noun ('uit de Vlaamse regering')


def _prepositions_in_place(phrase: PhrasePattern, found: list[Token]) -> bool:
    """Each preposition of the phrase stands just before the word it governs: in 'De partij zette een
    tent op en deelt er folders uit' the 'uit' is a particle of 'deelt', not the 'uit' of 'uit de
    partij zetten'. A governed verb may stand anywhere ('stemde ertegen' for 'tegen stemmen')."""
    for n in phrase.governing:
        preposition, governed = found[n], found[n + 1]
        if governed.pos_ in ("VERB", "AUX"):
            continue
        if not 0 < governed.i - preposition.i <= GOVERNED_WITHIN:
            return False
    return True


def _place(token: Token) -> int:
    """Where a phrase word counts as standing: a verb's particle at its verb, since it closes the clause
    however long that is ('hield … de boot voor extra maatregelen nog af')."""
    return token.head.i if token.dep_ == "compound:prt" else token.i


def _close(token: Token, other: Token) -> bool:
    """Two words of a phrase lie within the window (a particle at its verb), or one is the other's head."""
    return abs(_place(token) - _place(other)) <= PHRASE_WINDOW or token.head == other or other.head == token


def _phrase_tokens(phrase: PhrasePattern, sent: Span, joined: dict[int, str] | None = None) -> list[Token] | None:
    """One token per word of the phrase, in any order (Dutch moves verbs), close together, or None.
    Each occurrence of the first word is tried: in 'in zijn kritiek, omdat hij … in twijfel trok' the
    first 'in' is too far from the rest. `joined`: the verbs with their particle just before them."""
    for first in (t for t in sent if _matches(phrase.words[0], t, sent, joined)):
        found = [first]
        for pattern in phrase.words[1:]:
            token = next((t for t in sent if t not in found and _matches(pattern, t, sent, joined)
                          and all(_close(t, f) for f in found)), None)
            if token is None:
                break
            found.append(token)
        else:
            if _prepositions_in_place(phrase, found):
                return found
    return None


def find_triggers(sent: Span, lexicon: EventLexicon,
                  word_entries: dict[str, tuple[list[TriggerEntry], str]] | None = None) -> list[TriggerHit]:
    """The trigger words of one sentence; a phrase wins over the single words it is made of.
    `word_entries`: the entries of the written forms looked up so far (`_word_entries`), for a caller
    that reads every sentence of one Doc (a word recurs from sentence to sentence)."""
    hits: dict[int, TriggerHit] = {}
    covered: set[int] = set()
    tokens = list(sent)  # a Span makes a new Token object per word on every pass: once
    lowers = [t.lower_ for t in tokens]  # and each word's lower case, read once
    joined = _joined_verbs(tokens, lowers, lexicon)
    written = {phrase_form(lower) for lower in lowers} | set(joined.values())
    keyed = {index for lower in written for index in lexicon.phrase_keys.get(lower, ())}
    complete = [i for i in keyed if all(not forms.isdisjoint(written) for forms in lexicon.phrase_word_forms[i])]
    for index in sorted(complete):  # the lexicon keeps the longest phrases first
        phrase = lexicon.phrases[index]
        words = _phrase_tokens(phrase, sent, joined)
        if words is None:
            continue
        anchor = words[phrase.anchor]
        if anchor.i in hits:
            continue  # a longer phrase already took this trigger (phrases come longest first)
        if phrase.entry in lexicon.negated_refusals and not refused(words, anchor, lexicon):
            continue  # 'werkt mee aan' names no refusal; 'werkt niet mee aan' does
        hits[anchor.i] = TriggerHit(anchor, (phrase.entry,), "phrase")
        covered |= {t.i for t in words}
    known = {} if word_entries is None else word_entries
    present = set(lowers)  # for the particles of separable verbs (_split_entries)
    for token, lower in zip(tokens, lowers, strict=True):
        if token.i in covered or not token.is_alpha and "-" not in token.text or not _read_as_verb(token, lexicon):
            continue
        # a separable verb wins over the word alone; asked only of a verb part the lexicon has (a call per
        # word of the article cost more than the look-up itself)
        split = _split_entries(token, lower, sent, lexicon, present) if lower in lexicon.split_words else []
        together = _word_entries(joined[token.i], lexicon)[0] if token.i in joined else []
        if together:  # its particle written apart before it: 'overeen gekomen'
            entries, how = together, "split"
        elif split:
            entries, how = split, "split"
        else:
            if lower not in known:
                known[lower] = _word_entries(lower, lexicon)
            entries, how = known[lower]
        if entries:
            hits[token.i] = TriggerHit(token, tuple(entries), how)
    return [hits[i] for i in sorted(hits)]
