"""Reports without 'dat': a te-infinitive ('zei neutraal te zijn', 'beloofde om Taiwan te
verdedigen') or a small clause ('vindt de heffingen niet te rechtvaardigen', 'acht de kans klein'),
for the verbs data/lexicons/speech_verbs.tsv marks with those frames."""

from __future__ import annotations

import re

from ..attribution import Attribution, Report, names_someone
from ..clauses import content_end, sentence_stop
from ..context import Context
from ..rules import COMMA, NOMINATIVE_PRONOUN, OM
from .cues import cues_in, full_cue
from .subjects import clause_start, inverted_subject, subordinate_subject

_DAT_AHEAD = re.compile(r"\bdat\b")
_CORRELATE = re.compile(r"\ber(?:van|mee|op|toe|voor|om)\b")
_WORD_AFTER_COMMA = re.compile(r",\s+(?P<word>[a-z]+)\b")


def infinitive(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, lexicon, rules = context.text, context.lexicon, context.rules
    start, end = context.sentences[index]
    results = []
    for match in cues_in(context, start, end):
        te, small = lexicon.takes(match["cue"], "te"), lexicon.takes(match["cue"], "small")
        if not (te or small):
            continue
        comma = COMMA.search(text, match.end(), end)
        clause_end = end if comma is None else comma.start()
        rest = text[match.end():clause_end]
        demonstrative = small and rules.demonstrative_predicate.match(rest)
        if (_DAT_AHEAD.search(rest[:12]) and not demonstrative) or not rest.strip():
            continue
        clause = clause_start(context, start, match.start())
        prefix = text[clause:match.start()].strip()
        subordinate = subordinate_subject(context, clause, match.start(), start) if prefix else None
        if rules.embedded.search(prefix) and subordinate is None:
            continue
        # 'De motie vindt hij …': a subject pronoun after the verb makes the phrase before it fronted
        inverted = not prefix or bool(rules.fronted.match(prefix) or NOMINATIVE_PRONOUN.match(text, match.end()))
        if subordinate is not None:  # 'Nadat de rechtbank had laten weten vast te houden …'
            inverted, speaker, content_start = False, subordinate, match.end()
        elif inverted:
            subject_end = context.reader.phrase_end(match.end() + len(rest) - len(rest.lstrip()), clause_end)
            speaker = context.reader.speaker_from(match.end(), subject_end, start)
            content_start = subject_end
        else:
            speaker = context.reader.subject(clause, match.start(), start)
            content_start = match.end()
        if not names_someone(speaker):
            speaker = inverted_subject(context, clause, match.start(), start)  # '…, heeft Erdogan gedreigd …'
            if speaker is None:
                continue
            content_start = match.end()
        cue = match["cue"]
        if lexicon.is_separable(cue):  # 'houdt vol onschuldig te zijn': the particle, then the content
            cue = full_cue(lexicon, cue, rest)
            if cue is None:
                continue
        if te and (infinitive := rules.te_infinitive.search(text, content_start, clause_end)):
            # 'kondigde eerder al aan een motie in te dienen': the content starts after the particle
            particle = _particle_before(text, content_start, infinitive.start(), cue, lexicon)
            content_start = particle if particle is not None else content_start
            om = OM.search(text, content_start, infinitive.start())
            content_start = om.end() if om else content_start
            # 'beschuldigt de Britten ervan zich niet … te houden': the pronominal adverb stands for the infinitive
            correlate = _CORRELATE.search(text, content_start, infinitive.start())
            content_start = correlate.end() if correlate else content_start
            stop = content_end(text, content_start, _past_comma(context, clause_end, end), rules)
        elif demonstrative:  # 'vindt dat onbegrijpelijk: "…"': the predicate ends the clause
            stop = content_start + len(demonstrative.group().rstrip(" :;"))
        elif small:
            span = _small_clause(context, match["cue"], content_start, (start, end), clause if inverted and prefix
                                 else None)
            if span is None:
                continue
            content_start, stop = span
        else:
            continue
        while text[content_start:content_start + 1] == " ":
            content_start += 1
        results.append(Report(content_start, stop, Attribution(speaker, cue)))
    return results


def _past_comma(context: Context, clause_end: int, end: int) -> int:
    """Where a te-infinitive's clause may end: past the comma after it when a word that continues the
    infinitive follows ('…, omdat …', '…, met de nadruk op …'; content_end still cuts a new main
    clause), else at the comma."""
    after = _WORD_AFTER_COMMA.match(context.text, clause_end, end)
    if after is None or after["word"] not in context.lexicon.words["infinitive_continuation"]:
        return clause_end
    return sentence_stop(context.text, clause_end, end)


def _particle_before(text: str, start: int, end: int, cue: str, lexicon) -> int | None:
    """The end of the separable particle of `cue` in text[start:end] ('eerder al aan'), or None."""
    particle = cue.split()[-1] if " " in cue else lexicon.split_particle(cue)
    if particle is None:
        return None
    found = list(re.finditer(rf"\b{re.escape(particle)}\b", text[start:end]))
    return start + found[0].end() if found else None


def _small_clause(context: Context, cue: str, content_start: int, sentence: tuple[int, int],
                  fronted_clause: int | None) -> tuple[int, int] | None:
    """The span of a small clause after `cue`; with a fronted phrase ('Voor de drie verdachten vindt
    de rechtbank …') the whole sentence."""
    text, rules = context.text, context.rules
    start, end = sentence
    if fronted_clause is not None:
        content_start, stop = fronted_clause, sentence_stop(text, start, end)
    else:
        stop = content_end(text, content_start, end, rules)
        predicate = text[content_start:stop]
        if context.lexicon.lemma(cue) == "vinden" and not rules.small_predicate.search(predicate):
            # 'vindt X geloofwaardig als minister, maar …': the predicate may end at a comma
            comma = COMMA.search(text, content_start, stop)
            if comma is None or not rules.small_predicate.search(text[content_start:comma.start()]):
                return None
            stop = comma.start()
    if len(text[content_start:stop].split()) < 2:
        return None
    return content_start, stop
