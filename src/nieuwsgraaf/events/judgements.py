"""Judgements in attributed speech: a word of blame (data/lexicons/event_blame_words.tsv, docs/events.md §51)
that someone says is that one's ACCUSE disapprove of the actor it is about, a word of praise
(data/lexicons/event_praise_words.tsv, §55) that one's SUPPORT of it ('"Rutte heeft uitstekend werk
geleverd", zei X', 'volgens X is het akkoord een mijlpaal'). Both polarities share every condition below
(a fault or a merit said of someone: the same grammar).

- who says it: the subject of a speech verb of the sentence or the name after 'volgens'/'aldus'
  ('Y heeft gelogen, zegt X', 'volgens X is het beleid gebrekkig'); else the speaker of the quote it
  stands in ('"Dit is een heksenjacht."'), which the events step adds from the quote stage's records
  (events/speakers.py) and without which there is no event;
- whom it is about: the subject of the judged clause ('Y liegt', 'Y is nalatig', 'Y maakte een
  blunder', 'Y gaf gebrekkige antwoorden'), the owner of the judged noun ('zijn wanbeleid', 'het
  machtsmisbruik van Y'), or the one addressed ('"Je hebt een grote fout gemaakt, meneer Trump"');
  else nobody;
- only where the word says a fault of someone, not a topic: a noun as the predicate ('Dit is
  chantage'), as what someone commits ('maakte een fout') or names ('spreekt van een heksenjacht'), or
  as an actor's ('de arrogantie van de elites'), not 'strijden tegen corruptie'; an adjective on such
  a noun; a verb with a doer ('Y liegt'), not 'wie de regels schendt';
- not negated ('is niet nalatig', 'geen blunder'), not in a question or an 'als' clause, not when the
  speakers judge themselves ('we hebben een fout gemaakt', or the sayer named as the one at fault), not
  inside the phrase of an event of the same type already read ('beschuldigd van corruptie', 'prees de moed van').
"""

from __future__ import annotations

from functools import cache
from itertools import islice

from spacy.tokens import Span, Token

from .. import resources
from ..morphology import has_feature
from .constructions import NEGATIONS, ConstructionHit, acting_subject, own_subject, sayer_of
from .lexicon import TriggerEntry
from .questions import CONDITIONAL_MARKS, in_condition, is_question
from .records import Arguments
from .triggers import TriggerHit

_OWN_SIDE = frozenset({"ik", "we", "wij", "mijn", "ons", "onze", "me", "mij"})
_ACTOR_LABELS = frozenset({"PER", "ORG", "LOC", "NORP"})
_ACTOR_PRONOUNS = frozenset({"hij", "zij", "ze", "zijn", "haar", "hun", "hem"})
_ADDRESSED = frozenset({"je", "jij", "u", "jullie", "jouw", "uw"})
_GENERIC = frozenset({"wie", "men", "je", "jij", "iemand", "niemand", "die", "dat"})  # 'wie de regels schendt'
# verbs whose object a fault is that the subject commits ('maakte een blunder', 'pleegde verraad')
_COMMIT = frozenset({"maken", "plegen", "begaan", "geven", "tonen", "voeren"})
# 'spreekt van een heksenjacht', 'had het over verraad': naming the fault
_NAMING = {"spreken": "van", "gewagen": "van", "hebben": "over"}
# 'onvoldoende maatregelen': the parser tags it as a quantifier
_TAGS = {"ADJ": frozenset({"ADJ", "ADV", "DET"}), "NOUN": frozenset({"NOUN"}), "VERB": frozenset({"VERB"})}


# each list of judging words and the event its word says of the one judged
_POLARITIES = {"event_blame_words.tsv": ("ACCUSE", "disapprove"), "event_praise_words.tsv": ("SUPPORT", None)}


@cache
def judgement_words() -> dict[str, tuple[str, str, str | None]]:
    """lemma -> (ADJ, NOUN or VERB; the event type; its mode)."""
    return {fields[1]: (fields[0], *event) for name, event in _POLARITIES.items()
            for _, fields in resources.lexicon_rows(name)}


