"""Wikidata ids and gender of people, from public datasets, matched to the knowledge base's persons.

Sources (bare git snapshots under $ACTORS_MIRROR, read with ``git show HEAD:path``):
  everypolitician        tijmenb/everypolitician-data, a snapshot of everypolitician/everypolitician-data
                         as of 2015-11-30: each legislature's ep-popolo-v1.0.json (persons with a
                         `wikidata` identifier, `gender`, `birth_date`), its country from countries.json.
                         Four popolo files of 4 MiB and more are absent from the snapshot (Bundestag,
                         Sejm, Turkish assembly, US House); they are skipped.
  congress-legislators   unitedstates/congress-legislators executive.yaml (presidents, vice presidents)
                         and legislators-current.yaml: `id.wikidata`, `bio.gender` (M/F), names.

Rules (a wrong id is worse than none):
  * a person who has a QID takes the gender the sources state for that QID;
  * a person without one takes a QID only when exactly one QID in the sources carries one of the
    person's Dutch or English names (case, accents, hyphens and initials aside) in the person's own
    country, the birth dates agree where both are known, and no other actor has that QID;
  * everything ambiguous or conflicting is reported on stderr and left out.
Gender is the value the source states ("female", "male", or another value as given), never a guess.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

_FOOTNOTE = re.compile(r"\[\d+\]")
_INITIAL = re.compile(r"(?<!\S)\w\.(?!\S)")
_GENDER_CODES = {"m": "male", "f": "female"}


@dataclass(frozen=True)
class SourcedPerson:
    qid: str
    name: str
    gender: str | None
    birthdate: str | None
    country: str
    source: str


@dataclass
class PersonSource:
    """One dataset: its people by QID, and the QIDs behind each (country, name key)."""

    name: str
    by_qid: dict[str, SourcedPerson]
    by_name: dict[tuple[str, str], set[str]]

    def add(self, person: SourcedPerson, names: list[str]) -> None:
        self.by_qid.setdefault(person.qid, person)
        for name in names:
            for key in name_keys(name):
                self.by_name[(person.country, key)].add(person.qid)


def name_keys(name: str) -> set[str]:
    """Comparable forms of a name: casefolded, accent-free, hyphens as spaces, with and without initials."""
    text = unicodedata.normalize("NFKD", _FOOTNOTE.sub("", name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("-", " ")
    full = " ".join(text.split())
    bare = " ".join(_INITIAL.sub(" ", full).split())
    undotted = " ".join(full.replace(".", "").split())  # 'J.D. Vance' as 'JD Vance'
    return {k for k in (full, bare, undotted) if k}


def _gender(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().casefold()
    return _GENDER_CODES.get(value, value)


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "--git-dir", str(repo), *args], capture_output=True, text=True)


def load_everypolitician(repo: Path) -> PersonSource:
    source = PersonSource("everypolitician", {}, defaultdict(set))
    countries = json.loads(_git(repo, "show", "HEAD:countries.json").stdout)
    for country in countries:
        code = country["code"]
        if not re.fullmatch(r"[A-Z]{2}(?:-(?:SCT|NIR|WLS))?", code):
            continue  # disputed territories and the like: no ISO country of our own
        code = code[:2]
        for legislature in country["legislatures"]:
            shown = _git(repo, "show", f"HEAD:{legislature['popolo']}")
            if shown.returncode != 0:
                print(f"everypolitician: {legislature['popolo']} absent from the snapshot, skipped", file=sys.stderr)
                continue
            for person in json.loads(shown.stdout)["persons"]:
                qid = next((i["identifier"] for i in person.get("identifiers", []) if i["scheme"] == "wikidata"), None)
                if not qid or not re.fullmatch(r"Q[1-9][0-9]*", qid):
                    continue
                names = [person["name"], *(o["name"] for o in person.get("other_names", []))]
                source.add(SourcedPerson(qid, person["name"], _gender(person.get("gender")),
                                         person.get("birth_date"), code, source.name), names)
    return source


def _yaml_records(text: str) -> list[dict[str, str]]:
    """The flat `key: value` pairs of each top-level list item of a congress-legislators YAML file."""
    records: list[dict[str, str]] = []
    for line in text.splitlines():
        if line.startswith("- "):
            records.append({})
        match = re.match(r"^[ -]+(\w+): (.+)$", line)
        if records and match and match[1] not in records[-1]:
            records[-1][match[1]] = match[2].strip().strip("'\"")
    return records


def load_congress(repo: Path) -> PersonSource:
    source = PersonSource("congress-legislators", {}, defaultdict(set))
    for path in ("executive.yaml", "legislators-current.yaml"):
        for record in _yaml_records(_git(repo, "show", f"HEAD:{path}").stdout):
            qid = record.get("wikidata")
            if not qid or not re.fullmatch(r"Q[1-9][0-9]*", qid):
                continue
            first, last = record.get("first", ""), record.get("last", "")
            names = [record.get("official_full", ""), f"{first} {last}"]
            if record.get("nickname"):
                names.append(f"{record['nickname']} {last}")
            source.add(SourcedPerson(qid, names[0] or names[1], _gender(record.get("gender")),
                                     record.get("birthday"), "US", source.name), [n for n in names if n.strip()])
    return source


def _stated_gender(qid: str, sources: list[PersonSource]) -> tuple[str | None, str | None]:
    """The gender the sources state for `qid` and the first source stating it; None on disagreement."""
    stated = [(s.by_qid[qid].gender, s.name) for s in sources if qid in s.by_qid and s.by_qid[qid].gender]
    if not stated:
        return None, None
    if len({g for g, _ in stated}) > 1:
        print(f"gender: sources disagree on {qid}: {stated}; left out", file=sys.stderr)
        return None, None
    return stated[0]


def _candidates(actor: dict, sources: list[PersonSource]) -> dict[str, SourcedPerson]:
    found: dict[str, SourcedPerson] = {}
    country = actor.get("country")
    for name in actor["names"]["nl"] + actor["names"]["en"]:
        for key in name_keys(name):
            for source in sources:
                for qid in source.by_name.get((country, key), ()):
                    found.setdefault(qid, source.by_qid[qid])
    return found


def match_people(actors: dict, sources: list[PersonSource]) -> dict[str, int]:
    """Set qid/qid_source (where certain) and gender/gender_source on every person; counts for the log."""
    counts = defaultdict(int)
    used = {a["qid"] for a in actors.values() if a.get("qid")}
    proposals: dict[str, list[tuple[str, SourcedPerson]]] = defaultdict(list)
    for actor in actors.values():
        if actor["type"] != "person":
            continue
        found = _candidates(actor, sources)
        if actor.get("qid"):
            if found and actor["qid"] not in found:
                print(f"qid: {actor['id']} has {actor['qid']}, the sources name {sorted(found)}; kept", file=sys.stderr)
                counts["other qid in sources"] += 1
            continue
        if len(found) > 1:
            print(f"qid: {actor['id']} matches several people {sorted(found)}; left without", file=sys.stderr)
            counts["ambiguous"] += 1
            continue
        for qid, person in found.items():
            if qid in used:
                print(f"qid: {actor['id']} matches {qid}, which another actor has; left without", file=sys.stderr)
                counts["taken"] += 1
            elif actor.get("birthdate") and person.birthdate and actor["birthdate"] != person.birthdate:
                print(f"qid: {actor['id']} matches {qid} but the birth dates differ; left without", file=sys.stderr)
                counts["birthdate_differs"] += 1
            else:
                proposals[qid].append((actor["id"], person))
    for qid, claims in proposals.items():
        if len(claims) > 1:
            print(f"qid: {qid} matches several actors {[c[0] for c in claims]}; left without", file=sys.stderr)
            counts["shared"] += 1
            continue
        actor_id, person = claims[0]
        actor = actors[actor_id]
        actor["qid"], actor["qid_source"] = qid, person.source
        actor["sources"].append(person.source)
        counts[f"qid from {person.source}"] += 1
    for actor in actors.values():
        if actor["type"] != "person":
            continue
        gender, source = _stated_gender(actor["qid"], sources) if actor.get("qid") else (None, None)
        actor["gender"], actor["gender_source"] = gender, source
        if source:
            counts[f"gender from {source}"] += 1
            if source not in actor["sources"]:
                actor["sources"].append(source)
    return dict(counts)
