"""Context conditions on trigger words: the senses of a word that name no event, read from the parse.

A trigger word of event_triggers.tsv may hold conditions (data/lexicons/event_trigger_contexts.tsv),
each of the tree around the word:
- `subject`: its subject starts or ends with one of the words ('het kabinet valt'; not 'de Brit
  viel terug');
- `object`: its object starts or ends with one of the words ('troepen inzetten', 'grondtroepen';
  not 'extra treinen inzetten');
- `patient` / `not_patient`: what undergoes the act (its object, or the subject of the passive)
  does (does not) start or end with one of the words ('de sancties werden opgeschort' eases a measure,
  'de samenwerking werd opgeschort' cuts ties);
- `argument` / `not_argument`: one of its subject, object and adjunct words is (none is) one of the
  words or a compound ending in one ('het OM eiste levenslang' demands a sentence; 'eist meer stappen'
  a change);
- `modifier` / `not_modifier`: an adjective on the word is (none is) one of the words ('politieke
  manoeuvres' disparage a party's moves; 'manoeuvres' alone are an army's);
- `not_preposition`: no dependent of it is introduced by one of the words ('waarschuwde voor een
  recessie' warns of a danger, it threatens nobody);
- `not_after`: it is not itself introduced by one of the words ('praten over samenwerking' names
  a topic); with lemma `*` this holds for every trigger noun;
- `not_after_definite`: it is not introduced by one of the words with a definite or demonstrative
  determiner ('na de invasie', 'sinds de terugtrekking': an event already known, used as a time
  reference, as an adjunct; 'na een bezoek van Blinken' reports the visit, and in 'boos na het
  gesprek' the parser gives the phrase as the adjective's argument, `obl:arg`);
- `not_particle`: no particle of it is one of the words ('vroeg zich af' is wondering, another verb
  than 'vroeg om steun');
- `not_head`: it does not hang on a word of one of these lemmas or written forms ('staat onder druk', 'sprake van
  druk': a state someone is in, not pressure someone puts on another);
- `not_part_of`: it is not the `van`-phrase of a word of one of these lemmas or written forms, nor of
  a verb used as a noun ('het verloop van de gesprekken', 'een deel van de aanklacht': a phase, part or
  term of an event names it as a topic or time, §9; 'het sluiten van het akkoord': the act is the
  verb's, the noun only what it acts on);
- `not_clause`: no clausal complement of it is introduced by one of the words ('erkende dat ze weinig
  opschieten' admits a fact; recognising a state takes an object);
- `out_of`: a dependent introduced by `uit` starts or ends with one of the words ('stapt uit de
  coalitie', 'uit de atoomdeal stappen' leave a body or a treaty; 'stapten uit een taxi' leave nothing);
- `court` / `not_court`: the verb is (is not) said of a court case, the words being the courts
  ('de rechtbank veroordeelde hem', 'werd veroordeeld tot twee jaar cel', 'hij was al veroordeeld';
  not 'de EU veroordeelt de aanval', 'de aanslag werd alom veroordeeld'): see `in_court`.
- `not_speech_tag`: it is not the speech tag after a quote, right after the quote's comma with only its
  subject after it ('", vervolgt Bot.' goes on saying; 'het OM vervolgt hem' prosecutes).
Besides, a capitalised word inside a name ('Buitenlandse Handel', 'de Straat van Taiwan', 'het
Zomerakkoord') is no event word (`inside_name`).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Token

CONDITIONS = frozenset({"subject", "object", "patient", "not_patient", "argument", "not_argument", "not_preposition",
                        "not_particle", "not_after", "not_after_definite", "not_head", "not_part_of", "not_clause",
                        "court", "not_court", "out_of", "modifier", "not_modifier", "not_reflexive", "determiner", "not_determiner",
                        "preposition", "not_coordinated", "not_speech_tag"})
_ROLES = {"subject": frozenset({"nsubj", "nsubj:pass"}), "object": frozenset({"obj"}),
          "patient": frozenset({"obj", "nsubj:pass"})}  # what undergoes the act: a passive's subject too
_SENTENCE_PREPOSITIONS = frozenset({"tot", "wegens"})  # 'veroordeeld tot twee jaar cel', 'wegens fraude'
_TAG_OPENERS = frozenset({",", '"', "'", "”", "’", "“"})  # what ends a quote before its speech tag
_COURT_ACTORS = frozenset({"nsubj", "obl:agent"})  # who sentences: the subject, a passive's 'door'-phrase
# who acts, what undergoes it and its adjuncts ('het OM eiste levenslang', 'eiste twee jaar cel'), no conjunctions
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:agent", "advmod", "xcomp", "iobj"})
_REFLEXIVE_ROLES = frozenset({"expl:pv", "obj", "iobj"})
_SHORT = 3  # a word this short is matched only as written ('OM', not 'daarom')
_DEFINITE = frozenset({"de", "het", "die", "dat", "deze", "dit"})
_REFLEXIVES = frozenset({"zich", "zichzelf", "me", "mij", "mezelf", "je", "jezelf"})


@dataclass(frozen=True)
class TriggerContext:
    condition: str  # one of CONDITIONS
    words: frozenset[str]


def _prepositions(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "case"}


def _names_one_of(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is one of `words` or a compound of one ('rechtbank' in 'politierechtbank')."""
    return any(word.startswith(w) or word.endswith(w) for w in words)


