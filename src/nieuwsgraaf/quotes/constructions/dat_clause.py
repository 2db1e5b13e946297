"""'Stoltenberg zei dat de bondgenoten meer moeten uitgeven': a cue and the 'dat' clause after it."""

from __future__ import annotations

import re

from ..attribution import Attribution, Report, names_someone
from ..clauses import content_end, first_finite, fronted_clause_end
from ..context import Context
from ..rules import QUOTE_MARKS
from .cues import cues_in
from .subjects import clause_start, speaker_around

_DAT = re.compile(r"(?P<mid>[^.!?\n\"“”„]{0,100}?)\bdat\s+")
# 'vroeg zich af of …', 'wilde weten welke …': an indirect question; 'of' is left out of what was
# asked, a question word is part of it
_QUESTION = re.compile(r"(?P<mid>[^.!?\n\"“”„,]{0,100}?)\b(?:of\s+|(?=(?:wie|wat|waarom|hoe|welke|welk|wanneer|waar|"
                       r"hoeveel)\s))")
# 'zei Biden, tot woede van China, dat …': a phrase set off by two commas before 'dat'; 'beloofde
# de VVD, het CDA en D66 dat …': a list
_PARENTHETICAL = re.compile(r"[^,]*,\s[^,]+,\s*|[^,]+(?:,\s[^,]+)+\s(?:en|of)\s[^,]+")
_ACCORDING_TO = re.compile(r"\bvolgens\s")
# 'wilde niet bevestigen dat …', 'verwijt hem niet dat …': a negated cue reports nothing said
_NOT_BEFORE = re.compile(r"\bniet\s+$")
_PARTICLE_AT_END = re.compile(r"\b(?P<p>[\w]+)\s*,?\s*$")


def dat_clause(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, lexicon = context.text, context.lexicon
    start, end = context.sentences[index]
    results = []
    for match in cues_in(context, start, end):
        if context.rules.demonstrative_predicate.match(text, match.end(), end):
            continue  # 'vindt dat onbegrijpelijk: …': 'dat' is the object of a small clause
        dat = _DAT.match(text[match.end():min(end, match.end() + 110)])
        cue = _cue(context, match["cue"], dat["mid"]) if dat else None
        if cue is None:
            dat = _QUESTION.match(text[match.end():min(end, match.end() + 110)])
            cue = _question_cue(context, match["cue"], dat["mid"]) if dat else None
        if cue is None:
            continue
        content_start = match.end() + dat.end()
        if _negated(context, start, match.start(), cue, dat["mid"]) and not _quotes_inside(text, content_start, end):
            continue  # a clause that quotes the speaker's words stays, so that they keep their speaker
        owner = context.rules.noun_cue.search(text, match.end(), content_start)
        if owner and owner.end() == content_start:
            continue  # 'gelooft niet veel van de voorspelling van X dat …': the speech noun owns the clause
        stop = content_end(text, content_start, end, context.rules)
        if context.rules.subordinate.match(text, start) and "," not in text[start:match.start()]:
            stop = fronted_clause_end(text, content_start, stop, lexicon)  # 'Nadat X zei dat …, werd …'
        content = text[content_start:stop]
        if len(content.split()) < 2:
            continue
        if context.rules.adverbial.match(content) and first_finite(content, lexicon) is None:
            continue  # 'meldt dat aan het ANP': 'dat' is the thing said, not a clause
        clause = clause_start(context, start, match.start())
        if _ACCORDING_TO.search(text, clause, match.start()):
            continue  # 'zal hij volgens X verklaren dat …': X's account, which the volgens construction reports
        speaker = speaker_around(context, clause, match.start(), match.end(), match.end() + len(dat["mid"]), start)
        if not names_someone(speaker):
            continue
        addressee = context.reader.addressee(match.end(), content_start)
        results.append(Report(content_start, stop, Attribution(speaker, cue, addressee)))
    return results


def _negated(context: Context, start: int, cue_start: int, cue: str, mid: str) -> bool:
    """Whether 'niet' stands right before the cue ('kon niet beloven dat', 'had niet gezegd dat') or right
    before 'dat' ('verwijt Segers niet dat'): nothing was said. A verb whose negation affirms ('twijfelt er
    niet aan dat', 'sluit niet uit dat', quote_words.tsv negation_affirms) still reports."""
    verb, *particle = cue.split()
    lemma = context.lexicon.lemma(f"{verb} ... {particle[0]}" if particle else verb)
    if lemma in context.lexicon.words["negation_affirms"]:
        return False
    return bool(_NOT_BEFORE.search(context.text, max(start, cue_start - 10), cue_start) or _NOT_BEFORE.search(mid))


def _quotes_inside(text: str, start: int, end: int) -> bool:
    """Whether a quotation opens in text[start:end] ('… over „het onderhandelingsteam” verwees')."""
    return any(mark in text[start:end] for mark in QUOTE_MARKS)


def _cue(context: Context, cue: str, mid: str) -> str | None:
    """The cue of a 'dat' clause with `mid` between them, or None when the clause is not its report."""
    lexicon = context.lexicon
    if "," in mid and not _PARENTHETICAL.fullmatch(mid):  # '…, dat volgende week verschijnt': a relative clause
        return None
    separable = lexicon.is_separable(cue)
    if context.rules.cue.search(mid) and not separable:
        return None  # 'waarschuwde voor … en zei dat': the nearer cue reports the clause
    if separable:
        particle = _PARTICLE_AT_END.search(mid)
        if not particle or particle["p"] not in lexicon.particles[cue]:
            return None
        return f"{cue} {particle['p']}"
    return None if cue == "aldus" else cue


def _question_cue(context: Context, cue: str, mid: str) -> str | None:
    """The cue of an indirect question ('vroeg zich af of …'): a verb of the question frame, with
    the particle that makes it one ('stellen zich de vraag waarom')."""
    lexicon = context.lexicon
    particle = _PARTICLE_AT_END.search(mid)
    word = particle["p"] if particle else ""
    if word in lexicon.particles.get(cue, ()) and "question" in lexicon.frames.get(lexicon.verbs[f"{cue} ... {word}"], ()):
        return f"{cue} {word}"
    if cue in lexicon.verbs and lexicon.takes(cue, "question") and "question" in lexicon.frames.get(lexicon.lemma(cue), ()):
        return cue if not mid.strip() else None
    return None
