"""An event word in a question names no event: 'Hoe red je tientallen mensen?', 'Die quota werden
toch geschorst?', 'Gaat Poetin aan bij onderhandelingen?' ask whether or how it happens, they report
nothing (docs/events.md §21). What the question asks is the clause that ends in the question mark; a
word before a colon or a quote that opens the question ('verwerpt de kritiek: "Wat is hier mis
aan?"') is the reporting sentence's, and a conditional clause ('Als Nederland zou worden
aangevallen, zouden we dan …?') is what the question supposes, not what it asks."""

from __future__ import annotations

from spacy.tokens import Span, Token

_CLOSERS = "\"'”’»"
_OPENERS = frozenset({":", "“", "„", "‘", "«", '"'})  # what may open a question quoted after the word
CONDITIONAL_MARKS = frozenset({"als", "indien", "wanneer", "mocht"})  # what opens an 'if' clause


def is_question(sent: Span) -> bool:
    """The sentence ends in a question mark (before closing quotes)."""
    return sent.text.rstrip().rstrip(_CLOSERS).endswith("?")


def conditional_clause(clause: Token) -> bool:
    """`clause` heads an 'als' clause ('als … zou hebben', 'indien …')."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in clause.children)


def in_condition(token: Token) -> bool:
    """`token` stands in an 'als' clause (or heads one)."""
    return any(conditional_clause(node) for node in (token, *token.ancestors))


def asked(token: Token, sent: Span, question: bool | None = None) -> bool:
    """`token` stands in what its sentence asks. `question`: `is_question(sent)`, when the caller
    knows it (the sentence's text is built anew on every read)."""
    if not (is_question(sent) if question is None else question):
        return False
    if any(t.text in _OPENERS for t in sent if t.i > token.i):
        return False
    return not in_condition(token)
