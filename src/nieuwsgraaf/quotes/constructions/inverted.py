"""'"…", beaamt Rutte' / '"…", wil een verslaggever van de NOS weten' / '"…", beaamt hij': any verb
and then a name, a pronoun, or a source tied to a name right after the quote attribute it."""

from __future__ import annotations

import re

from ..attribution import Attribution, is_anonymous, names_someone
from ..context import Context
from ..marks import QuoteSpan
from ..refs import mention_ref
from ..rules import INVERTED

_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\w)")


def inverted(context: Context, span: QuoteSpan, previous: Attribution | None) -> Attribution | None:
    text, reader = context.text, context.reader
    match = INVERTED.match(text, span.close_end)
    if not match or "\n" in match.group() or match["cue"] in context.lexicon.words["not_verb"]:
        return None
    who_start = match.end("cue")
    pronoun = re.match(r"\s+(hij|zij|ze)\b", text[who_start:who_start + 6])
    if pronoun:
        return Attribution(reader.pronoun(who_start + pronoun.start(1), who_start + pronoun.end(1), span.open_start),
                           match["cue"])
    mention = reader.mention_in(match.end(), match.end() + 1, ("PER", "ORG"))
    if mention is not None:
        return Attribution(mention_ref(mention), match["cue"])
    # the words up to the end of the sentence ('SP.A' has a dot inside a word)
    sentence_end = _SENTENCE_END.search(text, who_start, min(len(text), who_start + 80))
    speaker = reader.speaker_from(who_start, sentence_end.start() if sentence_end else min(len(text), who_start + 80),
                                  span.open_start)
    if names_someone(speaker) and not is_anonymous(speaker):
        return Attribution(speaker, match["cue"])
    return None
