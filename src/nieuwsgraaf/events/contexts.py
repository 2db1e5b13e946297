"""Context conditions on trigger words: the senses of a word that name no event, read from the parse.

A trigger word of event_triggers.tsv may hold conditions (data/lexicons/event_trigger_contexts.tsv),
each of the tree around the word:
- `subject`: its subject starts or ends with one of the words ('het kabinet valt'; not 'de Brit
  viel terug');
- `object`: its object starts or ends with one of the words ('troepen inzetten', 'grondtroepen';
  not 'extra treinen inzetten');
- `not_preposition`: no dependent of it is introduced by one of the words ('waarschuwde voor een
  recessie' warns of a danger, it threatens nobody);
- `not_after`: it is not itself introduced by one of the words ('praten over samenwerking' names
  a topic); with lemma `*` this holds for every trigger noun.
Besides, a capitalised word inside a name ('Buitenlandse Handel', 'de Straat van Taiwan', 'het
Zomerakkoord') is no event word (`inside_name`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

CONDITIONS = frozenset({"subject", "object", "not_preposition", "not_after"})
_ROLES = {"subject": frozenset({"nsubj", "nsubj:pass"}), "object": frozenset({"obj"})}


@dataclass(frozen=True)
class TriggerContext:
    condition: str  # one of CONDITIONS
    words: frozenset[str]


def _prepositions(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "case"}


def holds(context: TriggerContext, token: Token) -> bool:
    """Whether the trigger word `token` (in a parsed Doc) meets the condition."""
    if context.condition in _ROLES:
        words = [c.lower_ for c in token.children if c.dep_ in _ROLES[context.condition]]
        return any(w.startswith(word) or w.endswith(word) for w in words for word in context.words)
    if context.condition == "not_preposition":
        return not any(_prepositions(child) & context.words for child in token.children)
    return not _prepositions(token) & context.words  # not_after


def inside_name(token: Token) -> bool:
    """A capitalised word after a word within its sentence, not written in capitals nor a
    hyphenated compound ('de NAVO-top' is a meeting): part of a name ('Buitenlandse Handel')."""
    text = token.text
    if not text[:1].isupper() or text.isupper() or "-" in text or token.i == 0 or token.is_sent_start:
        return False
    return token.doc[token.i - 1].is_alpha