def _is_one_of(word: str, words: frozenset[str]) -> bool:
    """`word` is one of `words`, or a compound ending in one of the longer ones ('gevangenisstraf')."""
    return word in words or any(len(w) > _SHORT and word.endswith(w) for w in words)


def _dependents(verb: Token) -> list[Token]:
    """The verb's dependents, with the subject it shares with the verb it is coordinated with ('De
    rechtbank sprak hem vrij van A, maar veroordeelde hem voor B') and coordinated phrases ('voor A
    en wegens B')."""
    found = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in found):
        found += [c for c in verb.head.children if c.dep_.startswith("nsubj")]
    return found + [g for c in found if c.dep_.startswith("obl") for g in c.children if g.dep_ == "conj"]


def _argument_words(token: Token) -> list[str]:
    """The words of the trigger's subject, object and adjuncts (any phrase with a preposition, whatever
    the parser called it), and the noun a quantity word holds ('met honderden raketten')."""
    phrases = [c for c in token.children if c.dep_ in _ARGUMENTS or _prepositions(c)]
    return [c.lower_ for c in phrases] + [n.lower_ for c in phrases for n in c.children
                                          if n.dep_ == "nmod" and not _prepositions(n)]


def in_court(token: Token, courts: frozenset[str], event_nouns: Container[str]) -> bool:
    """Whether the verb `token` is said of a court case: a court is its subject or its 'door'-agent,
    a sentence or charge follows 'tot' or 'wegens', or it is a passive without an agent whose subject
    is no act (a person is sentenced; 'de aanslag werd veroordeeld' condemns an act in words)."""
    dependents = _dependents(token)
    if any(c.dep_ in _COURT_ACTORS and _names_one_of(c.lower_, courts) for c in dependents):
        return True
    if any(_prepositions(c) & _SENTENCE_PREPOSITIONS for c in dependents):
        return True
    # a passive: its auxiliary or its subject says so (the parser does not always mark both)
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in dependents)
    subject = next((c for c in dependents if c.dep_ in ("nsubj", "nsubj:pass")), None)
    agent = any(c.dep_ == "obl:agent" for c in dependents)
    return passive and subject is not None and not agent and subject.lower_ not in event_nouns


def _coordinated(child: Token) -> bool:
    """A conjunct, or a clause with its own 'en'/'maar' the parser hung on as parataxis (it does so
    for 'reageerde fel en noemde …' inside an article, and says conj for the sentence alone)."""
    return child.dep_ == "conj" or (child.dep_ == "parataxis" and any(g.dep_ == "cc" for g in child.children))


