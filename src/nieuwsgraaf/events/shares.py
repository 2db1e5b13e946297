"""A share of a group with the group it is of: 'Velen van de verdachten', 'een meerderheid van de
parlementariërs', 'een groot deel van de Kamer' name some of the group their 'van' phrase names, so
the actor's words run through that phrase (as a speaker's do in the quote stage; the share nouns are
data/lexicons/partitive_nouns.txt, read by both). A plural quantifier pronoun ('Velen', 'sommigen',
'de meesten'; share_pronouns.txt) or a number ('twee van de verdachten') is such a share as well."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import resources
from .clauses import case_of

_SHARE_DEPENDENTS = frozenset({"det", "amod", "nummod"})  # 'een groot deel', 'de meesten'
_MAX_WORDS = 10
_NOT_OF_GROUP = frozenset({"acl", "acl:relcl", "punct", "appos", "parataxis", "conj", "cc"})


def _is_share(token: Token) -> bool:
    if token.lower_ in resources.lexicon_words("partitive_nouns.txt"):
        return token.pos_ == "NOUN"
    # 'Velen', 'sommigen', 'de meesten' (share_pronouns.txt); 'twee van de verdachten'
    return token.pos_ == "NUM" or token.lower_ in resources.lexicon_words("share_pronouns.txt")


def share_phrase(token: Token) -> Span | None:
    """The words of a share and its 'van' phrase ('een meerderheid van de parlementariërs'), or None."""
    if not _is_share(token):
        return None
    group = next((c for c in token.children if c.dep_ == "nmod" and c.i > token.i and case_of(c) == "van"
                  and c.pos_ in ("NOUN", "PROPN")), None)
    if group is None:
        return None
    left = [c for c in token.lefts if c.dep_ in _SHARE_DEPENDENTS]
    start = left[0].i if left else token.i
    end = _group_end(group)
    return token.doc[start:end] if end - start <= _MAX_WORDS else None


def _group_end(group: Token) -> int:
    """Where the group's words end: with the phrases on its noun ('twaalf vluchtelingen uit Oekraïne'),
    with the whole of a name ('de Tweede Kamer'), not with a clause on it ('…, die …')."""
    end = next((e.end for e in group.doc.ents if e.start <= group.i < e.end), group.i + 1)
    for child in group.rights:
        if child.dep_ in _NOT_OF_GROUP:
            break
        end = max(end, child.right_edge.i + 1)
    return end
