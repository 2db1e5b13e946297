"""The speaker step: the words the quote stage found naming each quote's speaker, addressee and
affiliation (SpeakerRef) become entities of the article.

A linked mention, a pronoun or the person the text is about gives the entity of that mention (a
country that speaks is its government: 'China zegt' -> gov:cn; a seat of power speaks for its own
office: 'het Witte Huis meldt' -> gov:us-witte-huis, not gov:us). A description is, in order: a role
of the knowledge base at the article's date ('de premier'); the government of a country named by
itself or by its leader at that date ('de regering van president Maduro' -> gov:ve); an office
noun meaning the person the text is about ('de bondscoach'); the person the article names in that
role (described_people.py: an apposition 'een voorman van Hamas, Basem Naim,' comes before all else;
'de fractieleidster van …' after 'Kamerfractieleider X'; the person first named as the next speaker of
the paragraph); a court or other body the article
named with its seat ('de rechtbank' after 'de rechtbank van Utrecht'); a bare definite description of an unnamed source
named before ('de woordvoerder' after 'een woordvoerder van Defensie'); else an unnamed source
with a local id. A group of named people is known by their names without titles. Names the tagger
missed lose their titles ('Minister van Quickenborne') and are the article's person of the fullest
name, else looked up in the knowledge base, else get a local id.
Every id is an entity of the article: words that name a new one become a mention of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Analysis, Entity, Mention, Quote, SpeakerRef
from .described_people import DescribedPeople, without_titles
from .kb import Actor, normalize_name
from .linker import Linker, default_linker
from .local_ids import local_id
from .lookup import LinkContext, article_context

_DEFINITE = ("de", "het")
# 'de woordvoerder van X', 'zijn woordvoerster': words that point to one person a reader knows
_KNOWN_PERSON = frozenset({"de", "het", "zijn", "haar", "hun"})
_GOVERNMENT = r"(?i:het kabinet|de regering)"
_HOME_GOVERNMENT = re.compile(_GOVERNMENT)
# 'de regering van president Maduro', 'het kabinet van Venezuela': the government of a country named
# by itself or by its leader
_GOVERNMENT_OF = re.compile(_GOVERNMENT + r"\s+van\s+\S")
_TITLE_BEFORE_NAME = re.compile(r"(?<=\ben )[a-z][\w-]*\s+(?=[A-Z])")  # 'en infectiologe Erika'
_LEADER_ROLES = frozenset({"president", "premier", "minister-president", "kanselier", "koning", "koningin"})  # KB roles
_DEMONYM = re.compile(r"[A-Z][^\W\d_A-Z]+e")  # 'de Franse', 'de Française': the person named before
_MEMBER = re.compile(r"\S+['’]er")  # 'de CDA'er': the member of that party named before
_CONTRASTING = frozenset({"andere", "tweede", "derde", "nieuwe", "vorige", "volgende"})
_PREPOSITIONS = frozenset({"van", "bij", "binnen", "uit", "in", "op", "voor", "namens", "rond", "achter"})
_NAMED_BODY = r"\b(?i:de|het)\s+(?i:(\w*{noun}))\s+van\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)"


@dataclass(frozen=True)
class _Resolved:
    entity: str | None
    keeps_affiliation: bool = False  # an unnamed source: the body it speaks for is worth keeping


def link_speakers(analysis: Analysis, linker: Linker | None = None) -> Analysis:
    """The analysis with every quote's speaker, addressee and affiliation an entity id of the article."""
    if not analysis.article.is_dutch or not analysis.quotes:
        return analysis
    return ArticleActors(linker or default_linker(), analysis, article_context(analysis.article)).linked()


