"""The government, seat of power, court or other body that the words naming a speaker stand for:
'China zegt' (gov:cn), 'het Witte Huis meldt' (gov:us-witte-huis), 'het kabinet', 'de regering van
president Maduro' (gov:ve), 'de rechtbank' after 'de rechtbank van Utrecht', 'het federaal parket',
'de politie' in a Dutch article (gov:nl-politie)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import Mention, SpeakerRef
from .description_words import DEFINITE, NAMED_BEFORE_REACH
from .focus import government_of_country
from .kb import Actor, KnowledgeBase, normalize_name
from .lexicon import is_compound_of
from .linker import Linker
from .local_ids import local_id
from .lookup import LinkContext

# 'de regering van president Maduro', 'het kabinet van Venezuela', 'het regime van Loekasjenko', 'het
# bewind van Assad': the government of a country named by itself or by its leader
RULER_WORDS = r"(?i:het kabinet|de regering|het regime|het bewind)\s+van\s+"
RULERS_OF = re.compile(RULER_WORDS + r"(?=\S)")
_LEADER_ROLES = frozenset({"president", "premier", "minister-president", "kanselier", "koning", "koningin"})  # KB roles
# 'de EU-leiders', 'de Europese regeringsleiders', 'de leiders van de EU28', 'de staatshoofden en
# regeringsleiders van de lidstaten': together they are the European Council (docs/events.md §4)
_EU_LEADERS_WORDS = (
    r"(?:(?:eu|europese)[-\s]+(?:(?:staats-\s+en\s+)?(?:staats|regerings)?leiders|staatshoofden\s+en\s+regeringsleiders)|(?:eu-)?(?:staatshoofden|(?:staats-\s+en\s+)?"
    r"(?:regerings)?leiders)(?:\s+en\s+regeringsleiders)?\s+van\s+de\s+(?:eu\S*|europese\s+unie|lidstaten))")
_EU_LEADERS = re.compile(rf"(?i)^(?:de\s+)?(?:\d+\s+)?{_EU_LEADERS_WORDS}$")
_EU_LEADERS_NAMED = re.compile(rf"(?i)\b{_EU_LEADERS_WORDS}")
# 'de leiders', 'de regeringsleiders' on their own: the same leaders, once the article has named them as the EU's
_LEADERS_AGAIN = re.compile(r"(?i)^de\s+(?:regerings)?leiders$")
_EUROPEAN_COUNCIL = "org:europese-raad"
# 'de ministers van Buitenlandse Zaken van de EU-landen', 'de Europese ministers van Landbouw', 'de
# EU-ministers van Financiën': the member states' ministers of one portfolio together are the Council
# of the European Union (the Raad van de EU, not the European Council of their leaders)
_EU_MINISTERS = re.compile(
    r"(?i)^de\s+(?:(?:eu|europese)[-\s]+ministers\s+van\s+\S.*|ministers\s+van\s+\S.*\s+van\s+de\s+"
    r"(?:eu(?:-landen|-lidstaten)?|europese\s+unie|(?:eu-)?lidstaten))$")
_COUNCIL_OF_THE_EU = "org:raad-van-de-eu"
_PLURAL_ENDINGS = ("en", "rs")  # 'Britten', 'Chinezen', 'Duitsers', 'Israëliërs'
_NATIONAL = ("nationale", "nationaal")  # the first word of the name of a country's one body of its kind
_NAMED_BODY = r"\b(?i:de|het)\s+(?i:(\w*{noun}))\s+van\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)"
# 'de omroep' (then a name), 'Het federaal parket': the noun of a bare description named before
_DESCRIBED_BEFORE = r"\b(?:[Dd]e|[Hh]et)\s+(?P<adjectives>(?:[a-z][\w-]*\s+){{0,2}})(?i:{noun})\b"


@dataclass(frozen=True)
class Body:
    """The body a description stands for: an entity the article named, or a new one with its `name`."""
    entity: str
    name: str | None = None  # None: the entity is one the article named


def country_government(entity: str | None, kb: KnowledgeBase) -> Actor | None:
    """The government of a country that speaks or acts (gpe:cn -> gov:cn), when the knowledge base has it."""
    if not entity or not entity.startswith("gpe:"):
        return None
    return kb.actors.get("gov:" + entity.removeprefix("gpe:"))


def acting_country(country: str, kb: KnowledgeBase) -> Actor:
    """The actor a country that speaks or acts stands for: its government where the knowledge base
    has one, else the country itself."""
    return country_government(country, kb) or kb.actors[country]


def speaking_seat(words: str, entity: str | None, linker: Linker) -> Actor | None:
    """'het Witte Huis bevestigde': the linker reads a seat of power that acts as the government it
    stands for (gov:us); what it says is said by the seat's own office (gov:us-witte-huis). Cities
    ('Peking reageerde') stay the government."""
    if entity is None:
        return None
    form = normalize_name(words)
    return next((a for a in linker.lookup.candidates(form, "ORG")
                 if a.type == "institution" and entity in a.metonym_for), None)


def government_of(ref: SpeakerRef, entity_at: Mapping[tuple[int, int], str], kb: KnowledgeBase,
                  context: LinkContext) -> Actor | None:
    """'de regering van president Maduro' -> gov:ve, 'het regime van Loekasjenko' -> gpe:by: the
    government of the country the words after 'van' name, or of which the person they name is the
    leader at the article's date."""
    if not ref.affiliation or not RULERS_OF.match(" ".join(ref.text.split())):
        return None
    return ruled_by(entity_at.get(ref.affiliation), kb, context.published)


