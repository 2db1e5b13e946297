"""Whether a time expression dates a noun rather than a clause ('de verkiezingen van woensdag', 'de
rellen die zondag uitbraken'): such a date tells when that thing happened, not when the clause's
event did, nor the day the story is on."""

from __future__ import annotations

from spacy.tokens import Token

from ..morphology import has_feature
from .modality import clause_verb

RELATIVE_WORDS = frozenset({"die", "dat", "waar", "wat"})  # opening a relative clause after a noun and comma
RELATIVE_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "advmod", "obl"})


def noun_dated(root: Token) -> Token | None:
    """The noun a timex (its root word) tells about, when it hangs on a noun rather than on a clause:
    'de verkiezingen van woensdag', 'een migratietop op 17 maart' (a modifier of the noun), 'de
    beperkingen die deze week werden aangekondigd', 'het bestand, dat geldt sinds 10 oktober' (in a
    relative clause on it, found by its relative pronoun where the parser hung the clause elsewhere)."""
    if root.dep_.startswith("nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    verb = clause_verb(root)
    if verb is root:
        return None
    if verb.dep_ in ("acl:relcl", "acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # also a participle on the noun: 'het op 10 oktober bemiddelde bestand'
    relative = next((c for c in verb.children if c.i < verb.i and c.dep_ in RELATIVE_ROLES
                     and (has_feature(c, "PronType", "Rel") or c.lower_ in RELATIVE_WORDS)), None)
    if relative is None or relative.i == 0:
        return None
    before = relative.doc[relative.i - 1]
    if not before.is_punct or before.i == 0:  # 'dat' with no comma before it may open a complement
        return None
    noun = before.doc[before.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def bare_on_noun(root: Token) -> bool:
    """A timex with no preposition of its own that the parser hung on a noun ('werd door een
    commissie vorige maand bestempeld'): an adverb of the clause, as a noun's date has one ('van woensdag')."""
    return root.dep_.startswith("nmod") and not any(c.dep_ == "case" for c in root.children)
