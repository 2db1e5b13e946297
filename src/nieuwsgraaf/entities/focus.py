"""The country an article is about: whose government, premier or king a bare 'de regering', 'het
kabinet', 'de premier' or 'de koning' names.

A reader takes that country from the article, not from the outlet: 'tegen de regering' in an article
on protests in Tanzania is Tanzania's government, in a .nl article on Dutch politics the Dutch one.
The rule, computed once per article by the entity step (Analysis.country_in_focus) and read by every
step after it through LinkContext.country:
- every name the knowledge base knows in the article counts for its country: the country itself,
  its capital or another of its places, its adjective or demonym ('Tanzaniaanse', 'Belgen'), a
  person in an office of it at the article's date ('Loekasjenko' for Belarus; a person of no office
  or of an international one counts for no country). Bodies do not count: their names are often
  bare Dutch words ('Defensie', 'Kamer') that say nothing of the country;
- the opening (title and lead, the first LEAD_CHARS characters) counts LEAD_WEIGHT times;
- a foreign country is in focus when it scores at least FOREIGN_OVER_HOME times the outlet's country
  and FOREIGN_OVER_NEXT times the next foreign one, with at least MIN_SCORE; else the outlet's is.
"""

from __future__ import annotations

import re

from ..records import Article
from .kb import Actor, KnowledgeBase, normalize_name

LEAD_CHARS = 300
LEAD_WEIGHT = 3
MIN_SCORE = 3
FOREIGN_OVER_HOME = 2.0
FOREIGN_OVER_NEXT = 1.5
# capitalised words, with the name particles and connectors that may stand inside a name
_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:van|de|der|den|al|el|bin|es)\s+)*[A-ZÀ-Ý][\w'’-]*)*")
_LONGEST = 4  # words of the longest name looked up inside a run


def country_in_focus(article: Article, kb: KnowledgeBase, home: str) -> str:
    """The country (`gpe:` id) whose bodies the article's bare words name: a clearly more named
    foreign country, else the outlet's country `home`."""
    scores = country_scores(article, kb)
    foreign = sorted(((score, country) for country, score in scores.items() if country != home), reverse=True)
    if not foreign:
        return home
    best, country = foreign[0]
    runner_up = foreign[1][0] if len(foreign) > 1 else 0
    if best >= MIN_SCORE and best >= FOREIGN_OVER_HOME * scores.get(home, 0) and best >= FOREIGN_OVER_NEXT * runner_up:
        return country
    return home


def country_scores(article: Article, kb: KnowledgeBase) -> dict[str, int]:
    """How much the article names each country (`gpe:` id), the opening counting more."""
    day = article.published.value if article.published else None
    text = article.text
    parts = [(text[:LEAD_CHARS], LEAD_WEIGHT), (text[LEAD_CHARS:], 1)]
    if article.title and article.title not in text[:LEAD_CHARS]:
        parts.append((article.title, LEAD_WEIGHT))
    scores: dict[str, int] = {}
    for part, weight in parts:
        for run in _NAME_RUN.finditer(part):
            for country in _countries_in(run.group().split(), kb, day):
                scores[country] = scores.get(country, 0) + weight
    return scores


def government_of_country(country: str, kb: KnowledgeBase) -> Actor | None:
    """The actor a country's government is: its `gov:` id, or the country itself when the knowledge
    base has no government for it (docs/events.md §4)."""
    return kb.actors.get("gov:" + country.removeprefix("gpe:")) or kb.actors.get(country)


def _countries_in(words: list[str], kb: KnowledgeBase, day: str | None) -> list[str]:
    """The countries the names in one run of capitalised words stand for, longest names first."""
    found, at = [], 0
    while at < len(words):
        for size in range(min(_LONGEST, len(words) - at), 0, -1):
            country = _country_of_words(" ".join(words[at:at + size]), kb, day)
            if country is not None or size == 1:
                break
        if country is not None:
            found.append(country)
        at += size
    return found


def _country_of_words(words: str, kb: KnowledgeBase, day: str | None) -> str | None:
    form = normalize_name(words.strip(".,:;'’-"))
    adjective = kb.by_adjective.get(form) or kb.by_demonym.get(form)
    if adjective is not None:
        return _country_of(kb.actors[adjective], kb, day)
    countries = {_country_of(a, kb, day) for a in kb.find(form)}
    return countries.pop() if len(countries) == 1 else None  # 'Kamer': two countries' chambers


def _country_of(actor: Actor, kb: KnowledgeBase, day: str | None) -> str | None:
    if actor.type == "country":
        return actor.id
    if actor.type not in ("person", "city", "territory", "place"):
        return None  # bodies: see the module's docstring
    if actor.type == "person":  # by the office held at the article's date, not by birth: Lagarde at the ECB is no French news
        served = {_country_of(kb.actors[r.of], kb, day) for r in actor.roles
                  if r.of in kb.actors and kb.actors[r.of].type != "person" and r.active_on(day)}
        return served.pop() if len(served) == 1 else None
    iso = actor.raw.get("country")
    country = f"gpe:{iso.lower()}" if iso else None
    return country if country in kb.actors else None
