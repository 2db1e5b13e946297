"""The group or body the sentences before a quote are about, when a description names it as their
subject: 'De vakbonden verzetten zich tegen … "…", luidt het.' is the unions' quote, not that of the
last person named. Salience (salience.py) knows only people; this is its counterpart for bodies
and groups, tried first where no words name a speaker.

The subject is a definite noun phrase opening the sentence ('De bonden voeren …', 'Ook de
vakbonden …', 'En de oppositie bleef …') whose head is a body, group or institution noun of
data/lexicons/speaker_nouns.tsv; a plural 'ze' or 'zij' opening the sentence ('Ze verzetten zich …') goes on to the sentence before.
Only the sentences of the quote's paragraph count, and anything else opening a sentence ends the
search: a name, a singular pronoun, a fronted phrase ('Met een staking voeren de bonden …' is left
to the person the text is about, the quote stage having no parse to find a subject after the verb).

A quote with no cue at all (direct_quotes.py) goes first to `subject_body`: the named body or group
(a linked organisation or country, a list of them, a group noun) that is the subject of its
sentence so far, else of the sentence before in its paragraph, opening it ('De PS maakt zich
zorgen. "…"') or right after the verb of a fronted prepositional phrase ('Met een staking voeren de
vakbonden de druk op. "…"'); a person named in an object or a prepositional phrase of that sentence
does not speak. A sentence reporting someone else's words (a cue beside a person, 'klinkt het',
'volgens') gives no body."""

from __future__ import annotations

import re
from functools import cache

from ..records import SpeakerRef
from .clauses import first_finite
from .constructions.cues import cues_in, full_cue
from .context import Context
from .lexicon import speaker_nouns
from .rules import IMPERSONAL_CUE

_SENTENCES_BACK = 2  # a plural 'ze' is followed back this many sentences
_DEFINITE = re.compile(r"(?:[Dd]e|[Hh]et)\s")
_PLURAL_PRONOUN = re.compile(r"(?:[Zz]e|[Zz]ij)\s+[a-z]+en\b")  # 'Ze verzetten', 'Zij eisen' (the verb plural)
_COORDINATOR = re.compile(r"(?:En|Maar)\s+")
_TOPIC_KINDS = frozenset({"body", "group", "institution"})
_OPENING = " \n\"“”„«»‘’'"
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:maar|terwijl)\s+")  # 'X eiste …, maar het hof oordeelt dat "…"': the last main clause's subject
_ACCORDING_TO = re.compile(r"\b[Vv]olgens\b")
_IMPERSONAL = re.compile(rf"\b(?:{IMPERSONAL_CUE})\b")
_PLURAL_BEFORE_ARTICLE = re.compile(r"\s([a-z]+en)\s+(?:[Dd]e|[Hh]et)\s")
_SUBJECT_LEAD = re.compile(r"(?:\s|[Dd]e\s|[Hh]et\s|[a-z][\w-]*\s)*")  # an article, adjectives: 'de Amerikaanse regering'
_BODY_LABELS = frozenset({"ORG", "LOC"})  # a party, an organisation, a country acting as its state


@cache
def group_nouns() -> frozenset[str]:
    """Head nouns of a body or group (data/lexicons/speaker_nouns.tsv kinds body, group, institution)."""
    nouns = speaker_nouns()
    return frozenset().union(*(nouns.get(kind, frozenset()) for kind in _TOPIC_KINDS))


def described_topic(context: Context, before: int) -> SpeakerRef | None:
    """The body or group that opens, as its subject, the sentence of its paragraph right before
    `before` (past plural pronouns), or None."""
    paragraph = context.text.rfind("\n", 0, before) + 1
    sentences = [(start, min(end, before)) for start, end in context.sentences
                 if paragraph <= start < before and context.text[start:min(end, before)].strip(_OPENING)]
    for start, end in reversed(sentences[-_SENTENCES_BACK - 1:]):
        opening = start + len(context.text[start:end]) - len(context.text[start:end].lstrip(_OPENING))
        if _PLURAL_PRONOUN.match(context.text, opening, end):
            continue
        return _group_subject(context, opening, end)
    return None


def _group_subject(context: Context, start: int, end: int) -> SpeakerRef | None:
    text, rules = context.text, context.rules
    coordinator = _COORDINATOR.match(text, start, end)
    if coordinator:  # 'En de oppositie bleef eisen …'
        start = coordinator.end()
    adverb = rules.leading_adverb.match(text[start:end])
    if adverb:
        start += adverb.end()
    if not _DEFINITE.match(text, start):
        return None
    phrase = rules.noun_phrase.match(text, start, end)
    if phrase is None:
        return None
    words = text[start:phrase.end()].split(" van ")[0].split()
    head = words[-1].rsplit("-", 1)[-1].casefold() if len(words) > 1 else ""
    if head not in group_nouns() or any(start <= m.start < phrase.end() for m in context.reader.mentions):
        return None
    return context.reader.unnamed(start, phrase.end())