def _is_actor(token: Token) -> bool:
    return token.ent_type_ in _ACTOR_LABELS or token.lower_ in _ACTOR_PRONOUNS


def _is_party(token: Token) -> bool:
    """An actor the judgement can be on: a name or personal pronoun, or a noun of people ('de vakbonden',
    'de Turkse minister'); not a pronoun of things ('het', 'dat')."""
    return _is_actor(token) or token.pos_ in ("NOUN", "PROPN")


def _owner(noun: Token) -> Token | None:
    """'zijn wanbeleid', 'het machtsmisbruik van Y', 'de blunder door Y'."""
    for child in noun.children:
        if child.dep_ == "nmod:poss":
            return child
        if child.dep_ == "nmod" and any(g.lower_ in ("van", "door") and g.dep_ == "case" for g in child.children):
            return child
    return None


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause that says the judgement: of the word itself (a predicate 'Y is
    nalatig', a verb 'Y liegt'), of the verb whose object or adverb it is ('Y maakte een blunder',
    'Y gaf gebrekkige antwoorden', 'Y handelde onverantwoord'), of the verb an infinitive hangs on."""
    own = own_subject(token)
    if own is not None:
        return own
    head = token.head
    if token.dep_ == "amod":
        return _owner(head) or (own_subject(head.head) if head.dep_ in ("obj", "obl") else None)
    if token.dep_ in ("obj", "advmod", "xcomp", "obl"):
        return own_subject(head)
    return None


def _addressee(sent: Span) -> Token | None:
    """The one the quote addresses ('…, meneer Trump')."""
    return next((t for t in sent if t.dep_ == "vocative" and t.ent_type_ == "PER"), None)


def _named_fault(noun: Token) -> bool:
    """A noun of fault says a judgement when it is what its clause says (a predicate: 'Dit is
    chantage'; a sentence with no verb, 'Wat een minachting!', measured: one hit, false), what the subject commits ('maakte een fout'),
    what the speaker names it ('spreekt van een heksenjacht', 'had het over verraad'), or an actor's
    ('de arrogantie van de elites'); not a topic ('strijden tegen corruptie', 'vervolgd voor fraude')."""
    if any(c.dep_ == "cop" for c in noun.children):
        return True  # 'Dit is chantage'
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "obj" and lemma in _COMMIT:
        return True  # 'hadden misbruik gemaakt van', 'Je hebt een grote fout gemaakt'
    if noun.dep_ == "nmod" and any(c.dep_ == "cop" for c in head.children):
        return True  # 'een teken van moreel falen'
    if _naming_verb(noun) is not None:
        return True
    owner = _owner(noun)
    return owner is not None and owner.ent_type_ in _ACTOR_LABELS


def _naming_verb(noun: Token) -> Token | None:
    """The verb that names the fault ('spreekt van een heksenjacht', 'had het over verraad', 'Van hypocrisie gesproken')."""
    head = noun.head
    preposition = _NAMING.get(head.lemma_.lower())
    if not preposition or not any(g.dep_ == "case" and g.lower_ == preposition for g in noun.children):
        return None
    return head


def _namer(noun: Token) -> Token | None:
    """Who names the fault: the subject of the naming verb ('X spreekt van een heksenjacht')."""
    verb = _naming_verb(noun)
    return own_subject(verb) if verb is not None else None


def _doer(verb: Token) -> Token | None:
    """Who does what `verb` says: its subject, not a generic one ('wie …', 'je'), or a passive's 'door' phrase."""
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return next((c for c in verb.children if c.dep_ in ("obl:agent", "obl") and any(
            g.lower_ == "door" and g.dep_ == "case" for g in c.children)), None)
    subject = acting_subject(verb)
    if subject is None and verb.i > 0 and verb.nbor(-1).dep_ in ("nsubj", "nsubj:pass"):
        subject = verb.nbor(-1)  # '"Hij loog …", ging X verder': the parse hangs the subject on the speech verb
    if subject is None or subject.lower_ in _GENERIC and not (subject.lower_ in _ADDRESSED and _addressee(verb.sent)):
        return None
    return subject


def _says_fault(token: Token) -> bool:
    """The word is a judgement of someone's doing, not the name of a topic (nouns: `_named_fault`;
    an adjective on such a noun or on the object of a doer: 'gaf gebrekkige antwoorden'; a verb
    needs a doer: 'Y liegt', not 'wie de regels schendt')."""
    if token.pos_ == "NOUN":
        return _named_fault(token)
    if token.pos_ == "VERB":
        return _doer(token) is not None
    if token.dep_ == "amod":
        noun = token.head
        return _named_fault(noun) or (noun.dep_ == "obj" and _doer(noun.head) is not None)
    return True


def _target(sent: Span, token: Token) -> Token | None:
    if token.pos_ == "NOUN" and _naming_verb(token) is not None:
        return _owner(token)  # 'X spreekt van een heksenjacht': X names it, the one it is about is not the subject
    judged = (_owner(token) if token.pos_ == "NOUN" else None) or _clause_subject(token)
    if judged is None or judged.lower_ in _ADDRESSED:
        return _addressee(sent) or judged
    return judged


def _negated(token: Token) -> bool:
    holders = (token, token.head) if token.dep_ in ("amod", "advmod", "xcomp") else (token,)
    return any(c.lower_ in NEGATIONS for holder in holders for c in holder.children)


def _supposed(token: Token) -> bool:
    """In or over an 'als' clause: what may come, not what was done."""
    if in_condition(token):
        return True
    # or an 'als' clause on the word itself, whatever label the parse gives its 'als' ('nalatig als het klopt')
    return any(c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children) for c in token.children)


