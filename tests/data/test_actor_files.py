"""Consistency checks for the actor knowledge base in data/actors/ (reads the files directly)."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

ACTORS = Path(__file__).resolve().parents[2] / "data" / "actors"
FILES = [
    "countries.jsonl",
    "international_orgs.jsonl",
    "institutions.jsonl",
    "parties.jsonl",
    "people.jsonl",
    "media.jsonl",
    "places.jsonl",
    "organisations.jsonl",
]
PREFIX_TYPES = {
    "per": {"person"},
    "gpe": {"country", "territory"},
    "loc": {"city", "territory", "place"},
    "org": {"international_org", "group"},
    "gov": {"institution"},
    "party": {"party"},
    "media": {"media", "agency"},
    "team": {"team"},
    "company": {"company"},
}
LABELS = {"PER", "ORG", "LOC", "MISC"}
QID_SOURCES = {"openkamer", "partyfacts", "parlgov", "curated", "everypolitician", "congress-legislators"}
ID_RE = re.compile(r"^(per|gpe|loc|org|gov|party|media|team|company):[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ROLE_VOCAB = {
    "premier", "vicepremier", "president", "vicepresident", "minister", "staatssecretaris",
    "minister-president", "secretaris-generaal", "voorzitter", "eerste vicevoorzitter",
    "fractievoorzitter", "partijleider", "kanselier", "koning", "koningin", "kroonprins", "paus",
    "leider", "bondscoach", "ceo", "burgemeester", "commissaris", "hoge vertegenwoordiger",
    "directeur", "woordvoerder", "lid", "nationale veiligheidsadviseur", "adjunct-secretaris-generaal",
    "hoge commissaris", "korpschef", "commissaris-generaal", "federaal procureur",
}


def load(name: str) -> list[dict]:
    with open(ACTORS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def by_file() -> dict[str, list[dict]]:
    return {name: load(name) for name in FILES}


@pytest.fixture(scope="module")
def actors(by_file) -> list[dict]:
    return [a for rows in by_file.values() for a in rows]


@pytest.fixture(scope="module")
def ids(actors) -> set[str]:
    return {a["id"] for a in actors}


def parse_date(value: str, end: bool = False) -> dt.date:
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 12 if end else 1, 31 if end else 1)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        y, m = map(int, value.split("-"))
        if end:
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(y, m, 1)
    return dt.date.fromisoformat(value)  # raises on anything else


def test_files_sorted_and_utf8(by_file):
    for name, rows in by_file.items():
        assert rows, name
        got = [a["id"] for a in rows]
        assert got == sorted(got), f"{name} is not sorted by id"


def test_ids_unique(actors):
    seen = defaultdict(int)
    for a in actors:
        seen[a["id"]] += 1
    assert not [i for i, n in seen.items() if n > 1]


def test_id_scheme_and_types(actors):
    for a in actors:
        assert ID_RE.match(a["id"]), a["id"]
        prefix = a["id"].split(":")[0]
        assert a["type"] in PREFIX_TYPES[prefix], (a["id"], a["type"])
        assert a["label"] in LABELS, a["id"]
        expected = "PER" if a["type"] == "person" else "LOC" if a["type"] in ("country", "territory", "city", "place") else "ORG"
        assert a["label"] == expected, a["id"]


def test_at_least_600_actors(actors):
    assert len(actors) >= 600


def test_every_actor_has_a_dutch_name(actors):
    for a in actors:
        nl = a["names"].get("nl")
        assert nl and all(isinstance(x, str) and x.strip() for x in nl), a["id"]
        assert isinstance(a["names"].get("en", []), list), a["id"]
        assert isinstance(a["aliases"], list), a["id"]


def test_qids(actors):
    seen = {}
    for a in actors:
        qid = a.get("qid")
        if qid is None:
            assert a.get("qid_source") is None, a["id"]
            continue
        assert QID_RE.match(qid), (a["id"], qid)
        assert a.get("qid_source") in QID_SOURCES, a["id"]
        assert qid not in seen, f"{qid} used by {seen.get(qid)} and {a['id']}"
        seen[qid] = a["id"]


GENDER_SOURCES = {"everypolitician", "congress-legislators"}


def test_person_gender_comes_with_its_source(actors):
    """Every person states a gender (or null) and where it comes from; no other actor has one."""
    people = [a for a in actors if a["type"] == "person"]
    for a in people:
        assert "gender" in a and "gender_source" in a, a["id"]
        if a["gender"] is None:
            assert a["gender_source"] is None, a["id"]
        else:
            assert isinstance(a["gender"], str) and a["gender"] == a["gender"].strip().casefold(), a["id"]
            assert a["gender_source"] in GENDER_SOURCES and a["gender_source"] in a["sources"], a["id"]
            assert a["qid"], f"{a['id']}: a gender is only taken from a source that gives the QID"
    assert all("gender" not in a for a in actors if a["type"] != "person")
    assert sum(a["gender"] == "female" for a in people) >= 40
    assert sum(a["gender"] == "male" for a in people) >= 100


def test_new_qids_name_their_dataset(actors):
    by_id = {a["id"]: a for a in actors}
    for person_id in ("per:jens-stoltenberg", "per:jd-vance", "per:bart-de-wever"):
        assert by_id[person_id]["qid_source"] in GENDER_SOURCES, person_id
        assert by_id[person_id]["qid_source"] in by_id[person_id]["sources"], person_id


def _refs(a: dict):
    for r in a.get("roles", []):
        yield "roles.of", r["of"]
    for p in a.get("party", []):
        yield "party.of", p["of"]
    m = a.get("metonym_for")
    if isinstance(m, str):
        yield "metonym_for", m
    elif m is not None:
        assert isinstance(m, list), a["id"]
        for x in m:
            yield "metonym_for", x
    if a.get("capital") is not None:
        yield "capital", a["capital"]
    if a.get("capital_of") is not None:
        yield "capital_of", a["capital_of"]
    for x in a.get("members", []):
        yield "members", x


def test_references_resolve(actors, ids):
    missing = [(a["id"], field, ref) for a in actors for field, ref in _refs(a) if ref not in ids]
    assert not missing, missing[:20]


def test_reference_targets_have_the_right_type(actors):
    types = {a["id"]: a["type"] for a in actors}
    for a in actors:
        for p in a.get("party", []):
            assert types[p["of"]] == "party", (a["id"], p)
        if a.get("capital"):
            assert types[a["capital"]] == "city", a["id"]
        for m in a.get("members", []):
            assert types[m] in ("country", "territory", "international_org"), (a["id"], m)


def test_role_dates(actors):
    for a in actors:
        for r in a.get("roles", []):
            assert r["role"] in ROLE_VOCAB, (a["id"], r)
            start = parse_date(r["start"]) if r.get("start") else None
            end = parse_date(r["end"], end=True) if r.get("end") else None
            if start and end:
                assert start <= end, (a["id"], r)
            if r.get("end_unknown"):
                assert r["end"] is None and parse_date(r["known_until"]), (a["id"], r)
            if r["role"] in ("minister", "staatssecretaris") and r["of"].startswith("gpe:nl"):
                assert r.get("portfolio"), (a["id"], r)
        for p in a.get("party", []):
            s = parse_date(p["start"]) if p.get("start") else None
            e = parse_date(p["end"], end=True) if p.get("end") else None
            if s and e:
                assert s <= e, (a["id"], p)


def _ambiguous() -> dict[str, set[frozenset]]:
    allowed = defaultdict(set)
    with open(ACTORS / "ambiguous_aliases.tsv", encoding="utf-8") as fh:
        rows = [line for line in fh if line.strip() and not line.startswith("#")]
    for row in csv.reader(rows, delimiter="\t"):
        alias, id_list, rule = row[0], row[1], row[2]
        assert rule.strip(), alias
        allowed[alias.casefold()].add(frozenset(x.strip() for x in id_list.split(",")))
    return allowed


def test_ambiguous_aliases_file_refers_to_existing_ids(ids):
    for alias, groups in _ambiguous().items():
        for g in groups:
            assert len(g) >= 2, alias
            assert g <= ids, (alias, g - ids)


def test_no_unlisted_alias_collisions(actors):
    """A surface form (name or alias) claimed by two actors of the same type must be listed."""
    allowed = _ambiguous()
    claims = defaultdict(set)
    for a in actors:
        for form in a["names"]["nl"] + a["names"].get("en", []) + a["aliases"]:
            claims[(a["type"], form.casefold())].add(a["id"])
    bad = []
    for (typ, form), owners in claims.items():
        if len(owners) < 2:
            continue
        if not any(owners <= g for g in allowed.get(form, ())):
            bad.append((typ, form, sorted(owners)))
    assert not bad, bad[:30]


def test_countries_have_capitals_and_adjectives(by_file):
    countries = [a for a in by_file["countries.jsonl"] if a["type"] == "country"]
    assert len(countries) >= 197
    for iso in ("nl", "be", "us", "ru", "cn", "ua", "de", "fr", "gb"):
        c = next(a for a in countries if a["id"] == f"gpe:{iso}")
        assert c["capital"] and c["adjectives"] and c["demonyms"] and c["qid"]
