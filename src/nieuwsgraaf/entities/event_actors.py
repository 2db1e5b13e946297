"""The event-actor step: the words naming the actors, recipients and place of each event the NLP
found (`Analysis.event_mentions`) become entity ids of the article, as quote speakers do.

In order:
- a place named after 'in', 'te', 'vanuit' or 'buiten' is where the event happens, not an actor
  ('explosies in Kiev'), unless it is all the event has;
- the heads of government of the EU together ('de EU-leiders', 'de regeringsleiders van de
  lidstaten') are the European Council;
- 'het regime van Loekasjenko', 'de regering van Venezuela': the government of the country named,
  or led by the person named, at the article's date (bodies.ruled_by; gpe:by where the knowledge
  base has no government of the country);
- a party word the tagger made a local name of, or left unlinked ("de PVV'er", 'de Vlaamse socialist',
  'de liberalen') is the person of that party named last before it, or the one such party the
  article names (party_words.py; else as below);
- some of a body's members ('andere EU-landen', 'de Europese NAVO-landen') are a group of their
  own, named by their words (member_groups.py); all of them ('de NAVO-landen') are the body;
- a linked mention at or inside the words: a country that acts is its government ('Rusland viel
  aan' -> gov:ru), as a country that speaks is; a capital that acts, or is addressed in words, is
  what the knowledge base names it a metonym for ('Moskou' -> gov:ru, 'Brussel' -> org:eu); a place
  attacked or visited stays a place;
- a government named by a common noun phrase ('de federale overheid', 'regering', 'het demissionaire
  kabinet', 'het Rwandese regime', 'de regering in Rabat') is the one governments.py reads it as;
- in a quote, 'ik' and 'mij' are its speaker, and so are 'we', 'wij' and 'ons', unless the speaker
  holds a government office at the article's date and the article names that government or its
  country: then they are the government (a president's 'we' is the country's, docs/events.md §4),
  but not where he speaks as a person in that sentence ('ik',
  'mij', 'u', 'jullie': 'Als u dat zegt, kunnen we ...' is he and the one addressed); a speaker with no
  government office who is a body's spokesman, secretary-general or chair at that date speaks for the
  body ('we' of the NATO secretary-general -> org:navo; spokesmen.py, docs/events.md §56); any other
  speaker's 'we' is the party or organisation named right beside his name ('De Wolff (VVD)', 'ACV-topvrouw
  Ska': speaker_bodies.py, docs/events.md §61);
- a plural 'ze' or 'zij' ('Ze eisen', 'moeten ze') is the nearest actor of several before it, in its
  sentence or the two before: a group, a body, a plural description (plural_pronouns.py);
- 'hij' and 'zij' that act are the person the quote stage's resolver gives a pronoun that speaks (the
  subject before: quotes/salience.py, handed over by the pipeline; docs/events.md §42), except inside a
  quote or after a relative adverb ('waarin hij'); there, and for a recipient, the person named last
  before them ('hem' and 'zijn' the last one who is not the event's actor: 'Wilders eist zijn vertrek');
- a country's goods acted on ('tarieven op Chinese producten', data/lexicons/goods_nouns.txt) are its
  government, for an event that names its source (docs/events.md §28);
- a country's armed forces ('het Russische leger', 'de Oekraïense troepen': data/lexicons/army_nouns.txt)
  are its government (docs/events.md §9 Armies; a KB army such as gov:il-idf is linked as a name before);
- a country's adjective alone ('Russische aanvallen') is that country's government, when the article
  names the government (or an earlier event made it an actor): no new entity for an adjective;
  right before the event noun it is that government anyway ('Israëlische aanvallen', §4 nouns), as
  'Europese' there is the EU ('Europese sancties', 'een Europees akkoord'), and so
  are a country's people with the article ('de Britten'; a bare 'Britten' is some of them); 'het land',
  'het eiland' acted on is the country named last before it (data/lexicons/country_anaphors.txt; not
  'het land binnen', a place gone into);
- a bare definite description of a body ('de terreurbeweging', 'De unie', 'de militaire alliantie') is
  the body of that kind named last shortly before it, else the only one the article named, as the
  speaker step reads 'de partij' (kind_before.py; with the nouns of event_body_kind_nouns.tsv:
  described_actors.py, docs/events.md §41);
- a definite description of a person by office, origin or party ('de Oekraïense leider', 'de
  PVV'er', 'De Antwerpse burgemeester') is the person named last before it (of that country when
  the words name one; not the event's own source when it is the recipient);
- a description whose head says it is an actor ('de Amerikaanse president', 'de lidstaten', 'het
  leger') is the role holder at the article's date or a local id, made an entity of the article by
  the speaker step's resolver (speakers.ArticleActors); so is a bare plural of such a noun
  ('Vakbonden kondigen een staking aan') or of a noun of data/lexicons/event_actor_nouns.txt
  ('Aanklagers eisten …'; its people on trial, 'Eén verdachte', 'de vierde beklaagde', also acted on), a plural of the people of a place ('Brabanders', 'de Europeanen'),
  known by its phrase with the article the events stage leaves out of its words (local:other:de-europeanen),
  and, for the one who acts or the one held, charged or let go (COERCE, ACCUSE, CONCEDE), any plural in
  the form of a noun for people ('onruststokers', 'de aanslagplegers', 'activisten', 'medeplichtigen';
  not data/lexicons/thing_plurals.txt): acted on otherwise, such a word is mostly whom a measure or an
  attack concerns ('opvang voor asielzoekers', 'moord op christenen'), and it would make an event of its
  own; so is a counted group ('de zes', 'Drie anderen', '250 anderen') that acts or is held, charged,
  attacked or let go (docs/events.md §37).
Other words ('de verwachting', 'op eigen houtje') stay unlinked.
Then actors coordinated in one role act together: a group entity goes before its members
(event_groups.py: 'Wilders en Baudet' -> local:other:wilders-en-baudet, then the two of them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from .. import resources
from ..records import (
    POLICY_EVENT_TYPES,
    Analysis,
    Entity,
    EventArgument,
    EventMention,
    Mention,
    SpeakerRef,
    is_person_id,
    with_entity,
)
from .bodies import (
    RULER_WORDS,
    RULERS_OF,
    acting_country,
    european_council,
    people_of_country,
    ruled_by,
)
from .described_actors import event_kind_nouns
from .event_groups import group_name, with_conjuncts, with_groups
from .governments import bare_government, government_named
from .kb import KnowledgeBase, normalize_name
from .kind_before import body_of_kind_before
from .linker import Linker, default_linker
from .lookup import article_context
from .member_groups import counted_members, is_numeral, share_from_place, some_members_phrase
from .plural_pronouns import is_plural_pronoun, plural_antecedent
from .policies import is_policy_phrase
from .speaker_bodies import body_beside, leads_a_party
from .speakers import ArticleActors
from .spokesmen import body_spoken_for

_FIRST_PERSON = frozenset({"ik", "we", "wij", "ons", "onze", "mij"})
_PLACES = ("gpe:", "loc:", "local:loc:")
_PLACE_WORDS = frozenset({"in", "te", "vanuit", "buiten", "nabij"})
_FIRST_PLURAL = frozenset({"we", "wij", "ons", "onze"})
# offices whose holder's 'we' is the government of the country (the KB's roles `of` a gpe:)
_GOVERNMENT_OFFICES = frozenset({"president", "premier", "minister-president", "minister", "vicepremier",
                                 "kanselier", "staatssecretaris", "vicepresident"})
_VERBAL = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# words by which a speaker speaks as a person or to one: his 'we' is then no government
_PERSONAL = frozenset({"ik", "mij", "me", "mijn", "u", "jij", "je", "jullie"})
_SENTENCE_END = re.compile(r"[.!?]\s")
_WORD = re.compile(r"\w+")
_THIRD_PERSON = frozenset({"hij", "zij", "ze", "hem", "haar", "zijn", "z'n"})
# a continent that acts or is addressed as a political actor is its union ('Europa moet meer doen',
# 'dreigt Europa met ...' -> the EU; docs/events.md §4 metonyms)
_POLITICAL_CONTINENTS = {"loc:europa": "org:eu"}
# its adjective right before an event noun is the union too ('Europese sancties', 'een Europees akkoord')
_POLITICAL_ADJECTIVES = {"europese": "org:eu", "europees": "org:eu"}
_DEFINITE = ("de ", "het ", "een ", "één ", "eén ", "die ", "deze ")
_SUBJECT_GENDER = {"hij": "male", "zij": "female"}  # 'ze' is as often plural
_RELATIVE_ADVERB = re.compile(r"\b[Ww]aar\w*\s+$")  # 'waarin', 'waarop', 'waarna' right before the pronoun


class Antecedents(Protocol):
    """Who a singular pronoun refers to at a point of the article (quotes/salience.py's Salience)."""

    def salient_person(self, before: int, gender: str | None = None) -> Mention | None: ...

    def inside_quote(self, position: int) -> bool: ...

    def in_object_clause(self, position: int) -> bool: ...


def _opens_relative_clause(text: str, start: int) -> bool:
    """Whether the pronoun at `start` follows a relative adverb ('de speech van Biden, waarin hij …')."""
    return bool(_RELATIVE_ADVERB.search(text, max(0, start - 20), start))
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:[Dd]e|[Hh]et) $")  # 'de' left out of an actor's words
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-zëï]{2,}(?:ers|anen|ezen)")  # the people of a place
# the plural of a noun for people by what they do or are ('onruststokers', 'coupplegers', 'activisten',
# 'sympathisanten', 'medeplichtigen', 'betrokkenen'): agent nouns in -er, -ist and -ant, and adjectives
# or participles made nouns, holders of a mandate in -aris ('mandatarissen', 'commissarissen') and
# adjectives of a political creed made nouns ('de liberalen', 'radicalen'); things in these forms are
# few ('cijfers', 'redenen', 'mineralen': thing_plurals.txt)
_PERSON_PLURAL = re.compile(r"[a-zëéï]{3,}(?:ers|isten|anten|igen|[^aeiou]enen|arissen|(?:er|ic)alen)")
# events whose one acted on is people held, charged or let go ('de bekladders werden opgepakt', 'zes
# medeplichtigen aangeklaagd'): there a plural noun for people is the target, where for aid, a measure
# or an attack it is mostly whom it concerns ('opvang voor asielzoekers', 'moord op christenen')
_HELD_OR_CHARGED = frozenset({"COERCE", "ACCUSE", "CONCEDE"})
# a counted group (_is_counted_group) is an actor where it acts, or is held, charged, attacked or let go
_COUNTED_ACTED_ON = _HELD_OR_CHARGED | {"ASSAULT"}