class ArticleActors:
    """The entities of one article, growing as its speakers (and event actors) are linked."""

    def __init__(self, linker: Linker, analysis: Analysis, context: LinkContext):
        self.linker = linker
        self.analysis = analysis
        self.context = context
        self.text = analysis.article.text
        self.mentions = [m for m in analysis.mentions if m.entity]
        self.entity_at: dict[tuple[int, int], str] = {}
        for mention in self.mentions:
            self.entity_at.setdefault((mention.start, mention.end), mention.entity)
        self.known = {e.id for e in analysis.entities}
        self.added: list[Mention] = []
        self.new_entities: dict[str, tuple[str, str, str | None]] = {}  # id -> name, label, QID
        self.described: list[tuple[str, str]] = []  # (head noun, local id) of unnamed sources so far
        self.resolved: dict[SpeakerRef, _Resolved] = {}
        self.people = DescribedPeople(self.text, self.mentions, linker.lexicon.office_prefixes)
        # where each quote's speaker is named, the entity when the words are a linked mention, its cue
        self.named_speakers = sorted({(q.speaker_ref.start, self._named_entity(q.speaker_ref), q.cue or "")
                                      for q in analysis.quotes if q.speaker_ref})

    def linked(self) -> Analysis:
        refs = {q.speaker_ref for q in self.analysis.quotes if q.speaker_ref}
        for ref in sorted(refs, key=lambda r: (r.start, r.end)):  # in text order: 'de woordvoerder' looks back
            self.resolved[ref] = self._speaker(ref)
        quotes = tuple(self._quote(q) for q in self.analysis.quotes)
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
        actor = self.linker.kb.actors[actor_id]
        return self._add(span, actor.label, actor.id, self._actor_names(actor))

    def is_person_description(self, words: list[str]) -> bool:
        """'de premier', 'de Duitse politica', 'de CDA'er': words that name a person by office,
        origin or party (what a description of a speaker must be to mean the person named before)."""
        return self._is_office(words)

    def entity_at_span(self, span: tuple[int, int]) -> str | None:
        """The entity of the linked mention at exactly `span`, as the text names it (no government)."""
        return self.entity_at.get(span)

    def _quote(self, quote: Quote) -> Quote:
        ref = quote.speaker_ref
        resolved = self.resolved[ref] if ref else _Resolved(None)
        affiliation = None
        if resolved.keeps_affiliation and ref.affiliation:
            affiliation = self._speaking(ref.affiliation)
        return replace(quote, speaker=resolved.entity, addressee=self._addressee(quote.addressee_ref),
                       speaker_affiliation=affiliation)

    # -- what the words mean ------------------------------------------------------------

    def _speaker(self, ref: SpeakerRef) -> _Resolved:
        if ref.kind in ("mention", "pronoun", "salient"):
            return _Resolved(self._speaking(ref.mention) if ref.mention else None)
        if ref.kind == "description":
            return self._description(ref)
        if ref.kind == "person_name":
            return _Resolved(self._name(ref, "PER"))
        if ref.kind == "org_name":
            return _Resolved(self._name(ref, "ORG"))
        return _Resolved(self._local(ref, "PER"))  # a group: 'de koning en koningin'

    def _addressee(self, ref: SpeakerRef | None) -> str | None:
        if ref is None:
            return None
        if ref.kind == "mention":
            return self.entity_at.get(ref.mention)
        return self._name(ref, "ORG")

    def _speaking(self, span: tuple[int, int]) -> str | None:
        """The entity of the mention at `span` as a speaker: a country that speaks is its government."""
        entity = self.entity_at.get(span)
        if entity and entity.startswith("gpe:"):
            government = self.linker.kb.actors.get("gov:" + entity.removeprefix("gpe:"))
            if government is not None:
                return self._add(span, government.label, government.id, self._actor_names(government))
        seat = self._speaking_seat(span, entity)
        if seat is not None:
            return self._add(span, seat.label, seat.id, self._actor_names(seat))
        return entity

    def _speaking_seat(self, span: tuple[int, int], entity: str | None) -> Actor | None:
        """'het Witte Huis bevestigde': the linker reads a seat of power that acts as the government it
        stands for (gov:us); what it says is said by the seat's own office (gov:us-witte-huis). Cities
        ('Peking reageerde') stay the government."""
        if entity is None:
            return None
        form = normalize_name(self.text[span[0]:span[1]])
        return next((a for a in self.linker.lookup.candidates(form, "ORG")
                     if a.type == "institution" and entity in a.metonym_for), None)

    def _description(self, ref: SpeakerRef) -> _Resolved:
        words = ref.text.split()
        person = self.people.apposed(ref.start, ref.end) if self._label_of(words) == "PER" else None
        if person is not None:  # 'een voorman van Hamas, Basem Naim,'
            return _Resolved(self._add((ref.start, ref.end), "PER", person))
        actor = self.linker.roles.resolve_description(ref.text, self.context, self.known | set(self.new_entities))
        if actor is not None:
            return _Resolved(self._add((ref.start, ref.end), actor.label, actor.id, self._actor_names(actor)))
        government = self._home_government(ref.text) or self._government_of(ref)
        if government is not None:
            return _Resolved(self._add((ref.start, ref.end), government.label, government.id,
                                       self._actor_names(government)))
        if ref.mention and self.entity_at.get(ref.mention) and self._is_office(words):
            return _Resolved(self._add((ref.start, ref.end), "PER", self.entity_at[ref.mention]))
        person = self._named_holder(ref, words)
        if person is not None:
            return _Resolved(self._add((ref.start, ref.end), "PER", person))
        head = _head_noun(words)
        institution = self._institution(ref, words) or self._named_body(ref, words)
        if institution:
            self.described.append((head, institution))  # 'het parket' after 'het federaal parket'
            return _Resolved(institution)
        # 'de woordvoerder', 'De anonieme bron' after 'een (Moldavische regerings)bron': the source named before
        earlier = next((i for noun, i in reversed(self.described) if noun.endswith(head)), None) if head else None
        if earlier and _anaphoric(words):
            return _Resolved(self._add((ref.start, ref.end), self._label_of(words), earlier), True)
        entity = self._local(ref, self._label_of(words))
        self.described.append((head, entity))
        return _Resolved(entity, True)

    def _named_holder(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """The person the article names in the office a definite description gives ('de
        fractieleidster van X' after 'fractieleider Eva Smit'), or names for the first time as
        the next speaker of the paragraph ('De woordvoerder van X bevestigt … "…", zegt Jan Smit')."""
        if words[0].lower() not in _KNOWN_PERSON or self._label_of(words) != "PER":
            return None
        noun = _head_noun(words).rsplit("-", 1)[-1]
        if not noun:
            return None
        return (self.people.titled_before(ref.start, noun)
                or self.people.first_named_next(ref.end, self.named_speakers, noun, self._is_title))

    def _named_entity(self, ref: SpeakerRef) -> str:
        """The entity of a speaker named by a linked mention, else ''."""
        return (self.entity_at.get(ref.mention) or "") if ref.kind == "mention" and ref.mention else ""

    def _is_title(self, word: str) -> bool:
        """'woordvoerder', 'Kamerlid': a word that gives a person's office."""
        word = word.casefold()
        return word in self.linker.lexicon.titles or self.linker.lexicon.speaker_nouns.get(word) == "office"

    def _home_government(self, words: str) -> Actor | None:
        """'het kabinet', 'de regering' with nothing more: the government of the outlet's country."""
        if not _HOME_GOVERNMENT.fullmatch(" ".join(words.split())):
            return None
        return self.linker.kb.actors.get("gov:" + self.context.home.removeprefix("gpe:"))

    def _government_of(self, ref: SpeakerRef) -> Actor | None:
        """'de regering van president Maduro' -> gov:ve: the government of the country the words after
        'van' name, or of which the person they name is the leader at the article's date."""
        if not ref.affiliation or not _GOVERNMENT_OF.match(" ".join(ref.text.split())):
            return None
        entity = self.entity_at.get(ref.affiliation) or ""
        countries = {entity} if entity.startswith("gpe:") else set()
        leader = self.linker.kb.actors.get(entity)
        if leader is not None and leader.type == "person":
            countries = {r.of for r in leader.roles if r.role in _LEADER_ROLES and r.of and r.of.startswith("gpe:")
                         and r.active_on(self.context.published)}
        governments = {self.linker.kb.actors.get("gov:" + c.removeprefix("gpe:")) for c in countries} - {None}
        return governments.pop() if len(governments) == 1 else None

    def _is_office(self, words: list[str]) -> bool:
        """'de premier', 'de winnende coach', 'de Franse', 'de Duitse politica', 'de Vlaams
        Belang-fractieleidster', 'de CDA'er': a person the article named, by office, origin or party."""
        if len(words) not in (2, 3) or words[0].lower() not in _DEFINITE:
            return False
        head = words[-1].rsplit("-", 1)[-1].lower()  # the head of a compound: 'VVD-kamerlid'
        return (self.linker.lexicon.speaker_nouns.get(head) == "office" or bool(_DEMONYM.fullmatch(words[-1]))
                or bool(_MEMBER.fullmatch(words[-1])))

    def _institution(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """The body 'de rechtbank' or 'het hof' stands for: the last one the article named before
        with that head noun ('De rechtbank van Amsterdam', 'Het Amsterdamse gerechtshof')."""
        if len(words) != 2 or words[0].lower() not in _DEFINITE:
            return None
        noun = words[1].lower()
        if self.linker.lexicon.speaker_nouns.get(noun) != "institution":
            return None
        heads = [m for m in self.mentions if m.start < ref.start and m.label in ("ORG", "LOC")
                 and re.search(rf"{re.escape(noun)}(?:\s+van\s+\S.*)?$", m.text, re.IGNORECASE)]
        if heads:
            return self._add((ref.start, ref.end), "ORG", heads[-1].entity)
        named = re.search(_NAMED_BODY.format(noun=re.escape(noun)), self.text)
        if not named or named.start() >= ref.start:
            return None
        name = f"{named[1]} {named[2]}"  # 'het hof' after 'het gerechtshof van Amsterdam'
        return self._add((ref.start, ref.end), "ORG", local_id("org", name), (name, "ORG", None))

    def _named_body(self, ref: SpeakerRef, words: list[str]) -> str | None:
        """'het federaal parket', 'het openbaar ministerie': a body the knowledge base knows by these
        lowercase words (its own name, not an alias; a body of the outlet's country first)."""
        if words[0].lower() not in _DEFINITE or len(words) < 3:
            return None
        form = normalize_name(" ".join(words))
        bodies = [a for a in self.linker.lookup.candidates(form, "ORG")
                  if a.label == "ORG" and (form, a.id) in self.linker.kb.proper_names]
        actor = self.linker.lookup.choose(bodies, "ORG", self.context, form)
        if actor is None:
            return None
        return self._add((ref.start, ref.end), actor.label, actor.id, self._actor_names(actor))

    def _name(self, ref: SpeakerRef, label: str) -> str:
        """A name the tagger missed, without the titles before it ('Minister van Quickenborne'): the
        person of the article it is the surname of, the knowledge base's actor of that name, else a
        local id (of the kind its head word tells: 'Universiteit van Tilburg' is an ORG)."""
        kind = self.linker.lexicon.kind_of_name(ref.text)
        label = kind if kind not in (None, "none") else label
        name = without_titles(ref.text, self.linker.lexicon.titles) if label == "PER" else ref.text
        form = normalize_name(name)
        person = self.people.fullest_name_of(form) if label == "PER" else None
        if person is not None:
            return self._add((ref.start, ref.end), "PER", person)
        actor = self.linker.lookup.choose(self.linker.lookup.candidates(form, label), label, self.context, form)
        if actor is not None:
            return self._add((ref.start, ref.end), actor.label, actor.id, self._actor_names(actor))
        return self._add((ref.start, ref.end), label, local_id(label, name), (name, label, None))

    def _local(self, ref: SpeakerRef, label: str) -> str:
        """An unnamed source or a group, known by its words: 'een woordvoerder van de NAVO'; a group of
        named people by their names ('viroloog X en infectiologe Y' is 'X en Y')."""
        name = " ".join(ref.text.split())
        if ref.kind == "group":
            name = _TITLE_BEFORE_NAME.sub("", name)
        return self._add((ref.start, ref.end), label, local_id("other", name), (name, label, None))

    def _label_of(self, words: list[str]) -> str:
        """ORG for a body ('de oppositie', 'de centrale bank'), PER for everyone else."""
        nouns = self.linker.lexicon.speaker_nouns
        head = _head_noun(words, 2)
        kind = nouns.get(head) or nouns.get(head.split()[-1] if head else "")
        return "ORG" if kind in ("institution", "body", "group") else "PER"

    @staticmethod
    def _actor_names(actor: Actor) -> tuple[str, str, str | None]:
        return actor.name, actor.label, actor.qid

    # -- the article's mentions and entities ---------------------------------------------

    def _add(self, span: tuple[int, int], label: str, entity: str,
             names: tuple[str, str, str | None] | None = None) -> str:
        """`entity`, made an entity of the article with the words at `span` as a mention of it."""
        start, end = span
        exists = any(m.start == start and m.end == end and m.entity == entity for m in [*self.mentions, *self.added])
        if not exists:
            self.added.append(Mention(start, end, self.text[start:end], label, entity))
        if entity not in self.known and entity not in self.new_entities:
            self.new_entities[entity] = names or (self.text[start:end], label, None)
        return entity

    def with_added(self) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
        """The mentions with the speakers' added, in text order, and the entities with their indexes."""
        mentions = sorted([*self.analysis.mentions, *self.added], key=lambda m: (m.start, m.end))
        indexes: dict[str, list[int]] = {}
        for index, mention in enumerate(mentions):
            if mention.entity:
                indexes.setdefault(mention.entity, []).append(index)
        entities = [replace(e, mentions=tuple(indexes.get(e.id, ()))) for e in self.analysis.entities]
        for entity_id in indexes:
            if entity_id not in self.known:
                name, label, qid = self.new_entities[entity_id]
                entities.append(Entity(entity_id, name, label, qid, tuple(indexes[entity_id])))
        return tuple(mentions), tuple(entities)


def _anaphoric(words: list[str]) -> bool:
    """'de woordvoerder', 'De anonieme bron': a definite noun with at most one lowercase adjective
    that does not set it apart ('een andere bron' is someone else)."""
    if words[0].lower() not in _DEFINITE or len(words) not in (2, 3):
        return False
    return len(words) == 2 or (words[1].islower() and words[1] not in _CONTRASTING)


def _head_noun(words: list[str], size: int = 1) -> str:
    """The noun a phrase is about, lowercase: its last `size` words before a preposition ('een
    woordvoerder van de NAVO', 'een bron binnen het bedrijf' -> 'woordvoerder', 'bron')."""
    cut = next((i for i, word in enumerate(words) if i and word in _PREPOSITIONS), len(words))
    return " ".join(words[max(0, cut - size):cut]).lower()
