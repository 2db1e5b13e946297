"""'De VS, zei hij, hebben meer uitgegeven …' / 'Van die gesprekken, zei ze, hangen banen af.': a cue
and its speaker set off by commas between the fronted phrase of a main clause and its finite verb.
The whole sentence is what the speaker said (as for a cue inside a clause, 'Het was volgens X …').

The phrase before the first comma holds no finite verb, so it is no clause of its own ('Het plan is
goed, zei hij, maar …' is the postposed cue's), and the word after the second comma is no word that
opens a clause or a phrase ('die', 'omdat', 'en', 'de', 'op'): in a main clause the finite verb stands there.
With 'zo' before the cue ('Als dat gebeurt, zo waarschuwt hij, neemt …', 'Maar, zo meent ze, de partijen
willen …') the cue is set off also after a subordinate clause and before any word."""

from __future__ import annotations

from ..attribution import Attribution, Report, names_someone
from ..clauses import first_finite, sentence_stop, words_start
from ..context import Context
from ..rules import QUOTE_MARKS

_OPENS_NO_VERB = ("relative", "subordinator", "connective", "preposition", "clause_subject", "embedding")


def parenthetical(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, rules, lexicon = context.text, context.rules, context.lexicon
    start, end = context.sentences[index]
    content_start = words_start(text, start, end)
    subordinate = rules.subordinate.match(text, content_start) is not None  # the sentence's opening: once
    for match in rules.parenthetical.finditer(text, content_start, end):
        fronted = text[content_start:match.start()]
        if (context.in_quote(match.start()) or lexicon.is_separable(match["cue"]) or not fronted.strip()
                or any(mark in fronted for mark in QUOTE_MARKS)):
            continue
        main_clause = first_finite(fronted, lexicon) is not None and not subordinate
        if main_clause or (not match["zo"] and (subordinate or _opens_no_verb(context, match["next"]))):
            continue  # 'Het plan is goed, zo klinkt het, al …': the postposed cue's
        speaker = context.reader.speaker_from(match.start("who"), match.end("who"), match.start())
        if not names_someone(speaker):
            continue
        return [Report(content_start, sentence_stop(text, start, end), Attribution(speaker, match["cue"]))]
    return []


def _opens_no_verb(context: Context, word: str) -> bool:
    words = context.lexicon.words
    return any(word in words[kind] for kind in _OPENS_NO_VERB)