def link_event_actors(analysis: Analysis, linker: Linker | None = None,
                      antecedents: Callable[[Analysis], Antecedents] | None = None) -> Analysis:
    """The analysis with every event argument linked to an entity of the article where one fits.
    `antecedents` gives the article's pronoun resolver (the quote stage's quotes.article_salience, handed
    over by the pipeline: this stage may not import the quote stage); without it a 'hij' that acts is
    the person named last before it."""
    if not analysis.article.is_dutch or not analysis.event_mentions:
        return analysis
    linker = linker or default_linker()
    actors = ArticleActors(linker, analysis, article_context(analysis, linker.kb))
    linked = [m for m in analysis.mentions if m.entity]
    kb = linker.kb
    day = analysis.article.published.value if analysis.article.published else None
    named = {e.id for e in analysis.entities}
    earlier: list[EventArgument] = []  # the linked arguments of the events before, for a plural pronoun
    resolvers: list[Antecedents] = []  # built at the first pronoun: most articles' events have none
    kind_nouns = event_kind_nouns(linker.lexicon.body_kind_nouns)  # 'de terreurbeweging': merged once per article

    def _subject_antecedent(argument: EventArgument, event: EventMention, word: str,
                            others: frozenset[str]) -> Mention | None:
        """The person a 'hij' or 'zij' that acts refers to by the speaker step's resolver, where it
        reads well: the subject of a main clause ('Hij dankte …', 'Ook zal hij …'), not a pronoun inside
        a quote or opening a relative clause ('de speech van Biden, waarin hij …': the name right
        before it, the rule below), nor one after a fronted object clause that holds the event ('Dat
        Trump uit de WTO wil stappen, noemt hij …': the one commenting, not the actor); nobody the
        event itself names."""
        gender = _SUBJECT_GENDER.get(word)
        if antecedents is None or gender is None or argument.role != "source" \
                or _opens_relative_clause(analysis.article.text, argument.start):
            return None
        if not resolvers:
            resolvers.append(antecedents(analysis))
        if resolvers[0].inside_quote(argument.start) or (
                event.trigger.start < argument.start and resolvers[0].in_object_clause(event.trigger.start)):
            return None
        person = resolvers[0].salient_person(argument.start, gender)
        return person if person is not None and person.entity not in others else None

    def entity_of(argument: EventArgument, event: EventMention, sources: frozenset[str] = frozenset()) -> str | None:
        mention = _mention_at(argument, linked)
        if argument.role == "location":
            return mention.entity if mention else None
        council = european_council(argument.text, kb)
        if council is not None:
            return actors.as_actor((argument.start, argument.end), council.id)
        ruler = _ruler(argument, linked, analysis.article.text, kb, day)
        if ruler is not None:  # 'het regime van Loekasjenko': not the man, his country's government
            return actors.as_actor((argument.start, argument.end), ruler)
        member = _party_member(argument, mention, analysis.article.text, actors)
        if member is not None:  # "de PVV'er" the tagger took for a name of its own
            return member
        some = some_members_phrase(analysis.article.text, argument.start, argument.end) \
            if mention is not None and not mention.entity.startswith(_PLACES) else None
        if some is not None:  # 'andere EU-landen': not the EU, some of its members (§4)
            return actors.as_group(some, analysis.article.text[some[0]:some[1]])
        if mention is not None and counted_members(analysis.article.text, argument.start, argument.end,
                                                   (mention.start, mention.end)):
            return actors.as_group((argument.start, argument.end), argument.text)  # 'Vijf Democraten'
        if mention is not None and mention.entity.startswith(_PLACES) and share_from_place(
                analysis.article.text, argument.start, argument.end, (mention.start, mention.end)):
            return actors.as_group((argument.start, argument.end), argument.text)  # 'een groep van … uit Oekraïne'
        if mention is not None:
            if mention.entity.startswith("gpe:"):  # a country that acts is its government (docs/events.md §4)
                return actors.actor(SpeakerRef(mention.start, mention.end, mention.text, "mention",
                                               (mention.start, mention.end)))
            where = analysis.article.text[max(0, mention.start - 3):mention.start].lower()
            acting = None if where in ("in ", "te ") else _metonym(mention.entity, argument.role, event.type, kb)
            return actors.as_actor((mention.start, mention.end), acting) if acting else mention.entity
        government = government_named(argument.text, kb, actors.context.country, actors.context.region)
        if government is not None:  # 'de federale overheid', 'regering', 'het Rwandese regime' (governments.py)
            return actors.as_actor((argument.start, argument.end), government.id)
        word = argument.text.lower()
        if word in _FIRST_PERSON:
            quote = next((q for q in analysis.quotes if q.start <= event.trigger.start < q.end), None)
            if quote is None or quote.speaker is None:
                return None
            if word not in _FIRST_PLURAL or _speaks_personally(analysis.article.text, quote, argument):
                return quote.speaker  # not where he speaks as a person
            government = _government_of(quote.speaker, day, kb)
            if government is not None:
                # only where the article names the government or its country ('"We stappen uit de WTO,"
                # zei Trump' alone is the man, §4)
                return actors.as_actor((argument.start, argument.end), government) \
                    if named & {government, "gpe:" + government.removeprefix("gov:")} else quote.speaker
            body = body_spoken_for(quote.speaker, day, kb)  # a spokesman's or chair's 'we' (§56)
            if body is not None:
                return actors.as_actor((argument.start, argument.end), body)
            # a councillor's or union leader's 'we': the body named beside him ('De Wolff (VVD)', §61)
            beside = None if leads_a_party(quote.speaker, day, kb) else body_beside(
                quote.speaker, linked, analysis.article.text)
            return beside or quote.speaker
        several = plural_antecedent(argument, [*earlier, *_as_arguments(linked)], analysis.sentences) \
            if is_plural_pronoun(argument, analysis.article.text) else None
        if several is not None:  # 'Ze eisten …': the group or body before, not the last person named
            return several
        if word in _THIRD_PERSON:  # 'Wilders eist zijn vertrek': not Wilders himself (that is 'zich', 'zijn eigen')
            # a person, never a thing a step mislabelled ('het glas'); for the actor, nobody the event
            # itself names ('hij vroeg het ontslag van Mayeur': not Mayeur)
            others = sources | _named_in(event, argument, linked, analysis.article.text)
            before = [m for m in linked if m.end <= argument.start and m.label == "PER"
                      and is_person_id(m.entity) and m.entity not in others]
            person = _subject_antecedent(argument, event, word, others) if before else None
            if person is not None:  # 'Hij dankte verder …': the person the text is about, as for a speaker
                before = [person]
            return actors.actor(SpeakerRef(argument.start, argument.end, argument.text, "pronoun",
                                           (before[-1].start, before[-1].end))) if before else None
        army = _army_of_country(argument.text, kb)
        if army is not None:  # 'de Russische troepen': the country's government (§9 Armies)
            return actors.as_actor((argument.start, argument.end), army)
        goods = _goods_of_country(argument, analysis.article.text, kb) if argument.role == "target" and any(
            a.role == "source" for a in event.arguments) else None
        if goods is not None:  # a tariff 'op Chinese producten' someone lays: on China (docs/events.md §28)
            return actors.as_actor((argument.start, argument.end), goods)
        union = _POLITICAL_ADJECTIVES.get(argument.text.lower())
        if union in kb.actors and _right_before(argument, event, analysis.article.text):
            return actors.as_actor((argument.start, argument.end), union)  # 'Europese sancties': the EU's
        country = _country_by_adjective(argument.text, kb)
        government = "gov:" + country.removeprefix("gpe:") if country else None
        if government in named or actors.is_new_entity(government):
            return government  # 'Russische aanvallen': the government the article names (§4)
        country = _country_actor(argument, event, linked, analysis.article.text, kb)
        if isinstance(country, Mention):  # 'het eiland': the country named last, as if named again
            return actors.actor(SpeakerRef(argument.start, argument.end, argument.text, "pronoun",
                                           (country.start, country.end)))
        if country is not None:  # 'Israëlische aanvallen', 'de Britten': the country's government (§4)
            return actors.as_actor((argument.start, argument.end), country)
        start = _article_start(argument, analysis.article.text)
        phrase = analysis.article.text[start:argument.end]
        body = body_of_kind_before(phrase.split(), start, linked, kb, kind_nouns)
        if body is not None:  # 'de terreurbeweging' after 'Hamas': the body named before (§41)
            return actors.as_actor((argument.start, argument.end), body)
        person = _described_person(argument, linked, sources, kb) if actors.is_person_description(
            argument.text.split()) else None
        if person is not None:
            return actors.actor(SpeakerRef(argument.start, argument.end, argument.text, "description",
                                           (person.start, person.end)))
        if _names_an_actor(argument.text, linker, acts=_acts_as(argument, event, _HELD_OR_CHARGED),
                           counted=_acts_as(argument, event, _COUNTED_ACTED_ON)):
            return actors.actor(SpeakerRef(start, argument.end, phrase, "description"))
        return None

    def linked_arguments(event: EventMention) -> tuple[EventArgument, ...]:
        arguments = tuple(_placed(a, linked, analysis.article.text) for a in event.arguments)
        arguments = with_conjuncts(arguments, linked, analysis.article.text)  # 'Hongarije en Slowakije'
        if arguments != event.arguments and any(a.role != "location" for a in arguments):
            event = replace(event, arguments=arguments)  # a place that is all the event has stays its actor
        sources = {a: entity_of(a, event) for a in event.arguments if a.role == "source"}
        taken = frozenset(e for e in sources.values() if e)
        linked_ones = tuple(with_entity(a, sources[a] if a in sources else entity_of(a, event, taken))
                            for a in event.arguments)
        linked_ones = policy_maker(linked_ones, event)
        grouped = with_groups(linked_ones, analysis.article.text, event.type, add_group, name_of, event.trigger.end)
        earlier.extend(grouped)
        return grouped

    def policy_maker(arguments: tuple[EventArgument, ...], event: EventMention) -> tuple[EventArgument, ...]:
        """A policy acted against whose maker no recipient names ('tegen de verhoging van de
        pensioenleeftijd') stands for the government the article is about (events/policies.py); only
        for an event whose actor is named: the maker alone makes no interaction."""
        if event.type not in POLICY_EVENT_TYPES or not any(a.entity for a in arguments if a.role == "source") \
                or any(a.entity for a in arguments if a.role == "target"):
            return arguments
        government = bare_government(kb, actors.context.country, actors.context.region)
        if government is None:
            return arguments
        return tuple(replace(a, entity=actors.as_actor((a.start, a.end), government.id))
                     if a.role == "target" and is_policy_phrase(a.text) and not a.entity else a for a in arguments)

    def add_group(span: tuple[int, int], names: list[str]) -> str:
        """The KB body that is exactly the coordinated actors ('de Europese staatshoofden en
        regeringsleiders'), else a group of the article named by its members."""
        council = european_council(analysis.article.text[span[0]:span[1]], kb)
        return actors.as_actor(span, council.id) if council else actors.as_group(span, group_name(names))

    def name_of(entity: str) -> str | None:
        actor = kb.actors.get(entity)
        return actor.name if actor else next((e.name for e in analysis.entities if e.id == entity), None)

    events = tuple(replace(event, arguments=linked_arguments(event)) for event in analysis.event_mentions)
    events = tuple(_with_arguments(event, tuple(with_entity(a, actors.final(a.entity)) for a in event.arguments))
                   for event in events)  # one record per name (article_entities.py)
    mentions, entities = actors.with_added()
    return replace(analysis, event_mentions=events, mentions=mentions, entities=entities,
                   offices=_offices(entities, kb))


