"""The actor knowledge base: loading data/actors/*.jsonl and looking actors up by name or role."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .. import resources
from ..slugs import strip_accents

_QID = re.compile(r"^Q[1-9][0-9]*$")
_ARTICLES = ("de ", "het ", "the ")
LABELS_OF_TYPE = {
    "person": "PER", "country": "LOC", "territory": "LOC", "city": "LOC",
    "international_org": "ORG", "institution": "ORG", "party": "ORG", "media": "ORG",
    "agency": "ORG", "company": "ORG", "team": "ORG", "group": "ORG", "place": "LOC",
}


class KnowledgeBaseError(ValueError):
    """A file of the knowledge base is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Role:
    role: str
    of: str | None
    start: str | None
    end: str | None
    portfolio: str | None = None

    def active_on(self, day: str | None) -> bool:
        """True when the role held on `day` (an ISO prefix); unknown dates count as open."""
        if day is None:
            return self.end is None
        starts = self.start is None or self.start[: len(day)] <= day
        # an end known to the month ('2025-10') includes every day of that month
        ends = self.end is None or day[: len(self.end)] <= self.end[: len(day)]
        return starts and ends


@dataclass(frozen=True)
class Actor:
    id: str
    type: str
    label: str
    name: str
    qid: str | None
    names: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    metonym_for: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    gender: str | None = None  # of a person, as a source dataset states it ('female', 'male', …)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def normalize_name(text: str) -> str:
    """Casefolded, accent-free, article-free, single-spaced form used as lookup key."""
    text = " ".join(strip_accents(text).casefold().replace("’", "'").split())
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    return text


def _actor_from_record(record: dict[str, Any], where: str) -> Actor:
    try:
        names = [*record["names"].get("nl", []), *record["names"].get("en", []), *record.get("aliases", [])]
        if not record["names"].get("nl"):
            raise KnowledgeBaseError(f"{where}: {record['id']} has no Dutch name")
        qid = record.get("qid")
        if qid is not None and not _QID.match(qid):
            raise KnowledgeBaseError(f"{where}: {record['id']} has a malformed QID {qid!r}")
        gender = record.get("gender")
        if gender is not None and not (isinstance(gender, str) and gender.strip()):
            raise KnowledgeBaseError(f"{where}: {record['id']} has a malformed gender {gender!r}")
        metonym = record.get("metonym_for") or ()
        roles = tuple(
            Role(r["role"], r.get("of"), r.get("start"), r.get("end") or r.get("known_until"), r.get("portfolio"))
            for r in record.get("roles", [])
        )
        return Actor(
            id=record["id"], type=record["type"], label=record.get("label") or LABELS_OF_TYPE[record["type"]],
            name=record["names"]["nl"][0], qid=qid, names=tuple(dict.fromkeys(names)), roles=roles,
            metonym_for=(metonym,) if isinstance(metonym, str) else tuple(metonym),
            adjectives=tuple(record.get("adjectives") or ()), gender=gender, raw=record,
        )
    except (KeyError, TypeError) as error:
        raise KnowledgeBaseError(f"{where}: malformed actor record ({error})") from error


class KnowledgeBase:
    """Actors with indexes by normalised name, by role and by adjective."""

    def __init__(self, actors: list[Actor]):
        self.actors = {a.id: a for a in actors}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.proper_names: set[tuple[str, str]] = set()  # (normalised name, id): names, not aliases
        self.by_role: dict[tuple[str, str | None], list[tuple[str, Role]]] = defaultdict(list)
        self.by_adjective: dict[str, str] = {}
        self.by_demonym: dict[str, str] = {}  # 'tanzanianen' -> gpe:tz
        for actor in actors:
            for name in actor.names:
                key = normalize_name(name)
                if actor.id not in self.by_name[key]:
                    self.by_name[key].append(actor.id)
            for name in [*actor.raw.get("names", {}).get("nl", []), *actor.raw.get("names", {}).get("en", [])]:
                self.proper_names.add((normalize_name(name), actor.id))
            for role in actor.roles:
                self.by_role[(role.role, role.of)].append((actor.id, role))
            for adjective in actor.adjectives:
                self.by_adjective.setdefault(normalize_name(adjective), actor.id)
            for demonym in actor.raw.get("demonyms") or ():
                self.by_demonym.setdefault(normalize_name(demonym), actor.id)
        # the district courts by their seats ('Zutphen' -> Rechtbank Gelderland) and by the seats' city ids
        self.court_by_seat: dict[str, str] = {seat: actor.id for actor in self.actors.values()
                                              for seat in actor.raw.get("seats") or ()}
        self.court_by_city: dict[str, str] = {city.id: court for seat, court in self.court_by_seat.items()
                                              for city in self.find(seat) if city.type == "city"}

    def find(self, name: str) -> list[Actor]:
        return [self.actors[i] for i in self.by_name.get(normalize_name(name), [])]

    def holders(self, role: str, of: str | None, day: str | None) -> list[Actor]:
        """Actors holding `role` of `of` on `day` (an ISO date prefix)."""
        return [self.actors[i] for i, r in self.by_role.get((role, of), []) if r.active_on(day)]

    def offices_held(self, actor_id: str, day: str | None, offices: Collection[str], of: str | tuple[str, ...]
                     ) -> Iterator[Role]:
        """The roles among `offices` the actor holds on `day` (Role.active_on) over an id beginning with
        `of` ('gpe:': a country's president or minister; ('org:', 'gov:'): a body's spokesman), in the
        order the knowledge base gives them; none for an id it does not have."""
        actor = self.actors.get(actor_id)
        for role in actor.roles if actor is not None else ():
            if role.role in offices and (role.of or "").startswith(of) and role.active_on(day):
                yield role

    def __len__(self) -> int:
        return len(self.actors)


def read_actor_file(path: Path) -> list[Actor]:
    actors = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise KnowledgeBaseError(f"{where}: malformed JSON ({error.msg})") from error
        actors.append(_actor_from_record(record, where))
    return actors


@cache
def load_knowledge_base(folder: Path | None = None) -> KnowledgeBase:
    """Read every actor file once; raises KnowledgeBaseError naming a bad line or duplicate id."""
    folder = folder or resources.data_path("actors")
    actors: list[Actor] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for actor in read_actor_file(path):
            if actor.id in seen:
                raise KnowledgeBaseError(f"{path}: duplicate actor id {actor.id!r} (also in {seen[actor.id]})")
            seen[actor.id] = path.name
            actors.append(actor)
    return KnowledgeBase(actors)