def ruled_by(entity: str | None, kb: KnowledgeBase, day: str | None) -> Actor | None:
    """The government of a country (gpe:ve -> gov:ve), or of the country a person leads at `day`
    (Maduro in 2019 -> gov:ve): a country without a government in the knowledge base is its own
    (Loekasjenko -> gpe:by)."""
    entity = entity or ""
    countries = {entity} if entity.startswith("gpe:") else set()
    leader = kb.actors.get(entity)
    if leader is not None and leader.type == "person":
        countries = {r.of for r in kb.offices_held(entity, day, _LEADER_ROLES, "gpe:")}
    governments = {government_of_country(c, kb) for c in countries} - {None}
    return governments.pop() if len(governments) == 1 else None


def institution(ref: SpeakerRef, words: list[str], mentions: list[Mention], text: str, linker: Linker) -> Body | None:
    """The body 'de rechtbank' or 'het hof' stands for: the last one the article named before
    with that head noun ('De rechtbank van Amsterdam', 'Het Amsterdamse gerechtshof')."""
    if len(words) != 2 or words[0].lower() not in DEFINITE:
        return None
    noun = words[1].lower()
    if linker.lexicon.speaker_nouns.get(noun) != "institution":
        return None
    heads = [m for m in mentions if m.start < ref.start and m.label in ("ORG", "LOC")
             and re.search(rf"{re.escape(noun)}(?:\s+van\s+\S.*)?$", m.text, re.IGNORECASE)]
    if heads:
        return Body(heads[-1].entity)
    named = re.search(_NAMED_BODY.format(noun=re.escape(noun)), text)
    if not named or named.start() >= ref.start:
        return None
    name = f"{named[1]} {named[2]}"  # 'het hof' after 'het gerechtshof van Amsterdam'
    return Body(local_id("org", name), name)


def named_earlier(ref: SpeakerRef, words: list[str], mentions: list[Mention], text: str, linker: Linker,
                  context: LinkContext) -> str | Actor | None:
    """What a bare 'de omroep' or 'het parket' stands for when the article named it before with that
    noun: the organisation in apposition after it ('de omroep AVROTROS': that mention's entity), or
    the body the fuller description names ('Het federaal parket …': the knowledge base's actor), or
    else the organisation whose name opens with a compound of the noun ('Actiegroep Voll Gass');
    all named within NAMED_BEFORE_REACH before the words."""
    if len(words) != 2 or words[0].lower() not in DEFINITE:
        return None
    noun = re.escape(words[1].lower())
    window = max(0, ref.start - NAMED_BEFORE_REACH)
    earlier = [m for m in re.finditer(_DESCRIBED_BEFORE.format(noun=noun), text[window:ref.start])]
    for match in reversed(earlier):
        end = window + match.end()
        named = next((m for m in mentions if m.start == end + 1 and m.label == "ORG" and m.entity), None)
        if named is not None and text[end:end + 1] == " ":
            return named.entity
        if match["adjectives"]:
            actor = named_body(match.group().split(), linker, context)
            if actor is not None:
                return actor
    # 'de groep' after 'Actiegroep Voll Gass': the organisation whose name opens with a compound of the noun
    compounds = [m for m in mentions if window <= m.start < ref.start and m.label == "ORG" and m.entity and " " in m.text
                 and is_compound_of(m.text.split()[0], words[1])]
    return compounds[-1].entity if compounds else None