def holds(context: TriggerContext, token: Token, event_nouns: Container[str] = frozenset()) -> bool:
    """Whether the trigger word `token` (in a parsed Doc) meets the condition; `event_nouns`: the
    written forms of the trigger nouns, which name acts (for `court`)."""
    if context.condition in ("court", "not_court"):
        return in_court(token, context.words, event_nouns) == (context.condition == "court")
    if context.condition in ("argument", "not_argument"):
        found = any(_is_one_of(word, context.words) for word in _argument_words(token))
        return found == (context.condition == "argument")
    if context.condition in ("modifier", "not_modifier"):
        found = any(c.dep_ == "amod" and c.lower_ in context.words for c in token.children)
        return found == (context.condition == "modifier")
    if context.condition in ("determiner", "not_determiner"):  # 'geen begrip voor': disapproval by the negation
        found = any(c.dep_ in ("det", "amod", "advmod") and c.lower_ in context.words for c in token.children)
        return found == (context.condition == "determiner")  # 'geen acties voeren': no protest
    if context.condition == "preposition":  # 'het proces tegen Trump': a trial, not a process
        return any(_prepositions(child) & context.words for child in token.children)
    if context.condition == "not_coordinated":  # 'reageerde scherp en noemde het een belediging': one act, named by the other verb
        return not any(_coordinated(c) and c.lemma_.lower() in context.words for c in token.children)
    if context.condition == "not_patient":
        return not holds(TriggerContext("patient", context.words), token, event_nouns)
    if context.condition in _ROLES:
        words = [c.lower_ for c in token.children if c.dep_ in _ROLES[context.condition]]
        return any(_names_one_of(w, context.words) for w in words)
    if context.condition == "not_head":
        head = token.head  # its written form too: the lemmatizer misreads some ('staat' -> 'staaen')
        return head.i == token.i or not {head.lemma_.lower(), head.lower_} & context.words
    if context.condition == "not_part_of":
        return not ("van" in _prepositions(token) and _part_of(token.head, context.words))
    if context.condition == "not_clause":
        return not any(c.dep_ == "ccomp" and _marks(c) & context.words for c in token.children)
    if context.condition == "out_of":
        left = [c.lower_ for c in token.children if "uit" in _prepositions(c)]  # obl, or a misparse as xcomp
        return any(_names_one_of(w, context.words) for w in left)
    if context.condition == "not_speech_tag":  # '", vervolgt Bot.' goes on saying; 'vervolgt hem' prosecutes
        return not speech_tag(token)
    if context.condition == "not_reflexive":  # 'kan me voorstellen' imagines, 'beperkt zich tot' is confined
        return not any(c.dep_ in _REFLEXIVE_ROLES and c.lower_ in _REFLEXIVES for c in token.children)
    if context.condition == "not_particle":
        return not any(c.dep_ == "compound:prt" and c.lower_ in context.words for c in token.children)
    if context.condition == "not_preposition":
        return not any(_prepositions(child) & context.words for child in token.children)
    if context.condition == "not_after_definite":  # a time adjunct, not a phrase its predicate selects ('boos na')
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
        return token.dep_ == "obl:arg" or not (definite and _prepositions(token) & context.words)
    return not _prepositions(token) & context.words  # not_after


def speech_tag(verb: Token) -> bool:
    """Whether `verb` is the speech tag after a quote: right after its comma or closing quote mark, with
    nothing after it but its subject ('"…", vervolgt Bot.', '…, vervolgde hij.')."""
    sent = verb.sent
    if verb.i == sent.start or verb.nbor(-1).text not in _TAG_OPENERS:
        return False
    # the parser may split 'minister Karin Smit' into two subjects
    subject = {t.i for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i for t in c.subtree}
    # only the words after the verb (as triggers._particle_in): not a Token per word of the whole sentence
    after = [t for t in verb.doc[verb.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    return bool(subject) and all(t.i in subject for t in after)


def _marks(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ == "mark"}


def _part_of(head: Token, words: frozenset[str]) -> bool:
    """`head` is one of `words` (lemma or written form) or a verb with a determiner: a verb used as a
    noun ('het sluiten')."""
    if {head.lemma_.lower(), head.lower_} & words:
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "det" for c in head.children)


def inside_name(token: Token) -> bool:
    """A capitalised word after a word within its sentence, not written in capitals nor a
    hyphenated compound ('de NAVO-top' is a meeting): part of a name ('Buitenlandse Handel')."""
    text = token.text
    if not text[:1].isupper() or text.isupper() or "-" in text or token.i == 0 or token.is_sent_start:
        return False
    return token.doc[token.i - 1].is_alpha
