"""Short quoted fragments: the speaker's own words when the sentence names a speaker and a cue
before them ('Hij noemt het akkoord 'evenwichtig'', 'Rutte benadrukt de 'indamfase'', 'Bij de bonden
is te horen dat de regering 'doof' is'), a name in marks otherwise ('de zogenaamde 'groene banen'')."""

from __future__ import annotations

import re

from ..attribution import Attribution, names_someone
from ..clauses import first_finite
from ..context import Context
from ..marks import QuoteSpan
from ..rules import HEARSAY_BEFORE
from .subjects import clause_start, inverted_subject, speaker_around

_WHOLE_CLAUSE = re.compile(r"\s+dat\s+")  # 'benadrukt dat '…'': the marks hold the whole reported clause
_OTHER_CLAUSE = re.compile(r",|\b(?:dat|die|wat|waarbij|waarin|of|omdat|als)\b")


def is_naming(context: Context, span: QuoteSpan) -> bool:
    """'de zogenaamde 'regionale ontschepingsplatformen'': marks around a name, not words said."""
    return bool(context.rules.naming.search(context.text, max(0, span.open_start - 30), span.open_start))


def fragment(context: Context, span: QuoteSpan, previous: Attribution | None = None) -> Attribution | None:
    """The speaker of a fragment whose sentence names a speaker and a cue before it, else None."""
    text, rules = context.text, context.rules
    sentence = context.sentence_of(span.open_start)
    if sentence is None:
        return None
    start = sentence[0]
    # a question verb ('wilde niet weten van ‘…’', 'vroeg zich af') names no fragment
    cues = list(rules.fragment_cue.finditer(text, start, span.open_start)) \
        or [c for c in rules.cue.finditer(text, start, span.open_start) if not context.lexicon.takes(c["cue"], "question")]
    cue = cues[-1] if cues else None
    if cue is None:
        return _hearsay(context, start, span)
    if cue["cue"] == "aldus" or context.lexicon.is_separable(cue["cue"]):
        return None
    between = text[cue.end():span.open_start]
    if _OTHER_CLAUSE.search(between) and not _WHOLE_CLAUSE.fullmatch(between):
        return None  # the fragment belongs to another clause than the cue's ('benadrukt dat '…'' is the cue's)
    clause = clause_start(context, start, cue.start())
    speaker = _object_verb_subject(context, start, clause, cue, span) \
        or _subordinate_subject(context, clause, cue, span) \
        or speaker_around(context, clause, cue.start(), cue.end(), span.open_start, start)
    return Attribution(speaker, cue["cue"]) if names_someone(speaker) else None


def _object_verb_subject(context: Context, start: int, clause: int, cue: re.Match, span: QuoteSpan):
    """'X noemde Y "…"', 'heeft X Y beschuldigd van "…"': a naming or accusing verb's object comes
    after a finite cue and before a participle, so its subject is before the finite verb, or (verb
    second after a fronted phrase) between the finite verb and the object; never the object."""
    lemma = context.lexicon.lemma(cue["cue"])
    if lemma not in context.lexicon.words["object_verb"]:
        return None
    if first_finite(context.text[start:cue.start()], context.lexicon) is not None:
        return inverted_subject(context, start, cue.start(), span.open_start)  # 'heeft X Y beschuldigd'

    prefix = context.text[clause:cue.start()].strip()
    if not prefix or context.rules.fronted.match(prefix):
        return None
    speaker = context.reader.subject(clause, cue.start(), span.open_start)
    return speaker if names_someone(speaker) else None


def _subordinate_subject(context: Context, clause: int, cue: re.Match, span: QuoteSpan):
    """'Ze hadden een aanvaring toen X sprak over de "…"': a cue in a subordinate clause (no other
    finite verb between its opening word and the cue) is said by that clause's subject, not the main
    clause's."""
    text = context.text
    openers = [m for m in context.rules.subordinate.finditer(text, clause, cue.start())
               if not text[m.start() - 1:m.start()].isalnum() and m.start() > clause]
    if not openers or first_finite(text[openers[-1].end():cue.start()], context.lexicon) is not None:
        return None
    speaker = context.reader.subject(openers[-1].end(), cue.start(), span.open_start)
    return speaker if names_someone(speaker) else None


def _hearsay(context: Context, start: int, span: QuoteSpan) -> Attribution | None:
    """'Bij een andere toppoliticus is te horen dat X "…"': the one after 'bij' said the fragment."""
    found = list(HEARSAY_BEFORE.finditer(context.text, start, span.open_start))
    if not found:
        return None
    hearsay = found[-1]
    speaker = context.reader.speaker_from(hearsay.start("who"), hearsay.end("who"), start)
    cue = hearsay.group()[hearsay.end("who") - hearsay.start():].strip()
    return Attribution(speaker, cue) if names_someone(speaker) else None
