"""Who acts, on whom, and where: an event's arguments read off the dependency tree.

Source: the subject (the `door` phrase in a passive, whose subject is the target; 'X kreeg kritiek
van Y' is likewise done by Y to X; the controlling verb's subject for a
te-infinitive, 'Trump dreigt uit de WTO te stappen', also an 'om … te' clause, 'gebruikt Moldavië
om Oekraïne binnen te vallen'; the light verb's subject for an event noun, 'De EU legt sancties
op'). Target: objects and phrases with tegen, aan, met, op, bij, naar, tot, uit; an object that
names no actor ('eist het ontslag van X', 'eist zijn vertrek', 'hekelt de onenigheid binnen de
regering') also gives the actor it is of; for a demand, the subject of its 'dat' clause ('eist
dat de NAVO-landen meer betalen'); without one, the recipient of the infinitive it governs ('dreigde
gijzelaars te executeren'). Of a noun 'tussen X en Y' makes X the source and Y the target. Of a noun that names what is done to someone ('de arrestatie
van Imamoglu', 'de vrijlating van gijzelaars') `van` is the target, otherwise the source.
A meeting the event happens at ('ontmoet Poetin op de APEC-top') is no target. The perfect of a
verb that takes 'zijn' ('het kabinet is gevallen') is active, whatever label the parser gives it; two
parties doing it to each other ('beschuldigen X en Y elkaar') go from the first to the second also
when the parser reads them as objects; a relative clause on an event noun names its doer ('de
heffingen die de regering-Trump heeft ingesteld'); of a penalty whose clause's verb is one of
undergoing ('riskeert vijf jaar cel', 'moest de cel in') the subject is the target; where the parser
gives an active clause no subject, a name standing first, before the finite verb, is it ('Xi zou
Biden hebben gewaarschuwd'). Location: an `in`
phrase naming a place. A relative pronoun stands for the noun its clause
hangs on ('de landen, die weigeren …'); a possessive pronoun of an event noun for the subject of
its verb ('De VS spraken hun steun uit'). Without a parse (the rule-based pipeline) the nearest
names before and after the trigger stand in.

Modules: clauses.py reads a clause (subject, passive, conjuncts, relative pronouns), targets.py
finds targets and places, verb_arguments.py and noun_arguments.py apply the rules above to a verb
and to an event noun; the `Arguments` record is in records.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .noun_arguments import noun_arguments
from .records import Arguments
from .verb_arguments import verb_arguments

# Events done to someone: of their nouns `van` names the one it is done to ('de arrestatie van X').
UNDERGOER_TYPES = frozenset({"COERCE"})
UNDERGOER_MODES = frozenset({("SANCTION", "convict"), ("SANCTION", "expel"), ("RETREAT", "release"),
                             ("ASSAULT", "abduct"), ("ASSAULT", "targeted")})


def arguments(trigger: Token, kind: str = "", mode: str | None = None) -> Arguments:
    """The arguments of a trigger word of an event of type `kind` (and `mode`) in a parsed sentence."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        demanded = kind == "REQUEST" and trigger.dep_ == "obj"  # 'eist het ontslag van X'
        return noun_arguments(trigger, undergoer=demanded or kind in UNDERGOER_TYPES
                              or (kind, mode) in UNDERGOER_MODES)
    return verb_arguments(trigger, demand=kind == "REQUEST")


def nearby_arguments(trigger: Token, sent: Span) -> Arguments:
    """Without a parse: the last name before the trigger (with the names coordinated with it, 'VVD
    en CDA') acts on the first name after it."""
    before = [e for e in sent.ents if e.end <= trigger.i]
    after = [e for e in sent.ents if e.start > trigger.i]
    named = before[-1:]
    while len(before) > len(named):  # 'VVD en CDA', 'SP, DENK en FVD'
        earlier, first = before[-len(named) - 1], named[0]
        if first.start - earlier.end != 1 or sent.doc[earlier.end].lower_ not in ("en", ","):
            break
        named.insert(0, earlier)
    sources = tuple(e.root for e in named)
    targets = (after[0].root,) if after else ()
    return Arguments(sources, targets, None)
