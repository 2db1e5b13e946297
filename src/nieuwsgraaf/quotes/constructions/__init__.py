"""The constructions that attribute quotes, one small function each, in the order they are tried.

Direct quotes (a quotation in marks): the first construction that attributes it wins.
  cue_after        '"…", zei Rutte tegen de NOS' / '"…" klonk het'
  those_words      '"…" Die woorden sprak Jambon uit'
  said_after       '"…" Dat zei Ongena vlak voor het debat.' (the quote a sentence of its own)
  inverted         '"…", beaamt Rutte' (any verb, then a name or a pronoun)
  colon_before     'Trump: "…"' / 'Rutte zei tegen de NOS: "…"'
  source_phrase    'een motie van de SP om "…"' (the author of the text the phrase names)
  fragment         'Merkel noemt het akkoord 'een stap vooruit'' (the sentence's speaker and cue)
Indirect speech, per sentence: every construction adds what it finds; a report overlapping an
earlier one is dropped.
  back_reference   'Dat zei X.' / 'Dat heeft X gezegd.' (the sentences before)
  postposed        '…, zegt de rechtbank.' / '…, is het oordeel van X.'
  parenthetical    'De VS, zei hij, hebben …' (a cue between the fronted phrase and the finite verb)
  dat_clause       'X zei dat …'
  infinitive       'X dreigde … te …' / 'X acht de kans klein'
  warning          'X waarschuwde voor …'
  volgens          'Volgens X …' / '…, volgens X, …', and the view phrases of perspective ('In haar ogen …',
                   'in de ogen van X', '… is wat X betreft …')
  own_words        'X gruwt naar eigen zeggen van …'
  noun_clause      'de boodschap van X dat …' / 'zijn uitspraken dat …'
  document_says    'In een verklaring staat dat …' (the document or its author)
  heard_at         'Bij de oppositie klinkt dat …' (the source after 'bij')
  passive          '…, is van X vernomen.' / 'In het kabinet werd benadrukt dat …' (a passive cue with its agent)
  headline         'Hamas: geen tweede fase zonder bestand' (a heading without marks)
"""

from __future__ import annotations

from collections.abc import Callable

from ..attribution import Attribution, Report
from ..context import Context
from ..marks import QuoteSpan
from .back_reference import back_reference
from .dat_clause import dat_clause
from .direct import colon_before, cue_after, said_after, those_words
from .document import document_says
from .fragment import fragment, is_naming
from .headline import headline
from .heard_at import heard_at
from .infinitive import infinitive
from .inverted import inverted
from .noun_clause import noun_clause
from .own_words import own_words
from .parenthetical import parenthetical
from .passive import passive
from .postposed import postposed
from .source_phrase import source_phrase
from .volgens import volgens
from .warning import warning

DirectConstruction = Callable[[Context, QuoteSpan, Attribution | None], Attribution | None]
IndirectConstruction = Callable[[Context, int, list[Report]], list[Report]]

DIRECT: tuple[DirectConstruction, ...] = (cue_after, those_words, said_after, inverted, colon_before, source_phrase)
INDIRECT: tuple[IndirectConstruction, ...] = (
    back_reference, postposed, parenthetical, dat_clause, infinitive, warning, volgens, own_words, noun_clause,
    document_says, heard_at, passive, headline,
)

__all__ = ["DIRECT", "INDIRECT", "fragment", "is_naming"]
