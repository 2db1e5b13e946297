"""The regular expressions of the quote finder: structural patterns as named constants, and the
patterns built from the word lists of data/lexicons/ (speech verbs, word classes, time words)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import QuoteLexicon, alternation

QUOTE_MARKS = "\"“”„«»‘’'"
_OPENING = "[\"“„‘']"  # a quotation mark opening a fragment
_CLOSING = "[\"”’']?"  # a quotation mark that may close one
WORD = re.compile(r"[\w’'-]+")
# A name set off by a comma after a description of its bearer ('de burgemeester van Utrecht, Eva Jansen')
NAME_APPOSITION = r"[A-Z][\w’'-]+(?:\s+(?:(?:de|van|der|den|ter|ten)\s+)*[A-Z][\w’'-]+)+"
# Words naming a speaker after a cue: no sentence punctuation, but dots inside a word ('SP.A').
SPEAKER_WORDS = r"(?:[^,.;:!?\"“”„«»\n]|\.(?=\w)){1,80}"
# After a postposed cue the speaker and the phrases of place, time and occasion that follow it: up to
# twice as long, but then no clause of its own ('…, herhaalde zijn beschuldigingen dat … en dat …' is a
# cue with its content, not a speaker).
POSTPOSED_SPEAKER_WORDS = (rf"(?:{SPEAKER_WORDS}?|"
                           r"(?:(?!\bdat\s)[^,.;:!?\"“”„«»\n]|\.(?=\w)){81,160}?)")
QUOTE_OPENING = r"(?:,,|''|[\"“„«‘'])"
PRONOUN = re.compile(r"^(?:hij|zij|ze|hem|haar)\b", re.IGNORECASE)
# A name the tagger missed, after lowercase titles: 'verslaggever Jeroen de Jager'.
UNLINKED_NAME = re.compile(r"(?<![\w-])[A-Z][a-zà-ÿ]+(?:[- ](?:(?:de|van|der|den|ter|ten) )*[A-Z][a-zà-ÿ]+)+")
DETERMINER_ONLY = re.compile(r"^(?:een|de|het|die|dit|dat|deze)$", re.IGNORECASE)
# 'de woordvoerder van Jambon', 'de advocaten van X en Y', 'het kantoor van premier Netanyahu': the head noun speaks, not X.
HEAD_OF = re.compile(r"(?:^|\s)(?i:de|het|een|zijn|haar|hun)\s+(?:[\w-]+\s+)?(?P<noun>[a-z][\w-]*)\s+van\s+"
                     r"(?:de\s+|het\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# What may join a phrase to the mention after it: 'van', 'en', 'van de', 'van persbureau'.
CHAIN = re.compile(r"\s+(?:van|en)(?:\s+(?:de|het))?(?:\s+[a-z][\w-]*)?\s+")
# What may stand before the name a phrase is about: 'de', 'burgemeester', 'de advocaten van'.
# A title may be a compound with a name in it: 'PS-fractieleider', 'Groen-Kamerlid'.
TITLES = re.compile(r"\s*(?:(?i:de|het|een)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w-]*e|[\w&.'’]+-[\w-]+)\s+){0,3}")
# A name followed by the head of a compound ('Vlaams Belang-fractieleidster', 'CDA'er'): the name
# modifies a noun for a person, it does not speak itself; nor does a tagged span that ends inside a
# word ('De Groen' of 'De GroenLinks-PvdA-leider').
COMPOUND_HEAD = re.compile(r"-[^\W\d_]|['’]er\b|[^\W\d_]")
# A party member named by the party: 'de CDA'er', 'de N-VA'er'.
MEMBER_NOUN = re.compile(r"\S+['’]ers?")
# 'Rutte en Merkel', 'de koning en koningin', 'viroloog X en infectiologe Y' (a title before the second name)
# 'en zijn ministers', 'en hun Europese bondgenoten': a second conjunct the first one possesses
# A word of a name: an initial ('M.', 'J.P.') keeps its full stop, a word never ('Omroep West. Een').
_NAME_WORD = r"[A-Z](?:\.(?:[A-Z]\.)*|[\w-]*)"
POSSESSED_CONJUNCT = r"\s+en\s+(?:hun|zijn|haar)\s+(?:[\w-]+e\s+)?[a-z][\w-]+"
COORDINATED = re.compile(r"\s+en\s+(?:(?:de|het)\s+)?(?P<other>(?:hun|zijn|haar)\s+(?:[\w-]+e\s+)?[a-z][\w-]+"
                         rf"|(?:[a-z][\w-]*\s+)?{_NAME_WORD}"
                         rf"(?:\s+(?:(?:van|von|der|den|de|ter|ten|du|la|le)\s+)*{_NAME_WORD})*|[a-z][\w-]+)")
# '…'. Die woorden sprak minister-president Jan Jambon uit' / 'Die woorden van X': the quote's speaker.
THOSE_WORDS = re.compile(r"\s*(?:Die|Deze)\s+(?:woorden|uitspraak|uitspraken)\s+(?:van\s+)?(?P<who>[^,.;:!?\n]{1,80})")
# '…', wil X weten / beaamt de bondscoach: an inverted verb and a name after a quote.
INVERTED = re.compile(r"\s*,\s*(?P<cue>[a-z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}")
DETERMINED = re.compile(r"\s+(?:de|het|een|dit|dat|deze|die|zijn|haar|hun|hem|zich|zichzelf)\b")
COMMA = re.compile(r"(?<!,),(?!,)")  # a comma, not the ,, of a quote
COORDINATION = re.compile(r"(?:,\s*|\s+)(?:maar|en|of)\s+(?P<word>[\w-]+)(?:\s+(?P<next>[\w-]+))?")
# A subject pronoun right after the verb: 'en eisen ze', 'maar zegt hij' open a main clause.
SUBJECT_PRONOUN = frozenset({"ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "jullie", "u"})
# Those of them that are never an object ('ze', 'je', 'u', 'jullie' may be): one right after a
# finite verb is its subject, so what stands before the verb is a fronted object ('De motie vindt hij …').
NOMINATIVE_PRONOUN = re.compile(r"\s+(?P<who>hij|zij|ik|jij|wij|we)\b")
OWN_WORDS = re.compile(r"\b[Nn]aar eigen zeggen\b")
VOLGENS = re.compile(r"\b[Vv]olgens\s+")
OM = re.compile(r"\bom\s+")
# A fronted time adverbial before the finite verb: 'Een paar dagen geleden had Trump …'.
TIME_AGO = re.compile(r"\bgeleden\s*$")
# 'klonk het', 'luidt het', 'is te horen': a cue that names no speaker; after it 'bij X' names the body that speaks,
# 'in X' the document or programme the words were in ('klinkt het bij de bonden', 'klonk het in Terzake').
IMPERSONAL_CUE = r"(?:klonk|klinkt|luidt|luidde|heet|heette) het|(?:is|was|valt|viel) te horen"
IMPERSONAL_PLACES = "bij|in|uit|vanuit"
# 'Bij een andere toppoliticus is te horen dat X "…"': the body or person after a fronted 'bij' speaks.
HEARSAY_BEFORE = re.compile(rf"\b(?:[Bb]ij|[Vv]anuit)\s+(?P<who>[^,.;:!?\n]{{1,60}}?)\s+(?:{IMPERSONAL_CUE})\b")
# An opening mark left at the end of a sentence by the tagger.
TRAILING_OPENER = re.compile(r"\s(?:,,|''|[\"“„«‘'])$")


@dataclass(frozen=True)
class QuoteRules:
    """The patterns built from the lexicon, compiled once per lexicon."""

    lexicon: QuoteLexicon
    cue: re.Pattern
    after: re.Pattern  # '"…", zei X' / '"…" klonk het'
    before_colon: re.Pattern  # 'X zei tegen de NOS: "…"'
    back_reference: re.Pattern  # 'Dat zei X.'
    back_perfect: re.Pattern  # 'Dat heeft X vrijdag gezegd.'
    postposed: re.Pattern  # '…, zegt de rechtbank.'
    postposed_perfect: re.Pattern  # '…, zou Xi tegen Biden hebben gezegd'
    postposed_noun: re.Pattern  # '…, is het oordeel van X.'
    parenthetical: re.Pattern  # 'De VS, zei hij, hebben …'
    warns_of: re.Pattern  # 'waarschuwde X voor …'
    fragment_cue: re.Pattern  # 'noemt het akkoord 'evenwichtig''
    noun_cue: re.Pattern  # 'de boodschap van X dat …', 'zijn uitspraken dat …'
    document_says: re.Pattern  # 'In een verklaring van X staat dat …'
    heard_at: re.Pattern  # 'Bij de oppositie klinkt dat …'
    passive_after: re.Pattern  # '…, is van een ziekenhuis vernomen.'
    passive_dat: re.Pattern  # 'In het kabinet werd benadrukt dat …' / 'werd door X bevestigd dat …'
    naming: re.Pattern  # 'de zogenaamde '…''
    addressee: re.Pattern  # 'tegen de NOS', 'in een interview met Fox News'
    addressed_colon: re.Pattern  # 'zei hij tegen de NOS:' before a quote
    author_of: re.Pattern  # 'de uitspraak van Jambon citeerde:'
    document_before: re.Pattern  # 'een motie van de SP om "…"', 'een tekst van Halsema ("…")'
    leading_connective: re.Pattern
    clause_tail: re.Pattern
    subordinate: re.Pattern
    embedded: re.Pattern
    fronted: re.Pattern
    adverbial: re.Pattern
    te_infinitive: re.Pattern
    small_predicate: re.Pattern
    demonstrative_predicate: re.Pattern
    speaker_stop: re.Pattern
    leading_adverb: re.Pattern
    anonymous_start: re.Pattern
    noun_phrase: re.Pattern


def _words(lexicon: QuoteLexicon, *kinds: str) -> str:
    return alternation(set().union(*(lexicon.words[kind] for kind in kinds)))


def _time(lexicon: QuoteLexicon) -> str:
    return alternation(lexicon.time_words)


def _cue_rules(lexicon: QuoteLexicon) -> dict[str, re.Pattern]:
    verbs = lexicon.verb_pattern
    warn = alternation(f for f, lemma in lexicon.verbs.items() if lemma == "waarschuwen" and " " not in f)
    return {
        "cue": re.compile(rf"\b(?P<cue>{verbs})\b"),
        # '…, klinkt het bij de vakbonden' / '…, luidt het in de brief': the body after 'bij' speaks;
        # '…, klonk het vanavond in Terzake': a time word may stand before the place
        "after": re.compile(rf"\s*[,.]?\s*(?:zo\s+|dat\s+)?(?P<cue>{IMPERSONAL_CUE}"
                            rf"(?=(?:\s+(?:{_time(lexicon)}))?(?:\s+(?:{IMPERSONAL_PLACES})\b|\s*[.!?]|\s*$))|{verbs})\b"
                            rf"(?P<who>{SPEAKER_WORDS})?"),
        "before_colon": re.compile(rf"(?P<who>[^.!?\n]{{0,120}}?)(?:\b(?P<cue>{verbs})\b[^.!?:\n]{{0,60}})?:\s*$"),
        "back_reference": re.compile(rf"^\s*(?:Dat|Dit|Zo)\s+(?P<cue>{verbs})\s+(?P<who>{SPEAKER_WORDS})"),
        # 'Dat heeft X gezegd in het journaal / na vragen van Y.': a phrase may follow the participle, and more
        # after a comma ('…, na zijn uitspraken over …'); the middle field may be long ('de ministers van … na
        # afloop van hun top in Luxemburg'), hold a time ('4.30 uur') and a name or list set off by commas
        # ('het hoogste veiligheidsorgaan, de Nationale Veiligheidsraad,', 'van Frankrijk, Duitsland en Rusland')
        "back_perfect": re.compile(rf"^\s*(?:Dat|Dit|Zo)\s+(?:heeft|hebben|had|hadden)\s+"
                                   rf"(?P<who>(?:[^,.;:!?]|\.(?=\d)|,(?=\s)){{1,160}}?)\s*,?\s+"
                                   rf"(?P<cue>{verbs})(?:[\s,]+[^;:!?]*?)?\s*[.!]?\s*$"),
        # '…, aldus de premier, die eerder zijn ontslag indiende.': a relative clause may follow the speaker
        # the speaker may have a name in apposition ('zegt de burgemeester van Utrecht, Eva Jansen') and be
        # followed by a relative clause or a second predicate of theirs (', en kijkt …')
        # (', waar de hele wereld …', ', maar heeft …'), a role in apposition and a phrase (', voorzitter van
        # de bond, eerder in NRC'), or a quotation after a colon ('…, vertelt hij aan de krant: ‘…’'); the
        # phrases after the cue may be long ('in een persconferentie op vrijdagavond over de val van zijn kabinet')
        "postposed": re.compile(rf",\s+(?:zo\s+)?(?P<cue>{verbs})\s+(?P<who>{POSTPOSED_SPEAKER_WORDS}"
                                rf"(?:,\s+{NAME_APPOSITION})?)"
                                rf"(?:,\s+(?:die|dat|wie|waar|waarna|waarbij|(?:en|maar)\s+[a-z][\w-]*)\s[^.!?]*"
                                rf"|,\s+[a-z][^,.;:!?\n]{{0,60}},\s+[^,.;:!?\n]{{1,40}}"
                                rf"|:\s*{QUOTE_OPENING}[^\n]*)?\s*[.!?]?\s*$"),
        "postposed_perfect": re.compile(
            rf",\s+(?:zo\s+)?(?:zou|zouden|heeft|hebben|had|hadden)\s+(?P<who>[^,;:!?]{{1,60}}?)\s+(?:hebben\s+)?"
            rf"(?P<cue>{verbs})\b[^,;:!?]*[.!?]?\s*$"),
        "postposed_noun": re.compile(
            rf",\s+(?:is|was|luidt|luidde)\s+(?:het|de)\s+(?P<cue>{_words(lexicon, 'opinion')})"
            rf"(?:\s+van\s+(?P<who>[^,.;:!?]+?))?\s*[.!?]?\s*$"),
        # a cue and a short speaker between two commas, then the next word ('…, zei ze, hangen …')
        # ('…, zo meent hij, de partijen …': 'zo' marks the cue as set off, whatever stands around it)
        "parenthetical": re.compile(rf",\s+(?P<zo>zo\s+)?(?P<cue>{verbs})\s+(?P<who>[^,.;:!?\"“”„«»‘’'\n]{{1,60}}?),\s+"
                                    rf"(?P<next>[a-z][\w-]*)\b"),
        "warns_of": re.compile(rf"\b(?P<cue>{warn})\s+(?P<who>[^.!?\n]{{0,60}}?)\bvoor\s+(?P<content>[^.!?\n]{{12,}})"),
        "fragment_cue": re.compile(rf"\b(?P<cue>{_words(lexicon, 'naming_verb')})\b"),
        "noun_cue": re.compile(rf"\b(?P<det>de|het|zijn|haar|hun)\s+(?:[a-z][\w-]*e\s+)?(?P<cue>{_words(lexicon, 'speech_noun')})"
                               rf"(?:\s+van\s+(?P<who>[^,.;:!?\"“”„]{{1,60}}?))?\s*,?\s+dat\s+"),
        # 'In het stuk zou staan dat …', 'In een verklaring die na het diner werd uitgegeven staat dat …':
        # the document (and its author, after 'van'), a relative clause on it, a verb of standing or reading
        "document_says": re.compile(
            rf"\b[Ii]n\s+(?P<who>(?:de|het|een|zijn|haar|hun)\s+(?:[a-z][\w-]*\s+)?(?:{_words(lexicon, 'document')})"
            rf"(?:\s+van\s+[^,.;:!?\"“”„]{{1,60}}?)?)(?:,?\s+(?:die|dat)\s[^.!?\"“”„]{{1,80}}?)?,?\s+"
            rf"(?P<cue>(?:zou\s+|zouden\s+)?(?:staat|stond|staan|stonden)|(?:valt|viel|is|was)\s+te\s+lezen)"
            rf"(?:\s+(?:ook|verder|onder\s+meer|letterlijk))?\s+dat\s+"),
        # 'Bij de VVD en het CDA klinkt dus dat …', 'Bij een andere minister is te horen dat …': the source
        # fronted with 'bij', the phrase of hearing right after it (verb second)
        "heard_at": re.compile(
            rf"\b[Bb]ij\s+(?P<who>[^,.;:!?\"“”„]{{1,60}}?)\s+(?P<cue>{_words(lexicon, 'heard_at')})"
            rf"(?:\s+(?:het|dus|ook|nu|wel|vooral))*\s+dat\s+"),
        "passive_after": re.compile(
            rf",\s+(?:zo\s+)?(?:is|werd|wordt|was)\s+(?:van|door|bij)\s+(?P<who>[^,.;:!?\"“”„]{{1,60}}?)\s+"
            rf"(?P<cue>{_words(lexicon, 'passive_cue')})\s*[.!?]?\s*$"),
        "passive_dat": re.compile(
            rf"\b(?:is|werd|wordt|was|werden|worden)\s+(?:door\s+(?P<who>[^,.;:!?\"“”„]{{1,60}}?)\s+)?"
            rf"(?P<cue>{_words(lexicon, 'passive_cue')})\s+dat\s+"),
    }


def _speaker_rules(lexicon: QuoteLexicon) -> dict[str, re.Pattern]:
    quantity = _words(lexicon, "quantity")
    # 'de vier partijen', 'hun beide landen': a quantity may follow the article
    determiner = rf"(?:(?i:de|het|zijn|haar|hun)(?:\s+(?:{quantity}))?|(?i:{quantity}))"
    # adjectives in -e or capitalised, then the noun; after 'het' an adjective may keep its bare form
    # ('het federaal parket', 'het openbaar ministerie'), and so may a title adjective ('de demissionair premier')
    suffixes = _words(lexicon, "adjective_suffix")
    titled = _words(lexicon, "title_adjective")  # 'de demissionair premier'
    inflected = r"[\w-]*[^i\W]e"
    # 'Amerikaanse en Zuid-Koreaanse waarnemers': inflected adjectives may be coordinated
    nominal = (rf"(?:(?:[a-z]{inflected}|[A-Z][\w-]*|{titled}|(?<=[Hh]et )[a-z]+(?:{suffixes}))\s+"
               rf"(?:(?:en|of)\s+(?=[A-Za-z]{inflected}\s))?)*[\w-]+")
    partitive = _words(lexicon, "partitive")
    not_adjective = "|".join(re.escape(w.capitalize()) for w in sorted(lexicon.words["not_adjective"]))
    return {
        "speaker_stop": re.compile(rf"\b(?:{_words(lexicon, 'speaker_stop')}|{_time(lexicon)})\b"),
        "leading_adverb": re.compile(rf"^(?:(?:{_words(lexicon, 'leading_adverb')})\s+)+", re.IGNORECASE),
        # An unnamed source is a noun phrase: 'een van de bronnen', 'de woordvoerder', 'ingewijden',
        # 'Chinese staatsmedia' (an adjective of nationality).
        "anonymous_start": re.compile(
            rf"^(?:(?i:de|het|{quantity}|zijn|haar|hun|die|deze)\s+\S"
            rf"|(?:[a-z]+e\s+)?(?i:{_words(lexicon, 'source')})\b"  # 'medische bronnen'
            rf"|(?!(?:{not_adjective})\b)[A-Z][\w-]*e\s+[a-z])"),
        "noun_phrase": re.compile(
            rf"(?:(?i:{quantity})|(?i:een\s+)?(?:[a-z]+\s+)?(?:{partitive}))\s+van\s+(?i:de|het|hun|zijn|haar)\s+(?:[A-Za-z]{inflected}\s+)?[\w-]+"
            rf"|(?:{determiner}\s+)?{nominal}(?:\s+van\s+(?:(?i:de|het|een)\s+)?{nominal})?"  # 'de officier van justitie'
            rf"(?:\s+en\s+(?:{determiner}\s+)?{nominal}(?:\s+van\s+(?i:de|het|een)\s+{nominal})?)?"),
        "addressee": re.compile(
            rf"\b(?:{_words(lexicon, 'addressed')}|in (?:zijn|haar|een) (?:{_words(lexicon, 'medium')}))\s+"
            r"(?:de |het )?(?P<what>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)"),
        "addressed_colon": re.compile(rf"\b(?:{_words(lexicon, 'addressed')})\s+\S+[^:]*:\s*$"),
        "author_of": re.compile(rf"\b(?:{_words(lexicon, 'document')})\s+van\s+"),
        # a text named by its author right before the quote holding its words: nothing but 'om', an
        # opening bracket or a colon between ('een motie van de SP om "…"', 'een tekst van Halsema ("…")');
        # no preposition or clause in the author's words ('de uitspraken van X over '…'' quotes the topic)
        "document_before": re.compile(
            rf"\b(?P<cue>{_words(lexicon, 'document')})\s+van\s+"
            rf"(?P<who>(?:(?!\b(?:{_words(lexicon, 'preposition', 'relative', 'subordinator')}|in|dat)\b)[^,.;:!?()\n{QUOTE_MARKS}]){{1,60}}?)"
            rf"\s*(?:\bom\s*|\(\s*|:\s*)?[{QUOTE_MARKS}]*$"),
    }


def _clause_rules(lexicon: QuoteLexicon) -> dict[str, re.Pattern]:
    suffixes = _words(lexicon, "adjective_suffix")
    return {
        "leading_connective": re.compile(rf"^(?:{_words(lexicon, 'connective')})\s+", re.IGNORECASE),
        "clause_tail": re.compile(rf",\s+(?:{_words(lexicon, 'clause_tail')})\b"),
        "subordinate": re.compile(rf"(?i:{_words(lexicon, 'subordinator')})\b"),
        "embedded": re.compile(rf"\b(?:{_words(lexicon, 'embedding')})\b"),
        "fronted": re.compile(rf"^(?:{_words(lexicon, 'fronted')}|{_time(lexicon)})\b", re.IGNORECASE),
        "adverbial": re.compile(rf"(?:{_words(lexicon, 'adverbial')}|{alternation(lexicon.relative_days)})\b"),
        "te_infinitive": re.compile(rf"\bte\s+(?:[\w-]+en|{_words(lexicon, 'short_infinitive')})\b"),
        # Predicates of a small clause after 'vinden': negation, a te-infinitive, an adjective ending
        # (its quotation marks aside), a last word after an adverb of degree, or a quoted last word.
        "small_predicate": re.compile(rf"\b(?:niet|geen|te\s+[\w-]+en)\b|(?:{suffixes}){_CLOSING}\s*$"
                                      rf"|\b(?:{_words(lexicon, 'degree')})\s+[\w-]+{_CLOSING}\s*$"
                                      rf"|{_OPENING}[\w-]+{_CLOSING}\s*$"
                                      # an indefinite noun predicate after the object ('de staking een
                                      # slecht idee'), an adjective with its 'als' role ('X geloofwaardig
                                      # als minister')
                                      rf"|\s(?!(?:{_words(lexicon, 'preposition')}|na|in|op|aan|met|voor)\s)[\w-]+\s+een\s+(?:[\w-]+\s+)?[\w-]+{_CLOSING}\s*$"
                                      rf"|(?:{suffixes})\s+als\s+[\w-]+{_CLOSING}\s*$"),
        # 'vindt dat onbegrijpelijk': the demonstrative as object of a one-adjective small clause,
        # no 'dat' clause
        "demonstrative_predicate": re.compile(
            rf"\s*(?:dat|dit)\s+(?:(?:{_words(lexicon, 'degree')})\s+)?[\w-]*(?:{suffixes})\s*(?=[:;]|$)"),
        "naming": re.compile(rf"\b(?:{_words(lexicon, 'naming')})\s*$"),
    }


def build_rules(lexicon: QuoteLexicon) -> QuoteRules:
    """Every lexicon-built pattern of the quote finder."""
    return QuoteRules(lexicon=lexicon, **_cue_rules(lexicon), **_speaker_rules(lexicon), **_clause_rules(lexicon))