def people_of_country(words: list[str], kb: KnowledgeBase) -> str | None:
    """The country whose people, all of them, a definite plural demonym names ('de Britten', 'de
    Chinezen'), or None; a bare plural ('Nederlanders moeten …') is some of them, not the country."""
    if len(words) != 2 or words[0].lower() != "de" or not words[1][:1].isupper():
        return None
    if not words[1].endswith(_PLURAL_ENDINGS):  # 'de Française', 'de Brit': one of them
        return None
    country = kb.actors.get(kb.by_demonym.get(normalize_name(words[1]), ""))
    return country.id if country is not None and country.type == "country" else None


def european_council(words: str, kb: KnowledgeBase, before: str = "") -> Actor | None:
    """The European Council, when the words name the EU's heads of government together ('de
    EU-leiders', 'de regeringsleiders van de lidstaten'), as speakers or as actors of an event; also
    a bare 'de leiders' when the text `before` them has named the leaders as the EU's."""
    words = " ".join(words.split())
    if _EU_LEADERS.match(words) or (_LEADERS_AGAIN.match(words) and _EU_LEADERS_NAMED.search(before)):
        return kb.actors.get(_EUROPEAN_COUNCIL)
    return None


def council_of_the_eu(words: str, kb: KnowledgeBase) -> Actor | None:
    """The Council of the European Union, when the words name the member states' ministers of one
    portfolio together ('de ministers van Buitenlandse Zaken van de EU-landen')."""
    return kb.actors.get(_COUNCIL_OF_THE_EU) if _EU_MINISTERS.match(" ".join(words.split())) else None


def national_body(words: list[str], linker: Linker, context: LinkContext) -> Actor | None:
    """'de politie' with nothing more: the one national institution of the knowledge base ('Nationale
    Politie', gov:nl-politie) of the country the article is about whose name ends in that noun; none
    where the country has none (a Belgian article's 'de politie') or its body is not the national one
    of its kind ('Federaal Parket' beside the local parketten: 'het parket' is one of those)."""
    if len(words) != 2 or words[0].lower() not in DEFINITE:
        return None
    noun = words[1].casefold()
    if linker.lexicon.speaker_nouns.get(noun) != "institution":
        return None
    code = context.country.removeprefix("gpe:").upper()
    found = {a.id: a for adjective in _NATIONAL for a in linker.kb.find(f"{adjective} {noun}")
             if a.type == "institution" and a.raw.get("country") == code and a.name.casefold().split() == [adjective, noun]}
    return next(iter(found.values())) if len(found) == 1 else None


_IN_CAPITAL = re.compile(r"\s+(?:in|te)\s+(?P<city>[A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)?)")


def body_in_capital(words: list[str], after: str, linker: Linker, context: LinkContext) -> Actor | None:
    """'het ministerie van Handel in Peking': the body the knowledge base knows by the country's
    adjective ('Chinese ministerie van Handel') when a capital follows the description (`after`)."""
    seat = _IN_CAPITAL.match(after)
    if seat is None or words[0].lower() not in DEFINITE or len(words) < 2 or words[1][:1].isupper():
        return None
    cities = [a for a in linker.kb.find(seat["city"]) if a.raw.get("capital_of")]
    country = linker.kb.actors.get(cities[0].raw["capital_of"]) if len(cities) == 1 else None
    for adjective in country.adjectives if country is not None else ():
        actor = named_body([words[0], adjective, *words[1:]], linker, context)
        if actor is not None:
            return actor
    return None


def named_body(words: list[str], linker: Linker, context: LinkContext) -> Actor | None:
    """'het federaal parket', 'het openbaar ministerie': a body the knowledge base knows by these
    lowercase words (its own name, not an alias; a body of the outlet's country first)."""
    if words[0].lower() not in DEFINITE or len(words) < 3:
        return None
    form = normalize_name(" ".join(words))
    # by an alias too when a proper adjective says whose body it is ('Het Chinese ministerie van
    # handel'): the adjective keeps a bare Dutch alias from standing for a foreign body
    owned = words[1][:1].isupper() and linker.kb.by_adjective.get(normalize_name(words[1])) is not None
    bodies = [a for a in linker.lookup.candidates(form, "ORG")
              if a.label == "ORG" and (owned or (form, a.id) in linker.kb.proper_names)]
    return linker.lookup.choose(bodies, "ORG", context, form)