def _with_arguments(event: EventMention, arguments: tuple[EventArgument, ...]) -> EventMention:
    """The event with `arguments`: itself when it has them already."""
    return event if arguments == event.arguments else replace(event, arguments=arguments)


def _offices(entities: tuple[Entity, ...], kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """(person, country) for every office of a country the knowledge base gives an entity, at any date."""
    return tuple((entity.id, role.of) for entity in entities if entity.id in kb.actors
                 for role in kb.actors[entity.id].roles if role.of and role.of.startswith("gpe:"))


def _as_arguments(mentions: list[Mention]) -> list[EventArgument]:
    """Linked mentions as actors a plural pronoun may stand for ('Bij het Vlaams Belang eisen ze …')."""
    return [EventArgument("source", m.start, m.end, m.text, m.entity) for m in mentions]


def _party_member(argument: EventArgument, mention: Mention | None, text: str, actors: ArticleActors) -> str | None:
    """The person or party a party word names ("de PVV'er", "de CDA'ers") when the tagger made it a
    mention of a local entity of its own, or left it unlinked: the article before it counts."""
    if mention is not None and not mention.entity.startswith("local:"):
        return None
    start = _article_start(argument, text)
    return actors.by_party((start, argument.end), text[start:argument.end].split())


def _named_in(event: EventMention, pronoun: EventArgument, linked: list[Mention], text: str) -> frozenset[str]:
    """The entities named by an event's other arguments after a pronoun that acts, or owning one: a
    pronoun does not stand for a name in its own clause ('hij vroeg het ontslag van Mayeur': not Mayeur)."""
    if pronoun.role != "source":
        return frozenset()
    named = (_mention_at(a, linked) for a in event.arguments if a.role == "target" and a.start > pronoun.end)
    # and whose a target is, where the parse did not hang the 'van' phrase on it ('het ontslag van Mayeur')
    owners = (m for a in event.arguments if a.role == "target" and a.start > pronoun.end
              for m in linked if text[a.end:m.start].strip().lower() == "van")
    return frozenset(m.entity for m in (*named, *owners) if m is not None)


def _placed(argument: EventArgument, linked: list[Mention], text: str) -> EventArgument:
    """A place named after 'in', 'te', 'vanuit' or 'buiten' is where the event happens, not who acts
    or is acted on ('explosies in Kiev', 'raketten die vanuit de Kaspische Zee werden afgevuurd'; an
    attack on Kiev keeps Kiev as its target, docs/events.md §4)."""
    if argument.role == "location":
        return argument
    mention = _mention_at(argument, linked)
    if mention is None or not mention.entity.startswith(_PLACES):
        return argument
    before = text[max(0, mention.start - 12):mention.start].lower().split()
    if before and before[-1] in ("de", "het") and len(before) > 1:
        before = before[:-1]  # 'vanuit de Kaspische Zee'
    return replace(argument, role="location") if before and before[-1] in _PLACE_WORDS else argument


# the words before an argument that make it the ruler of a government: 'het regime van (president) '
_RULERS_BEFORE = re.compile(RULER_WORDS + r"(?:[a-z][\w-]*\s+)?$")


def _ruler(argument: EventArgument, linked: list[Mention], text: str, kb, day: str | None) -> str | None:
    """The government 'het regime van Loekasjenko', 'de regering van Venezuela' names (the argument's
    own words, or the name after them that the argument is): of the country named or led by the
    person named."""
    ruler = RULERS_OF.match(text, argument.start) or _RULERS_BEFORE.search(text[max(0, argument.start - 60):argument.start])
    if ruler is None:
        return None
    after = argument.start if ruler.re is _RULERS_BEFORE else ruler.end()
    named = next((m for m in linked if m.start == after or (ruler.re is _RULERS_BEFORE and m.start <= after < m.end)), None)
    government = ruled_by(named.entity, kb, day) if named is not None else None
    return government.id if government is not None else None


def _country_actor(argument: EventArgument, event: EventMention, linked: list[Mention], text: str, kb
                   ) -> str | Mention | None:
    """A country the words name as an actor without naming it: its adjective right before the event
    noun ('Israëlische aanvallen'), its people ('de Britten'; both the government where the knowledge
    base has one, else the country), or, for the one acted on, 'het land' (the mention of the country
    named last before it)."""
    adjective = _country_by_adjective(argument.text, kb)
    if adjective is not None and _right_before(argument, event, text) and kb.actors[adjective].type == "country":
        return acting_country(adjective, kb).id
    people = _people_of_country(argument.text, text[max(0, argument.start - 3):argument.start].lower(), kb)
    if people is not None:
        return acting_country(people, kb).id
    return _country_before(argument, linked, text, kb) if argument.role == "target" else None


def _right_before(argument: EventArgument, event: EventMention, text: str) -> bool:
    """Whether the argument's words stand right before the event's word ('Israëlische aanvallen')."""
    return argument.end <= event.trigger.start and not text[argument.end:event.trigger.start].strip()


def _country_by_adjective(words: str, kb) -> str | None:
    """The country an adjective alone names ('Russische' of 'Russische aanvallen'), or None."""
    if len(words.split()) != 1 or not words[:1].isupper():
        return None
    country = kb.by_adjective.get(normalize_name(words))
    return country if country and country.startswith("gpe:") else None


def _goods_of_country(argument: EventArgument, text: str, kb) -> str | None:
    """The government (else the country) whose goods the words name: a country's adjective before a
    noun of data/lexicons/goods_nouns.txt ('Chinese producten', 'die Russische producten'; the
    adjective alone when the tagger cut the phrase to it: 'Chinese' of 'op Chinese producten')."""
    parts = argument.text.split()
    if len(parts) == 1:
        parts += text[argument.end:].split(maxsplit=1)[:1]
    if len(parts) < 2 or parts[-1].lower().strip(".,;:") not in resources.lexicon_words("goods_nouns.txt"):
        return None
    country = _country_by_adjective(parts[-2], kb)
    return acting_country(country, kb).id if country is not None else None


def _army_of_country(words: str, kb) -> str | None:
    """The government of the country whose armed forces the words name ('het Russische leger', 'de
    Oekraïense troepen'), when the knowledge base has it."""
    parts = words.split()
    if parts[:1] and parts[0].lower() in ("de", "het"):
        parts = parts[1:]
    if len(parts) != 2 or parts[1].lower() not in resources.lexicon_words("army_nouns.txt"):
        return None
    country = _country_by_adjective(parts[0], kb)
    government = "gov:" + country.removeprefix("gpe:") if country else None
    return government if government in kb.actors else None



def _people_of_country(words: str, before: str, kb) -> str | None:
    """people_of_country for the argument's words, the article left out of them ('de' before)."""
    parts = words.split()
    if len(parts) == 1 and before.endswith("de "):
        parts = ["de", *parts]
    return people_of_country(parts, kb)



def _country_before(argument: EventArgument, linked: list[Mention], text: str, kb) -> Mention | None:
    """'het land', 'dat eiland': the country named last before the words, or None."""
    parts = argument.text.lower().split()
    if len(parts) != 2 or parts[0] not in ("het", "dat", "dit") \
            or parts[1] not in resources.lexicon_words("country_anaphors.txt"):
        return None
    if text[argument.end:argument.end + 8].lower().split()[:1] in (["binnen"], ["uit"], ["door"]):
        return None  # 'het land binnen': a place gone into, not an actor
    before = [m for m in linked if m.end <= argument.start and m.entity.startswith("gpe:")
              and normalize_name(m.text) not in kb.by_adjective]  # 'het Amerikaanse Huis': no country named
    return before[-1] if before else None


def _speaks_personally(text: str, quote, argument: EventArgument) -> bool:
    """Whether the speaker of the quote speaks as a person in the sentence of `argument`: says 'ik' or
    'mij' of himself, or addresses someone ('Als u dat zegt, kunnen we ...'), so that 'we' is he and
    others, not the government he heads."""
    before = _SENTENCE_END.split(text[quote.start:argument.start])[-1]
    after = _SENTENCE_END.split(text[argument.end:quote.end])[0]
    return any(w in _PERSONAL for w in _WORD.findall((before + " " + after).lower()))


def _government_of(speaker: str, day: str | None, kb) -> str | None:
    """The government a speaker's 'we' stands for: the one whose office (president, premier,
    minister, ...) the speaker holds at the article's date."""
    role = next(kb.offices_held(speaker, day, _GOVERNMENT_OFFICES, "gpe:"), None) if day is not None else None
    if role is None:
        return None
    government = "gov:" + role.of.removeprefix("gpe:")
    return government if government in kb.actors else None


def _described_person(argument: EventArgument, linked: list[Mention], sources: frozenset[str], kb) -> Mention | None:
    """The person named last before a description by office or origin ('de Oekraïense leider'): of
    the country its adjective names when it names one, never the event's own source."""
    named = [kb.by_adjective.get(normalize_name(w), "") for w in argument.text.split()[1:-1]]
    country = next((c for c in named if c.startswith("gpe:")), None)
    before = [m for m in linked if m.end <= argument.start and m.label == "PER" and m.entity not in sources]
    if country is not None:
        before = [m for m in before if _of_country(kb.actors.get(m.entity), country)]
    return before[-1] if before else None


def _of_country(actor, country: str) -> bool:
    """A person of that country by the knowledge base: its country, or an office of it."""
    if actor is None:
        return False
    iso = country.split(":", 1)[1]
    return (actor.raw.get("country") or "").lower() == iso or any(
        (r.of or "").split(":", 1)[-1].split("-")[0] == iso for r in actor.roles)


def _metonym(entity: str, role: str, kind: str, kb) -> str | None:
    """What a place stands for when it acts ('Moskou eist' -> gov:ru) or is addressed in words
    ('kritiek op Brussel' -> org:eu); None when it stays a place ('een aanval op Kiev')."""
    if not entity.startswith("loc:") or (role != "source" and kind not in _VERBAL):
        return None
    if entity in _POLITICAL_CONTINENTS:  # not in the KB: a mention of the continent stays a place
        return _POLITICAL_CONTINENTS[entity] if _POLITICAL_CONTINENTS[entity] in kb.actors else None
    actor = kb.actors.get(entity)
    return next((i for i in actor.metonym_for if i in kb.actors), None) if actor and actor.metonym_for else None




def _actor_noun(head: str, linker: Linker, acts: bool = False) -> str | None:
    """The kind of actor `head` names ('lidstaten', 'wereldleiders' as 'leiders'), or None; where
    `acts` (the one who acts, or is held, charged or let go), also any plural of a noun for people
    ('onruststokers'): otherwise acted on, such words are mostly the people a measure or an attack
    concerns ('opvang voor asielzoekers'), no actor."""
    nouns = linker.lexicon.speaker_nouns
    for word in (head, head.rstrip("s")):
        if word in nouns:
            return nouns[word]
        if word in resources.lexicon_words("event_actor_nouns.txt"):
            return "group"
    if acts and _PERSON_PLURAL.fullmatch(head) and head not in resources.lexicon_words("thing_plurals.txt"):
        return "group"
    tail = next((head[i:] for i in range(1, len(head) - 4) if head[i:] in nouns), None)
    return nouns[tail] if tail and nouns[tail] in ("group", "body") else None  # 'wereldleiders'


def _acts_as(argument: EventArgument, event: EventMention, acted_on: frozenset[str]) -> bool:
    """Whether the argument acts, or is the one acted on in an event of a type of `acted_on`."""
    convicted = event.type == "SANCTION" and event.mode == "convict"  # sentenced, as those held or charged
    return argument.role == "source" or (argument.role == "target" and (event.type in acted_on or convicted))


def _is_counted_group(words: str) -> bool:
    """'de zes', 'drie anderen', '250 anderen': a group of people named by its number alone (lowercase)."""
    parts = words.split(" ")
    if parts[0] in ("de", "alle"):
        parts = parts[1:]
    if len(parts) == 2 and parts[1] == "anderen":
        parts = parts[:1]
    return len(parts) == 1 and is_numeral(parts[0])


def _names_an_actor(words: str, linker: Linker, acts: bool = False, counted: bool = False) -> bool:
    """'de Amerikaanse president', 'de lidstaten', 'het leger': a description headed by an actor noun;
    without an article only a plural of people or bodies ('Aanklagers', 'veel boeren'); where people
    act or are held or charged (`acts`), any plural of a noun for people; with `counted`, a counted group
    ('de zes', 'Drie anderen')."""
    if _DEMONYM_PLURAL.fullmatch(words.split()[-1]):  # 'Brabanders', 'de Europeanen', 'Chinezen'
        return True
    lowered = words.lower()
    if counted and _is_counted_group(lowered):
        return True
    head = lowered.split()[-1].rsplit("-", 1)[-1]  # 'de NAVO-lidstaten': lidstaten
    kind = _actor_noun(head, linker, acts)
    if lowered.startswith(_DEFINITE):
        return kind is not None
    return kind in ("group", "body") and head.endswith(("en", "s")) and len(head) > 4


def _article_start(argument: EventArgument, text: str) -> int:
    """Where the actor's phrase starts with the article before its words: a group is known by its
    phrase ('de Europeanen' -> local:other:de-europeanen, docs/events.md §3), as a speaker is."""
    match = _ARTICLE_BEFORE.search(text, max(0, argument.start - 4), argument.start)
    return match.start() if match and not argument.text.lower().startswith(_DEFINITE) else argument.start


def _mention_at(argument: EventArgument, mentions: list[Mention]) -> Mention | None:
    """The linked mention that is the argument's words, holds them, or stands inside them."""
    overlapping = [m for m in mentions if m.start < argument.end and argument.start < m.end]
    exact = [m for m in overlapping if (m.start, m.end) == (argument.start, argument.end)]
    return (exact or overlapping or [None])[0]