def _judgement(sent: Span, token: Token, word: tuple[str, str, str | None], read: dict[str, set[int]]
               ) -> ConstructionHit | None:
    kind, event_type, mode = word
    if token.pos_ not in _TAGS[kind] or _supposed(token):
        return None
    if _negated(token):
        return None  # 'geen blunder', 'is niet nalatig' blame no one; 'geen mijlpaal' praises no one
    if not _says_fault(token):
        return None
    if any(a.i in read.get(event_type, ()) for a in islice(token.ancestors, 2)):
        return None  # 'beschuldigd van corruptie', 'noemde het frauduleus': the event already read
    target = _target(sent, token)
    if target is not None and target.lower_ in _OWN_SIDE:
        return None  # 'we hebben een fout gemaakt': the speakers judge themselves
    judged = (target,) if target is not None and _is_party(target) else ()
    hit = TriggerHit(token, (TriggerEntry(event_type, mode, token.lemma_.lower(), "VERB"),), "construction")
    sayer = (_namer(token) if token.pos_ == "NOUN" else None) or sayer_of(sent, token)
    if sayer is not None and has_feature(sayer, "PronType", "Rel"):
        sayer = None  # 'die … was aangekondigd': a relative clause's verb says nothing
    if sayer is None:
        return ConstructionHit(hit, Arguments((), judged, None), by_speaker=True)
    if sayer.lower_ in _OWN_SIDE or (judged and judged[0].i == sayer.i):
        return None  # the speakers judge themselves
    return ConstructionHit(hit, Arguments((sayer,), judged, None))


def find_judgements(sent: Span, taken: set[int], read: dict[str, set[int]]) -> list[ConstructionHit]:
    """The criticism and praise events of one parsed sentence, on words no other trigger or construction
    took; `read`: per event type, the words of the sentence that already name one (a fault in an
    accusation's phrase is the accusation's, a merit in a praise's phrase the praise's)."""
    words = judgement_words()
    found = []
    question = None
    for token in sent:
        if token.i in taken or token.pos_ not in ("ADJ", "ADV", "DET", "NOUN", "VERB"):
            continue
        word = words.get(token.lemma_.lower()) or words.get(token.lower_)
        if word is None:
            continue
        if question is None:
            question = is_question(sent)
        if question:
            return []
        hit = _judgement(sent, token, word, read)
        found.extend([hit] if hit else [])
    return found
