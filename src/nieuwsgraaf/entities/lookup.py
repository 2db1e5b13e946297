"""Looking a group of mentions up in the knowledge base at the article's date: exact names and
aliases, near spellings, known names inside a wider span, governments named after their leader,
and a relative called by first name only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process

from ..records import Analysis
from .focus import country_in_focus
from .governments import bare_government, is_bare_government, regional_government
from .grouping import Group
from .kb import Actor, KnowledgeBase, normalize_name
from .lexicon import LinkLexicon
from .names import GOVERNMENT_WORDS, NAME_PARTICLES, NameForms

_TYPES_FOR_LABEL = {
    "PER": {"person"},
    "LOC": {"country", "territory", "city", "place"},
    "ORG": {"international_org", "institution", "party", "media", "agency", "company", "team", "group"},
    "MISC": set(),
}
_FUZZY_CUTOFF = 90  # chosen on the dev corpus: catches Zelenski/Zelensky, not Merkel/Markel
GOVERNMENT_OF = re.compile(rf"^{GOVERNMENT_WORDS}[- ](?P<name>.+?)(?: [ivx]+)?$")


@dataclass(frozen=True)
class LinkContext:
    published: str | None  # ISO date prefix of the article
    home: str  # the outlet's country
    focus: str | None = None  # the country the article is about (focus.py), when known
    region: str | None = None  # the regional government it is about (governments.py: gov:be-vlg), if any

    @property
    def country(self) -> str:
        """The country whose bodies bare words name ('de regering', 'de premier'): the one the
        article is about, else the outlet's."""
        return self.focus or self.home


def home_country(url: str | None, source: str | None) -> str:
    """The outlet's country: Belgian domains give gpe:be, everything else gpe:nl."""
    host = (urlsplit(url).hostname if url else None) or source or ""
    return "gpe:be" if host.endswith(".be") else "gpe:nl"


def article_context(analysis: Analysis, kb: KnowledgeBase) -> LinkContext:
    """What linking needs to know of the article: its date, its outlet's country, the country it is
    about and the regional government it may be about (as the entity step found them, else found now)."""
    article = analysis.article
    home = home_country(article.url, article.source)
    if analysis.country_in_focus:  # the entity step found both once; later steps read them
        focus, region = analysis.country_in_focus, analysis.region_in_focus
    else:
        focus = country_in_focus(article, kb, home)
        region = regional_government(article.text, kb, focus)
    return LinkContext(
        published=article.published.value if article.published else None,
        home=home,
        focus=focus,
        region=region,
    )


def of_country_in_focus(actors: list[Actor], context: LinkContext) -> list[Actor]:
    """The actors of the country the article is about ('BE' for gpe:be), in their order: 'de Senaat'
    in an article on Washington is the American one."""
    code = context.country.removeprefix("gpe:").upper()
    return [a for a in actors if a.raw.get("country") == code]