def subject_body(context: Context, before: int) -> SpeakerRef | None:
    """The named body or group that is the subject of the quote's sentence up to `before`, else of
    the sentence before it in its paragraph: 'De PS maakt zich zorgen. "…"', 'Nederland en
    Australië vragen een oplossing "…"', 'Met een staking voeren de vakbonden de druk op. "…"'.
    The subject opens the sentence, or follows the finite verb after a fronted prepositional
    phrase; a person named elsewhere in the sentence (in an object or a prepositional phrase) is
    not what it is about. None when the subject is a person, or no body or group."""
    sentence = _sentence_before(context, before)
    if sentence is None:
        return None
    start, end = sentence
    text = context.text
    start += len(text[start:end]) - len(text[start:end].lstrip(_OPENING))
    start = max(start, max((m.end() for m in _NEW_CLAUSE.finditer(text, start, end)), default=start))
    coordinator = _COORDINATOR.match(text, start, end)
    if coordinator:
        start = coordinator.end()
    words = text[start:end]
    if not words.strip() or _reports_person(context, start, end):
        return None
    if words.split()[0].casefold() in context.lexicon.words["preposition"]:  # 'Met een staking voeren de bonden …'
        place = _after_fronted_verb(context, start, end)
        if place is None:
            return None
        group = _group_subject(context, place, end)
        if group is not None:
            return group
        ref = context.reader.speaker_from(place, end, before)  # a name right after the verb
    else:
        verb = first_finite(words, context.lexicon)
        if verb is None or not words[:verb].strip():
            return None
        place = start
        ref = context.reader.speaker_from(start, start + verb, before)
    if ref is None or not _SUBJECT_LEAD.fullmatch(text, place, ref.start):
        return None  # 'Van Hoof roept België op …': the body is no subject
    return ref if _names_body(context, ref) else None


def _after_fronted_verb(context: Context, start: int, end: int) -> int | None:
    """Where the subject starts after a fronted phrase and its finite verb: after the first finite
    verb the lexicon knows, or an earlier plural verb ('-en', no preposition) right before an article
    ('Met een staking voeren de bonden …')."""
    text = context.text
    verb = first_finite(text[start:end], context.lexicon)
    known = None if verb is None else start + verb + len(text[start + verb:end].split()[0])
    plural = next((m.end(1) for m in _PLURAL_BEFORE_ARTICLE.finditer(text, start, end)
                   if m[1] not in context.lexicon.words["preposition"]), None)
    found = min((p for p in (known, plural) if p is not None), default=None)
    return None if found is None else found + len(text[found:end]) - len(text[found:end].lstrip())


def _reports_person(context: Context, start: int, end: int) -> bool:
    """Whether text[start:end] reports someone else's words, so that a quote after it is theirs, not
    its subject's: a speech verb beside a person ('Beijing wil geen inmenging, aldus Xi.'), an
    impersonal cue ('De troepen vallen aan, klinkt het.'), a source after 'volgens' ('De NAVO moet
    zich volgens de president richten tegen "…"')."""
    text = context.text
    if _ACCORDING_TO.search(text, start, end) or _IMPERSONAL.search(text, start, end):
        return True
    # 'maakt zich zorgen' is no speech verb: a separable one reports only with its particle ('maakt … bekend')
    cues = [c for c in cues_in(context, start, end) if full_cue(context.lexicon, c["cue"], text[c.end():end])]
    return bool(cues) and any(m.label == "PER" and start <= m.start < end for m in context.reader.mentions)


def _sentence_before(context: Context, before: int) -> tuple[int, int] | None:
    """The quote's sentence up to `before` when words open it, else the sentence before in the paragraph."""
    text = context.text
    own = context.sentence_of(before)
    if own and text[own[0]:before].strip(_OPENING):
        return own[0], before
    paragraph = text.rfind("\n", 0, before) + 1
    earlier = [(s, min(e, before)) for s, e in context.sentences
               if paragraph <= s < before and text[s:min(e, before)].strip(_OPENING)]
    return earlier[-1] if earlier else None


def _names_body(context: Context, ref: SpeakerRef | None) -> bool:
    """Whether `ref` names a body or group: a linked organisation or country, a list of them, or a
    group noun ('de vakbonden')."""
    if ref is None:
        return False
    inside = [m for m in context.reader.mentions if ref.start <= m.start < ref.end]
    if any(m.label == "PER" for m in inside):
        return False
    if ref.kind in ("mention", "group"):
        return bool(inside) and all(m.label in _BODY_LABELS for m in inside)
    words = ref.text.split(" van ")[0].split()
    return bool(words) and words[-1].rsplit("-", 1)[-1].casefold() in group_nouns()
