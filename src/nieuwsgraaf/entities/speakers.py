"""The speaker step: the words the quote stage found naming each quote's speaker, addressee and
affiliation (SpeakerRef) become entities of the article.

A linked mention, a pronoun or the person the text is about gives the entity of that mention (a
country that speaks is its government: 'China zegt' -> gov:cn; a seat of power speaks for its own
office: 'het Witte Huis meldt' -> gov:us-witte-huis, not gov:us). A description is, in order: a party
word's person or party ("de CDA'er" the CDA person named last before, 'de Vlaamse nationalisten' the
one such party the article names: party_words.py); a role of the knowledge base at the article's date ('de premier'); the government of a country named by
itself or by its leader at that date ('de regering van president Maduro' -> gov:ve); an office
noun meaning the person the text is about ('de bondscoach'); the person the article names in that
role (described_people.py: an apposition 'een voorman van Hamas, Basem Naim,' comes before all else;
'de fractieleidster van …' after 'Kamerfractieleider X'; the person first named as the next speaker of
the paragraph); a court or other body the article
named with its seat ('de rechtbank' after 'de rechtbank van Utrecht'), or a body named before with the same
noun ('de omroep' after 'de omroep AVROTROS', 'het parket' after 'Het federaal parket'); a bare definite description of an unnamed source
named before ('de woordvoerder' after 'een woordvoerder van Defensie'); a body named shortly before
with the same noun, not as a speaker (noun_before.py: 'de ambassade' after 'de Oekraïense ambassade in
Brussel', 'de veiligheidsregio' after 'veiligheidsregio Drenthe'); else an unnamed source
with a local id. A group of named people is known by their names without titles. Names the tagger
missed lose their titles ('Minister van Quickenborne') and are the article's person of the fullest
name, else looked up in the knowledge base, else get a local id.
Every id is an entity of the article: words that name a new one become a mention of it.

Modules: the descriptions' words are read by description_words.py, governments and bodies found
by bodies.py, missed names by speaker_names.py, and the article's growing entities kept by
article_entities.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from ..records import Analysis, Entity, Mention, Quote, SpeakerRef
from ..slugs import slug
from .article_entities import ArticleEntities
from .bodies import (
    acting_country,
    body_in_capital,
    council_of_the_eu,
    country_government,
    european_council,
    government_of,
    institution,
    named_body,
    named_earlier,
    national_body,
    people_of_country,
    speaking_seat,
)
from .courts import court_of_article_seat, court_of_seat
from .described_bodies import DescribedBody, described_body, same_body
from .described_people import DescribedPeople
from .description_words import (
    DEFINITE,
    KNOWN_PERSON,
    POSSESSIVE,
    demonym_of_one,
    head_noun,
    is_anaphoric,
    is_document_alone,
    is_office,
    is_title,
    label_of,
)
from .governments import government_named
from .kind_before import body_of_kind_before
from .linker import Linker, default_linker
from .local_ids import local_id
from .lookup import LinkContext, article_context
from .noun_before import body_named_before
from .party_words import member_before, party_named, party_word
from .speaker_names import name_of_local_speaker, speaker_of_name

# 'de burgemeester van Antwerpen': an office noun and 'van' right before a place's name
# How far back (characters) a bare 'de bonden' looks for the group of bodies it stands for.
_GROUP_REACH = 600
# How far back (characters) 'het communiqué' looks for the speaker who issued it.
_AUTHOR_REACH = 600
_OFFICE_OF_PLACE = re.compile(r"\b(?P<office>[a-z]+)\s+van\s+$")


@dataclass(frozen=True)
class _Resolved:
    entity: str | None
    keeps_affiliation: bool = False  # an unnamed source: the body it speaks for is worth keeping


def link_speakers(analysis: Analysis, linker: Linker | None = None) -> Analysis:
    """The analysis with every quote's speaker, addressee and affiliation an entity id of the article."""
    if not analysis.article.is_dutch or not analysis.quotes:
        return analysis
    linker = linker or default_linker()
    return ArticleActors(linker, analysis, article_context(analysis, linker.kb)).linked()


