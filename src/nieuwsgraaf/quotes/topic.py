"""The group or body the sentences before a quote are about, when a description names it as their
subject: 'De vakbonden verzetten zich tegen … "…", luidt het.' is the unions' quote, not that of the
last person named. Salience (salience.py) knows only people; this is its counterpart for bodies
and groups, tried first where no words name a speaker.

The subject is a definite noun phrase opening the sentence ('De bonden voeren …', 'Ook de
vakbonden …', 'En de oppositie bleef …') whose head is a body, group or institution noun of
data/lexicons/speaker_nouns.tsv; a plural 'ze' or 'zij' opening the sentence ('Ze verzetten zich …') goes on to the sentence before.
Only the sentences of the quote's paragraph count, and anything else opening a sentence ends the
search: a name, a singular pronoun, a fronted phrase ('Met een staking voeren de bonden …' is left
to the person the text is about, the quote stage having no parse to find a subject after the verb)."""

from __future__ import annotations

import re
from functools import cache

from ..records import SpeakerRef
from .context import Context
from .lexicon import speaker_nouns

_SENTENCES_BACK = 2  # a plural 'ze' is followed back this many sentences
_DEFINITE = re.compile(r"(?:[Dd]e|[Hh]et)\s")
_PLURAL_PRONOUN = re.compile(r"(?:[Zz]e|[Zz]ij)\s+[a-z]+en\b")  # 'Ze verzetten', 'Zij eisen' (the verb plural)
_COORDINATOR = re.compile(r"(?:En|Maar)\s+")
_TOPIC_KINDS = frozenset({"body", "group", "institution"})
_OPENING = " \n\"“”„«»‘’'"


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
