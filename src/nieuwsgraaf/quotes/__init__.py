"""Who said what: direct and indirect quotes, with the words naming speaker and addressee, and a date.

Steps, in order (each in its own module):
  marks           every quotation in marks, in each style Dutch and Flemish outlets use;
  sentences       the tagger's sentences mended where quotation marks confused it;
  speaker_words   the reader of the words naming a speaker: a linked mention, a pronoun and the
                  person it refers to (salience, or a description of one person opening its
                  sentence or the one before: antecedents), a name the tagger missed, an unnamed source
                  (source_phrases: 'een woordvoerder van de vakbond FNV', 'ingewijden in Brussel'),
                  each as a SpeakerRef (refs: a mention as the words naming a speaker);
  topic           the body or group the sentences before a quote open with, as their subject (for
                  a cue that names no one: 'De vakbonden verzetten zich … "…", luidt het'), and
                  the named body or group that is the subject before a quote with no cue at all;
  direct_quotes   each quotation attributed by a direct construction (constructions/: a cue after
                  it, 'Die woorden van X', an inverted verb, a colon before it, its sentence's cue),
                  else as the continuation of the quote before, else (opening its paragraph as a
                  sentence of its own) to the subject of a speech verb in the next sentence, else to
                  the person the text is about;
  reports         indirect speech, by the indirect constructions (constructions/: 'Dat zei X',
                  '…, zegt X', 'zei dat', te-infinitives and small clauses, warnings, 'volgens',
                  'naar eigen zeggen') over every sentence;
  finder          quotes inside a report take its speaker, and a quote without a cue right after
                  a report in its paragraph continues that speaker (direct_quotes.continue_reports),
                  and a quote printed as a heading has the speaker the section below gives it (headings);
  dating          when each quote was said (its speech clause, 'toen', the same speaker's past
                  occasion before it, or the publication).
The patterns come from rules.py, built from data/lexicons/ (lexicon.py). The quote stage makes no
entity ids: each quote carries SpeakerRefs, which the speaker step (entities.link_speakers) turns
into entities of the article.
"""

from __future__ import annotations

from .finder import default_rules, find_quotes
from .lexicon import QuoteLexicon, load_quote_lexicon
from .marks import find_quote_spans
from .rules import QuoteRules, build_rules
from .salience import article_salience

__all__ = ["QuoteLexicon", "QuoteRules", "article_salience", "build_rules", "default_rules", "find_quote_spans", "find_quotes",
           "load_quote_lexicon"]