class ActorLookup:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon, forms: NameForms):
        self.kb = kb
        self.lexicon = lexicon
        self.forms = forms
        self._fuzzy_names: dict[str, list[tuple[str, str]]] = {}
        for actor in kb.actors.values():
            for name in actor.names:
                self._fuzzy_names.setdefault(actor.label, []).append((normalize_name(name), actor.id))
        self._fuzzy_keys = {label: [n for n, _ in pairs] for label, pairs in self._fuzzy_names.items()}
        self._common_surnames = {normalize_name(s) for s in lexicon.common_surnames}
        # (first name, surname) of every person with a two-part name or longer: 'Jos' beside 'Max Verstappen'
        self._first_names: dict[str, list[tuple[str, str]]] = {}
        # surname -> people, for a surname the article never completes ('premier May')
        self._surnames: dict[str, list[str]] = {}
        for actor in kb.actors.values():
            words = normalize_name(actor.name).split()
            if actor.type == "person" and len(words) >= 2:
                self._first_names.setdefault(words[0], []).append((words[-1], actor.id))
                self._surnames.setdefault(_surname(words), []).append(actor.id)

    def resolve(self, group: Group, context: LinkContext) -> Actor | None:
        """The knowledge base's actor for a group of mentions, or None."""
        if is_bare_government(group.key):
            return bare_government(self.kb, context.country, context.region)  # 'De regering': of the country in focus
        actor = None
        label = group.voted_label()
        # A person's surname is looked up only when the article never gives the full name:
        # 'De Jager' beside 'Jeroen de Jager' is not Jan Kees de Jager.
        forms = group.forms[:1] if label == "PER" or group.label == "PER" else group.forms
        for form in forms:
            actor = self.choose(self.candidates(form, label), label, context, form)
            if actor:
                break
        if actor is None and (label == "PER" or group.label == "PER"):
            actor = self.office_holder(group.key, context)
        actor = actor or self.government_of(group.key, context)
        if actor is None:
            # Near spellings and names inside a wider span only where the name's own head
            # word does not say otherwise ('Grote Prijs van Abu Dhabi' is no city).
            kind = self.lexicon.kind_of_name(group.surface)
            actor = self.fuzzy(group.key, label, context) or self._inner_name(group.surface, label, context)
            if actor is not None and kind is not None and kind != actor.label:
                actor = None
        return actor

    def candidates(self, form: str, label: str) -> list[Actor]:
        found = self.kb.find(form)
        if not found and form.endswith("s") and len(form) > 3:
            # genitive: 'Trumps adviseurs', whatever label the tagger gave it
            found = [a for a in self.kb.find(form[:-1]) if a.type == "person"]
        return found

    def choose(self, candidates: list[Actor], label: str, context: LinkContext, form: str = "") -> Actor | None:
        if not candidates:
            return None
        fitting = [a for a in candidates if a.type in _TYPES_FOR_LABEL.get(label, set())]
        if not fitting:
            # Across labels only by a proper name ('NAVO' tagged LOC), never by an alias.
            # People too, whatever the tagger called them ('Trump' tagged MISC).
            fitting = [a for a in candidates if (form, a.id) in self.kb.proper_names or a.type == "person"]
            if not fitting:
                return None
        # A common surname alone ('De Jager', 'Visser') is the knowledge base's person only
        # while that person holds an office.
        fitting = [a for a in fitting if not (
            a.type == "person" and form in self._common_surnames and (form, a.id) not in self.kb.proper_names
            and not any(r.active_on(context.published) for r in a.roles))]
        if not fitting:
            return None
        active = [a for a in fitting if any(r.active_on(context.published) for r in a.roles)]
        ranked = active or fitting
        # several actors share the name ('Kamer', 'Raad van State'): the one of the country in focus
        ranked = of_country_in_focus(ranked, context) or ranked
        return sorted(ranked, key=lambda a: (a.qid is None, a.id))[0]

    def office_holder(self, surname: str, context: LinkContext) -> Actor | None:
        """The one person of that surname holding an office on the article's date: an article that
        calls the British prime minister only 'May' in 2017 means Theresa May. Nobody when no one
        or several do."""
        bearers = [self.kb.actors[i] for i in self._surnames.get(surname, ())]
        if context.published is None:
            # an undated article: the one person of that surname who ever held an office
            holders = [a for a in bearers if a.roles and surname not in self._common_surnames]
        else:
            holders = [a for a in bearers if any(r.active_on(context.published) for r in a.roles)]
        if len(holders) > 1:
            # several hold an office: the one the knowledge base knows as notable (a Wikidata id), if
            # one, as lookups of a full name rank them
            holders = [a for a in holders if a.qid]
        return holders[0] if len(holders) == 1 else None

    def fuzzy(self, form: str, label: str, context: LinkContext | None = None) -> Actor | None:
        keys = self._fuzzy_keys.get(label)
        if not keys or len(form) < 5:
            return None
        found = process.extractOne(form, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if found is None:
            return None
        # Word for word a near spelling ('Georgino Wijnaldum'), not another word in the same
        # frame ('Franse ministerie van Defensie' is no 'Oekraïense ministerie van Defensie').
        words, known = form.split(), found[0].split()
        if len(words) != len(known) or any(not self._near_spelling(a, b) for a, b in zip(words, known, strict=True)):
            return None
        actor = self.kb.actors[self._fuzzy_names[label][found[2]][1]]
        return self.choose([actor], label, context, found[0]) if context else actor

    def _near_spelling(self, word: str, known: str) -> bool:
        """One word spelled near another: same first letter, close enough, and not two different
        first names ('Peter Timmermans' is no 'Pieter Timmermans')."""
        if word == known:
            return True
        if word in self.lexicon.first_names and known in self.lexicon.first_names:
            return False
        return fuzz.ratio(word, known) >= 75 and word[:1] == known[:1]

    def _inner_name(self, surface: str, label: str, context: LinkContext) -> Actor | None:
        """A known name inside a span the tagger drew too wide ('Rutte als NAVO-chef', 'Abe het').

        Only when the span holds a lowercase word that is no name particle; otherwise only its
        last two or three words ('NAVO-secretaris-generaal Jens Stoltenberg').
        """
        words = self.forms.key(surface).split()
        glued = any(w[:1].islower() and w not in NAME_PARTICLES for w in surface.split()[1:])
        for size in range(len(words) - 1, 0, -1):
            starts = range(len(words) - size + 1) if glued else ([len(words) - size] if size >= 2 else [])
            for first in starts:
                part = " ".join(words[first:first + size])
                if len(part) < 3 or part in self.lexicon.titles or words[first] in NAME_PARTICLES:
                    continue
                actor = self.choose(self.candidates(part, label), label, context, part)
                if actor is not None and not self._other_country(words[0], actor):
                    return actor
        return None

    def _other_country(self, adjective: str, actor: Actor) -> bool:
        """'Russische' before 'ministerie van Defensie': not the Dutch ministry."""
        owner = self.kb.actors.get(self.kb.by_adjective.get(adjective, ""))
        country = owner.raw.get("country") if owner else None
        return bool(country and actor.raw.get("country") and actor.raw["country"] != country)

    def government_of(self, form: str, context: LinkContext) -> Actor | None:
        """'regering Trump', 'kabinet-Rutte': the government of the country the leader led."""
        match = GOVERNMENT_OF.match(normalize_name(form))
        if not match:
            return None
        leader = self.choose(self.candidates(match["name"], "PER"), "PER", context, match["name"])
        if leader is None:
            return None
        governments = []
        for role in leader.roles:
            if role.role in ("president", "premier", "kanselier") and role.of and role.of.startswith("gpe:"):
                government = "gov:" + role.of.removeprefix("gpe:")
                if government in self.kb.actors:
                    if context.published is None or role.active_on(context.published):
                        return self.kb.actors[government]
                    governments.append(government)
        # 'de regering Obama' in 2017: the government he led, the only one he led.
        return self.kb.actors[governments[0]] if len(set(governments)) == 1 else None

    def relatives(self, resolved: list[tuple[Group, Actor | None]]) -> list[tuple[Group, Actor | None]]:
        """A first name alone ('zijn vader Jos') is the known person of that first name whose
        surname the article already gave another person ('Max Verstappen')."""
        surnames = {normalize_name(a.name).split()[-1] for _, a in resolved if a is not None and a.type == "person"}
        found = []
        for group, actor in resolved:
            if actor is None and group.voted_label() == "PER" and " " not in group.key:
                matches = {i for surname, i in self._first_names.get(group.key, ()) if surname in surnames}
                if len(matches) == 1:
                    actor = self.kb.actors[matches.pop()]
            found.append((group, actor))
        return found


def _surname(words: list[str]) -> str:
    """A normalised full name's surname with its particles: 'van quickenborne', 'von der leyen'."""
    start = len(words) - 1
    while start > 1 and words[start - 1] in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])
