"""'De Croo begon met de aankondiging dat …', 'de voorspelling van Francken dat …', 'na zijn
uitspraken dat …': a speech noun (data/lexicons/quote_words.tsv kind speech_noun) and its 'dat'
clause. The speaker is X of 'van X', else the person a possessive points to, else the subject of
the clause the noun stands in. A noun inside a fronted subordinate clause is left alone: without
a parse the end of its 'dat' clause is not known."""

from __future__ import annotations

import re

from ..attribution import Report, names_someone
from ..clauses import clause_report
from ..context import Context
from .subjects import clause_start, speaker_around

_POSSESSIVE = frozenset({"zijn", "haar", "hun"})
_SUBJECT_PRONOUN = re.compile(r"\b(?:hij|zij|ze)\b")


def noun_clause(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    results = []
    for match in context.rules.noun_cue.finditer(text, start, end):
        if context.in_quote(match.start()):
            continue
        if context.rules.subordinate.match(text, start) and "," not in text[start:match.start()]:
            continue  # 'Terwijl X bezig was met zijn betoog dat …': no parse tells where that clause ends
        if match["who"]:
            speaker = reader.speaker_from(match.start("who"), match.end("who"), start)
        elif match["det"].lower() in _POSSESSIVE:
            speaker = reader.pronoun(match.start("det"), match.end("det"), start)
        else:
            clause = clause_start(context, start, match.start())
            speaker = speaker_around(context, clause, match.start(), match.end("cue"), match.end("cue"), start)
            pronoun = _SUBJECT_PRONOUN.search(text, clause, match.start())
            if not names_someone(speaker) and pronoun:  # 'Eerder verraste ze X met de boodschap dat …'
                speaker = reader.pronoun(pronoun.start(), pronoun.end(), start)
        report = clause_report(text, match.end(), end, context.rules, speaker, match["cue"])
        results.extend([report] if report else [])
    return results
