"""Lemmas as edit rules, so a classifier can predict them.

A rule turns a word form into its lemma: optionally lowercase the form, cut
characters from its end, append a suffix. "liepen" -> "lopen" is `|5|open`
(cut "iepen", add "open"); "Het" -> "het" is `L|0|`; a form that is its own
lemma is `=`. Dutch inflection is mostly at the end of the word, so a few
hundred rules cover nearly every token, and an unseen word takes the rule of
words that inflect like it.
"""

from __future__ import annotations

SAME = "="


def rule_for(form: str, lemma: str) -> str:
    if form == lemma:
        return SAME
    lower = lemma == lemma.lower() and form != form.lower()
    base = form.lower() if lower else form
    shared = 0
    for a, b in zip(base, lemma, strict=False):
        if a != b:
            break
        shared += 1
    return f"{'L' if lower else ''}|{len(base) - shared}|{lemma[shared:]}"


def apply_rule(form: str, rule: str) -> str:
    """The lemma the rule gives, or the form itself where the rule does not fit it."""
    if rule == SAME:
        return form
    case, cut, suffix = rule.split("|", 2)
    base = form.lower() if case == "L" else form
    keep = len(base) - int(cut)
    if keep < 0 or (keep == 0 and not suffix):
        return form
    return base[:keep] + suffix