class ArticleActors:
    """The entities of one article, growing as its speakers (and event actors) are linked."""

    def __init__(self, linker: Linker, analysis: Analysis, context: LinkContext):
        self.linker = linker
        self.analysis = analysis
        self.context = context
        self.entities = ArticleEntities(analysis)
        self.described: list[tuple[str, str]] = []  # (head noun, local id) of unnamed sources so far
        self.introduced: dict[str, str] = {}  # the words after 'een' (a slug) -> the unnamed source they introduced
        self.bodies: list[tuple[DescribedBody, str]] = []  # bodies named by a description so far
        self.groups: list[tuple[int, str]] = []  # (start, local id) of the groups of named speakers so far
        self.resolved: dict[SpeakerRef, _Resolved] = {}
        self.offices = frozenset(noun for noun, kind in linker.lexicon.speaker_nouns.items() if kind == "office")
        self.people = DescribedPeople(analysis.article.text, self.entities.mentions, linker.lexicon.office_prefixes)
        # where each quote's speaker is named, the entity when the words are a linked mention, its cue
        self.named_speakers = sorted({(q.speaker_ref.start, self._named_entity(q.speaker_ref), q.cue or "")
                                      for q in analysis.quotes if q.speaker_ref})

    def linked(self) -> Analysis:
        refs = {q.speaker_ref for q in self.analysis.quotes if q.speaker_ref}
        for ref in sorted(refs, key=lambda r: (r.start, r.end)):  # in text order: 'de woordvoerder' looks back
            self.resolved[ref] = self._speaker(ref)
        quotes = tuple(self._final(self._quote(q)) for q in self.analysis.quotes)
        mentions, entities = self.with_added()
        return replace(self.analysis, mentions=mentions, entities=entities, quotes=quotes)

    def actor(self, ref: SpeakerRef) -> str | None:
        """The entity of the words `ref` names as an actor: a country that acts is its government,
        a description its role holder or a local id, as for a speaker."""
        if ref not in self.resolved:
            self.resolved[ref] = self._speaker(ref)
        return self.resolved[ref].entity

    def as_actor(self, span: tuple[int, int], actor_id: str) -> str:
        """The knowledge-base actor `actor_id`, made an entity of the article with the words at
        `span` as a mention of it ('Moskou' acting as gov:ru)."""
        return self.entities.add_actor(span, self.linker.kb.actors[actor_id])

    def as_group(self, span: tuple[int, int], name: str) -> str:
        """Actors acting together ('CDA, ChristenUnie, D66 en VVD'), named `name`: a local id made an
        entity of the article with the coordination's words at `span` as its mention."""
        return self.entities.add(span, "MISC", local_id("other", name), (name, "MISC", None))

    def is_person_description(self, words: list[str]) -> bool:
        """'de premier', 'de Duitse politica', 'de CDA'er': words that name a person by office,
        origin or party (what a description of a speaker must be to mean the person named before)."""
        return is_office(words, self.linker.lexicon)

    def by_party(self, span: tuple[int, int], words: list[str]) -> str | None:
        """The person or party a party word at `span` names ("de PVV'er", 'de liberalen'), else None."""
        return self._party_word(SpeakerRef(span[0], span[1], " ".join(words), "description"), words)

    def is_new_entity(self, entity: str | None) -> bool:
        """Whether `entity` is one the article did not have before its speakers and actors were linked."""
        return entity in self.entities.new_entities

    def with_added(self) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
        """The mentions with the linked words' added, in text order, and the entities with their indexes."""
        return self.entities.with_added()

    def _quote(self, quote: Quote) -> Quote:
        ref = quote.speaker_ref
        resolved = self.resolved[ref] if ref else _Resolved(None)
        affiliation = None
        if resolved.keeps_affiliation and ref.affiliation:
            affiliation = self._speaking(ref.affiliation)
        return replace(quote, speaker=resolved.entity, addressee=self._addressee(quote.addressee_ref),
                       speaker_affiliation=affiliation)

    def final(self, entity: str | None) -> str | None:
        """The id `entity` has once the article's entities are assembled (article_entities.py: a
        MISC local id gives way to the one read for its name)."""
        return self.entities.final(entity)

    def _final(self, quote: Quote) -> Quote:
        return replace(quote, speaker=self.final(quote.speaker), addressee=self.final(quote.addressee),
                       speaker_affiliation=self.final(quote.speaker_affiliation))

    # -- what the words mean ------------------------------------------------------------

    def _speaker(self, ref: SpeakerRef) -> _Resolved:
        if ref.kind in ("mention", "pronoun", "salient"):
            if ref.mention is None:
                return _Resolved(None)
            place = self.entities.entity_at.get(ref.mention)
            holder = self._office_holder_of_place(ref.mention, place) if ref.kind == "mention" else None
            return _Resolved(self.entities.add(ref.mention, "PER", holder) if holder else self._speaking(ref.mention))
        if ref.kind == "description":
            return self._description(ref)
        if ref.kind == "person_name":
            people = people_of_country(ref.text.split(), self.linker.kb)
            if people is not None:  # 'De Spanjaarden', read as a name: their country speaks (§4)
                return _Resolved(self.entities.add_actor((ref.start, ref.end), acting_country(people, self.linker.kb)))
            return _Resolved(self._name(ref, "PER"))
        if ref.kind == "org_name":
            return _Resolved(self._name(ref, "ORG"))
        entity = self._local(ref, "PER")  # a group: 'de koning en koningin'
        self.groups.append((ref.start, entity))
        return _Resolved(entity)

    def _addressee(self, ref: SpeakerRef | None) -> str | None:
        if ref is None:
            return None
        if ref.kind == "mention":
            return self.entities.entity_at.get(ref.mention)
        return self._name(ref, "ORG")

    def _speaking(self, span: tuple[int, int]) -> str | None:
        """The entity of the mention at `span` as a speaker: a country that speaks is its government."""
        entity = self.entities.entity_at.get(span)
        government = country_government(entity, self.linker.kb)
        if government is not None:
            return self.entities.add_actor(span, government)
        seat = speaking_seat(self.entities.text[span[0]:span[1]], entity, self.linker)
        if seat is not None:
            return self.entities.add_actor(span, seat)
        return entity

    def _office_holder_of_place(self, span: tuple[int, int], place: str | None) -> str | None:
        """'de burgemeester van Antwerpen zegt': an office of a place speaks as a person, never as the
        place; the one person the article names who held that office of it (at the article's date)."""
        if not place or not place.startswith("loc:"):
            return None
        office = _OFFICE_OF_PLACE.search(self.entities.text[max(0, span[0] - 40):span[0]])
        if office is None:
            return None
        role, day, kb = office["office"].casefold(), self.context.published, self.linker.kb
        # the knowledge base's index of office holders; an undated article takes any holder it names
        held = {actor for actor, r in kb.by_role.get((role, place), ()) if day is None or r.active_on(day)}
        holders = held & self.entities.ids()
        return holders.pop() if len(holders) == 1 else None

    def _description(self, ref: SpeakerRef) -> _Resolved:
        words = ref.text.split()
        lexicon, span = self.linker.lexicon, (ref.start, ref.end)
        person = self.people.apposed(ref.start, ref.end) if label_of(words, lexicon) == "PER" else None
        if person is not None:  # 'een voorman van Hamas, Basem Naim,'
            return _Resolved(self.entities.add(span, "PER", person))
        found = self._party_word(ref, words)
        if found is not None:  # "de CDA'er", 'de Vlaamse nationalisten'
            return _Resolved(found)
        people = people_of_country(words, self.linker.kb)
        if people is not None:  # 'de Britten' speak as their country does: its government (§4)
            return _Resolved(self.entities.add_actor(span, acting_country(people, self.linker.kb)))
        council = (european_council(ref.text, self.linker.kb, self.entities.text[:ref.start])
                   or council_of_the_eu(ref.text, self.linker.kb))
        if council is not None:  # 'de EU-leiders' speak as one body, and so do 'de leiders' after them
            self.described.append((head_noun(words), council.id))
            return _Resolved(self.entities.add_actor(span, council))
        actor = self.linker.roles.resolve_description(ref.text, self.context, self.entities.ids())
        if actor is not None:
            return _Resolved(self.entities.add_actor(span, actor))
        government = (government_named(ref.text, self.linker.kb, self.context.country, self.context.region)
                      or government_of(ref, self.entities.entity_at, self.linker.kb, self.context))
        if government is not None:
            return _Resolved(self.entities.add_actor(span, government))
        if ref.mention and self.entities.entity_at.get(ref.mention) and is_office(words, lexicon):
            return _Resolved(self.entities.add(span, "PER", self.entities.entity_at[ref.mention]))
        person = self._named_holder(ref, words)
        if person is not None:
            return _Resolved(self.entities.add(span, "PER", person))
        head = head_noun(words)
        found = (self._body(ref, words) or self._named_earlier(ref, words) or self._national_body(ref, words)
                 or self._kind_before(ref, words))
        if found:
            self.described.append((head, found))  # 'het parket' after 'het federaal parket'
            return _Resolved(found)
        found = self._described_body(ref, words)
        if found:
            self.described.append((head, found))  # 'de ambassade' after 'de Israëlische ambassade'
            return _Resolved(found, True)
        # 'de woordvoerder', 'De anonieme bron' after 'een (Moldavische regerings)bron': the source named before
        earlier = next((i for noun, i in reversed(self.described) if noun.endswith(head)), None) if head else None
        if earlier and is_anaphoric(words):
            return _Resolved(self.entities.add(span, label_of(words, lexicon), earlier), True)
        found = self._noun_before(ref, words)
        if found:  # 'de ambassade' after 'de Oekraïense ambassade in Brussel laat weten'
            self.described.append((head, found))
            return _Resolved(found, True)
        author = self._author_before(ref) if is_document_alone(words) else None
        if author is not None:  # '…, aldus het communiqué' after 'Dat heeft de Veiligheidsraad laten weten'
            return _Resolved(author)
        group = self._group_before(ref, words)
        if group is not None:  # 'de bonden' after 'ABVV, ACV en ACLVB noemen …': those bodies together
            return _Resolved(self.entities.add(span, "ORG", group))
        introduced = self._introduced_before(words)
        if introduced is not None:  # 'de woordvoerder van de politie' after 'een woordvoerder van de politie'
            return _Resolved(self.entities.add(span, label_of(words, lexicon), introduced), True)
        entity = self._local(ref, label_of(words, lexicon))
        self.described.append((head, entity))
        if len(words) >= 2 and slug(words[0]) == "een":  # 'een woordvoerder van de politie': a later 'de' repeats it
            self.introduced.setdefault(slug(" ".join(words[1:])), entity)
        return _Resolved(entity, True)

    def _introduced_before(self, words: list[str]) -> str | None:
        """A definite description that repeats the words of an indefinite one before it ('een
        woordvoerder van de politie' … 'De woordvoerder van de politie'): the source 'een' introduced."""
        if len(words) < 2 or words[0].lower() not in DEFINITE:
            return None
        return self.introduced.get(slug(" ".join(words[1:])))

    def _author_before(self, ref: SpeakerRef) -> str | None:
        """The speaker resolved last before `ref`, within _AUTHOR_REACH: the author of the document
        'het communiqué' stands for."""
        earlier = [(r.start, resolved.entity) for r, resolved in self.resolved.items()
                   if r.end <= ref.start and ref.start - r.end < _AUTHOR_REACH and resolved.entity]
        return max(earlier)[1] if earlier else None

    def _group_before(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'de bonden', 'de partijen': a bare plural noun for bodies acting together means the group
        of named speakers ('ABVV, ACV en ACLVB') that spoke shortly before."""
        if not is_anaphoric(words) or label_of(words, self.linker.lexicon) != "ORG" or not words[-1].endswith("en"):
            return None
        return next((entity for start, entity in reversed(self.groups)
                     if start < ref.start and ref.start - start < _GROUP_REACH), None)

    def _party_word(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """"de CDA'er", 'de liberaal': the person of that party (or family) named last before;
        "de VVD'ers", 'de Vlaamse nationalisten': the one such party the article names."""
        word = party_word(words, self.linker.kb)
        if word is None:
            return None
        span = (ref.start, ref.end)
        if word.plural:
            party = party_named(word, self.entities.ids())
            return self.entities.add_actor(span, self.linker.kb.actors[party]) if party else None
        person = member_before(word, ref.start, self.people.people, self.entities.text, self.linker.kb,
                               self.context.published)
        return self.entities.add(span, "PER", person) if person else None

    def _body(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """The court or other body a description stands for, made an entity of the article."""
        span = (ref.start, ref.end)
        body = institution(ref, words, self.entities.mentions, self.entities.text, self.linker)
        if body is not None:
            return self.entities.add(span, "ORG", body.entity, (body.name, "ORG", None) if body.name else None)
        court = court_of_seat(words, ref.end, self.entities.text, self.linker.kb)
        if court is None and self.context.country == "gpe:nl":
            court = court_of_article_seat(words, self.entities.ids(), self.linker.kb)
        if court is not None:  # 'zei de rechter' after 'De politierechter in Zutphen'
            return self.entities.add_actor(span, self.linker.kb.actors[court])
        # a capital after it says whose body it is before the outlet's country does
        actor = (body_in_capital(words, self.entities.text[ref.end:ref.end + 40], self.linker, self.context)
                 or named_body(words, self.linker, self.context))
        return self.entities.add_actor(span, actor) if actor is not None else None

    def _national_body(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'de politie' in an article about the Netherlands: the Dutch national police."""
        actor = national_body(words, self.linker, self.context)
        return self.entities.add_actor((ref.start, ref.end), actor) if actor is not None else None

    def _kind_before(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'De partij' after 'De PVV eist …': the party (or union) named last shortly before."""
        found = body_of_kind_before(words, ref.start, self.entities.mentions, self.linker.kb,
                                    self.linker.lexicon.body_kind_nouns)
        return self.entities.add_actor((ref.start, ref.end), self.linker.kb.actors[found]) if found else None

    def _noun_before(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'de ambassade' after 'de Oekraïense ambassade in Brussel', 'de veiligheidsregio' after
        'veiligheidsregio Drenthe': the body named shortly before with that noun."""
        body = body_named_before(words, ref.start, self.entities.text, self.entities.mentions,
                                 self.linker.lexicon.speaker_nouns)
        if body is None:
            return None
        return self.entities.add((ref.start, ref.end), "ORG", body.entity,
                                 (body.name, "ORG", None) if body.name else None)

    def _described_body(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'het Brusselse parket', then 'het Brussels parket': a body the knowledge base lacks, one
        local organisation however the article inflects or drops its adjective."""
        body = described_body(words, ref.end, self.entities.text, self.entities.mentions,
                              self.linker.lexicon.speaker_nouns)
        if body is None:
            return None
        entity = next((e for earlier, e in reversed(self.bodies) if same_body(body, earlier)), None)
        if entity is None:
            entity = local_id("org", body.name)
            self.bodies.append((body, entity))
        return self.entities.add((ref.start, ref.end), "ORG", entity, (body.name, "ORG", None))

    def _named_earlier(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'De omroep' after 'de omroep AVROTROS', 'het parket' after 'Het federaal parket'."""
        found = named_earlier(ref, words, self.entities.mentions, self.entities.text, self.linker, self.context)
        if found is None or isinstance(found, str):
            return self.entities.add((ref.start, ref.end), "ORG", found) if found else None
        return self.entities.add_actor((ref.start, ref.end), found)

    def _named_holder(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """The person the article names in the office a definite description gives ('de
        fractieleidster van X' after 'fractieleider Eva Smit'), or names for the first time as
        the next speaker of the paragraph ('De woordvoerder van X bevestigt … "…", zegt Jan Smit')."""
        lexicon = self.linker.lexicon
        if words[0].lower() not in KNOWN_PERSON or label_of(words, lexicon) != "PER":
            return None
        noun = head_noun(words).rsplit("-", 1)[-1]
        if not noun:
            return None
        # 'zijn advocaat': the person the text is about there is whose lawyer, not the lawyer
        possessor = self.entities.entity_at.get(ref.mention) if ref.mention and words[0].lower() in POSSESSIVE else None
        return (self.people.titled_before(ref.start, noun, possessor)
                or self.people.portfolio_holder(ref.start, noun, self.offices)
                or self.people.first_named_next(ref.end, self.named_speakers, noun, partial(is_title, lexicon=lexicon))
                or self._compatriot(ref, words))

    def _compatriot(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'de nuchtere Noor': the one person of that country the article named before."""
        country = demonym_of_one(words, self.linker.kb)
        if country is None:
            return None
        code = country.removeprefix("gpe:").upper()
        return self.people.compatriot(ref.start, code, self._country_code_of)

    def _country_code_of(self, entity: str) -> str | None:
        actor = self.linker.kb.actors.get(entity)
        return actor.raw.get("country") if actor is not None and actor.type == "person" else None

    def _named_entity(self, ref: SpeakerRef) -> str:
        """The entity of a speaker named by a linked mention, else ''. A salient speaker's words are
        the linked mention of the person the text is about: the same entity as a quote naming them
        there, so that two quotes sharing those words give one record of the place, not a linked
        and an unlinked one."""
        named = ref.kind in ("mention", "salient") and ref.mention
        return (self.entities.entity_at.get(ref.mention) or "") if named else ""

    def _name(self, ref: SpeakerRef, label: str) -> str:
        named = speaker_of_name(ref, label, self.linker, self.context, self.people)
        return self.entities.add((ref.start, ref.end), named.label, named.entity, named.names)

    def _local(self, ref: SpeakerRef, label: str) -> str:
        """An unnamed source or a group, known by its words, with a local id."""
        name = name_of_local_speaker(ref)
        return self.entities.add((ref.start, ref.end), label, local_id("other", name), (name, label, None))
