"""The government a common noun phrase names: 'het kabinet', 'regering', 'de federale regering', 'het
demissionaire kabinet', 'de Vlaamse regering', 'de Nederlandse overheid', 'het Rwandese regime', 'de
regering in Rabat'. One reading of data/lexicons/government_nouns.tsv for every step that meets such
words: quote speakers and event actors (government_named) and bare mentions the tagger found
('Regering', lookup.ActorLookup).

The phrase is an optional determiner, adjectives, and a government noun, then optionally 'in' and a
place:
- a noun of kind `home` alone, or with adjectives that keep the reference, is the government of the
  country the article is about (focus.py), or that country itself where the knowledge base has no
  government of it (docs/events.md §4); in an article about one regional government and showing no
  sign of the national one ('Vlaams minister-president', 'het Vlaams Parlement', no 'premier' or
  'federale'), that regional government (regional_government, LinkContext.region);
- a country's adjective (the knowledge base's) makes it that country's government, whatever the noun;
- an adjective of kind `body` ('Vlaamse') names a government of its own;
- a `federal` adjective keeps the reference only for a federal country in focus ('de federale regering'
  in an article on the Netherlands says nothing);
- a `past` adjective ('de vorige regering') needs a country's adjective too: alone the words do not say
  whose it was;
- 'in Rabat', 'in Madrid': the government the knowledge base names the place a metonym for, or the
  place's country's.
Any other word ('een goede regering', 'de rechtse regering') and the phrase names no government here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import resources
from .focus import government_of_country
from .kb import Actor, KnowledgeBase, normalize_name

_DETERMINERS = frozenset({"de", "het", "die", "deze", "dit", "dat"})
_PLACE_WORD = "in"


@dataclass(frozen=True)
class GovernmentWords:
    home_nouns: frozenset[str]
    foreign_nouns: frozenset[str]
    keep: frozenset[str]
    federal: dict[str, frozenset[str]]  # adjective -> the federal countries it keeps the reference for
    past: frozenset[str]
    bodies: dict[str, str]  # 'vlaamse' -> gov:be-vlg
    seats: frozenset[str]
    national: frozenset[str]


@cache
def government_words() -> GovernmentWords:
    rows = [fields for _, fields in resources.lexicon_rows("government_nouns.tsv")]
    kinds = ("home", "foreign", "keep", "federal", "past", "body", "seat", "national")
    of_kind = {kind: [f for f in rows if f[1] == kind] for kind in kinds}
    return GovernmentWords(
        home_nouns=frozenset(f[0].lower() for f in of_kind["home"]),
        foreign_nouns=frozenset(f[0].lower() for f in of_kind["foreign"]),
        keep=frozenset(f[0].lower() for f in of_kind["keep"]),
        federal={f[0].lower(): frozenset(f[2].split()) for f in of_kind["federal"]},
        past=frozenset(f[0].lower() for f in of_kind["past"]),
        bodies={f[0].lower(): f[2] for f in of_kind["body"]},
        seats=frozenset(f[0].lower() for f in of_kind["seat"]),
        national=frozenset(f[0].lower() for f in of_kind["national"]),
    )


def is_bare_government(key: str) -> bool:
    """Whether a mention's normalised words are a home government noun alone ('regering', 'kabinet')."""
    return key in government_words().home_nouns


def bare_government(kb: KnowledgeBase, country: str, region: str | None = None) -> Actor | None:
    """What bare 'de regering' names in an article about `country`: the regional government the
    article is about (`region`, regional_government), else the country's (focus.py)."""
    return kb.actors.get(region or "") or government_of_country(country, kb)


def regional_government(text: str, kb: KnowledgeBase, country: str) -> str | None:
    """The one regional government of `country` an article is about ('Vlaams minister-president',
    'de Vlaamse regering': gov:be-vlg), when it shows no sign of the national government ('premier',
    'de federale regering'); else None."""
    known = government_words()
    regions, national = set(), False
    words = text.split()
    for first, second in zip(words, words[1:], strict=False):
        first, second = first.strip("'‘’\"(").lower(), second.strip(".,:;'‘’\")").lower()
        national = national or first in known.national or (first in known.federal and second.isalpha())
        if first in known.bodies and second in known.seats:
            regions.add(known.bodies[first])
    if national or len(regions) != 1:
        return None
    region = kb.actors.get(regions.pop())
    iso = (region.raw.get("country") or "").lower() if region is not None else ""
    return region.id if region is not None and country == f"gpe:{iso}" else None


def government_named(words: str, kb: KnowledgeBase, country: str, region: str | None = None) -> Actor | None:
    """The actor the government noun phrase `words` names in an article about `country` (a `gpe:`
    id; `region`: the regional government the article is about, if any), or None when the words
    name none or do not say which."""
    parts = words.split()
    place = None
    lowered = [w.lower() for w in parts]
    if _PLACE_WORD in lowered[1:]:
        at = lowered.index(_PLACE_WORD, 1)
        parts, place = parts[:at], " ".join(parts[at + 1:])
    if parts and parts[0].lower() in _DETERMINERS:
        parts = parts[1:]
    if not parts:
        return None
    known = government_words()
    noun, adjectives = parts[-1].lower(), parts[:-1]
    if noun not in known.home_nouns | known.foreign_nouns:
        return None
    if place is not None:
        return _government_in(place, kb) if not adjectives else None
    named, home, past, federal = None, noun in known.home_nouns, False, False
    for adjective in adjectives:
        word = adjective.lower()
        of_country = kb.by_adjective.get(normalize_name(adjective), "") if adjective[:1].isupper() else ""
        if word in known.bodies:
            named = kb.actors.get(known.bodies[word])
        elif of_country.startswith("gpe:"):
            named = government_of_country(of_country, kb)
        elif word in known.past:
            past = True
        elif word in known.federal:
            home, federal = home and country in known.federal[word], True
        elif word not in known.keep:
            return None  # 'een goede regering', 'de rechtse regering': not one the words pin down
    if named is not None:
        return named
    if not home or past:
        return None
    return bare_government(kb, country, None if federal else region)


def _government_in(place: str, kb: KnowledgeBase) -> Actor | None:
    """The government 'de regering in Rabat' names: what the knowledge base makes the place a metonym
    for, or the government of the country it is."""
    form = normalize_name(place.strip(".,:;'’"))
    governments = set()
    for actor in kb.find(form):
        if actor.type == "country":
            governments.add(government_of_country(actor.id, kb))
        elif actor.type == "city":
            governments.update(kb.actors.get(m) for m in actor.metonym_for)
    governments.discard(None)
    return governments.pop() if len(governments) == 1 else None
