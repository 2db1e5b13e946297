#!/usr/bin/env python3
"""Build the actor knowledge base (data/actors/*.jsonl) from public datasets and curated files.

Inputs
  * curated files in data/actors/build/curated/ (hand-written, see ../README.md)
  * openkamer/openkamer       website/fixtures/{person,government,parliament}.json   (MIT)
  * hdigital/partyfactsdata   import/wikipedia/wikidata.csv                          (MIT)
  * hdigital/parlgov-web      scripts/migrate_parlgov-db/import-data-legacy/*.csv     (data CC0)
  * everypolitician-data      data/*/*/ep-popolo-v1.0.json (a 2015-11 snapshot, the fork
                              tijmenb/everypolitician-data; Wikidata ids and gender of legislators)
  * unitedstates/congress-legislators  executive.yaml, legislators-current.yaml   (CC0)
  The repositories are read from bare git snapshots (``git show HEAD:path``); their location is
  taken from $ACTORS_MIRROR (default /work/.mirror), as <owner>+<name>/repo.

Usage:  python data/actors/build/build_actors.py [--check]
  --check  build in memory and compare with the files on disk (exit 1 when they differ)

Only the Python standard library and the ``git`` executable are needed.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from person_sources import load_congress, load_everypolitician, match_people

HERE = Path(__file__).resolve().parent
CURATED = HERE / "curated"
OUT = HERE.parent
MIRROR = Path(os.environ.get("ACTORS_MIRROR", "/work/.mirror"))

OPENKAMER = MIRROR / "openkamer+openkamer" / "repo"
PARTYFACTS = MIRROR / "hdigital+partyfactsdata" / "repo"
PARLGOV = MIRROR / "hdigital+parlgov-web" / "repo"
PARLGOV_DIR = "scripts/migrate_parlgov-db/import-data-legacy"
EVERYPOLITICIAN = MIRROR / "tijmenb+everypolitician-data" / "repo"
CONGRESS = MIRROR / "unitedstates+congress-legislators" / "repo"

# Date up to which the openkamer fixtures are known to be complete (their newest update stamp).
OPENKAMER_AS_OF = "2019-12-08"
# Date up to which the curators could vouch for "still in office"; roles flagged "unknown" get it.
CURATED_AS_OF = "2025-10"

QID_RE = re.compile(r"^Q[1-9][0-9]*$")
LABELS = {
    "person": "PER",
    "country": "LOC",
    "territory": "LOC",
    "city": "LOC",
    "international_org": "ORG",
    "institution": "ORG",
    "party": "ORG",
    "media": "ORG",
    "agency": "ORG",
    "company": "ORG",
    "team": "ORG",
    "group": "ORG",
    "place": "LOC",
}


# --------------------------------------------------------------------------- helpers
def git_show(repo: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"],
        check=True, capture_output=True, text=True,
    ).stdout


def git_head(repo: Path) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()


def git_has(repo: Path, path: str) -> bool:
    """Whether the snapshot holds the file's content (files of 4 MiB and more may be absent)."""
    return subprocess.run(["git", "--git-dir", str(repo), "cat-file", "-e", f"HEAD:{path}"],
                          capture_output=True).returncode == 0


def read_jsonl(name: str) -> list[dict]:
    rows = []
    with open(CURATED / name, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - curated data error
                raise SystemExit(f"{name}:{n}: {exc}") from exc
    return rows


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def pad(d: str | None, end: bool = False) -> str:
    if d is None:
        return "9999-12-31" if end else "0000-01-01"
    if len(d) == 4:
        return d + ("-12-31" if end else "-01-01")
    if len(d) == 7:
        return d + ("-31" if end else "-01")
    return d


def role(role_name, of, start, end, portfolio=None, flag=None, as_of=CURATED_AS_OF, **extra):
    r = {"role": role_name, "of": of, "start": start, "end": end}
    if portfolio:
        r["portfolio"] = portfolio
    if flag == "unknown":
        r["end"] = None
        r["end_unknown"] = True
        r["known_until"] = as_of
    r.update(extra)
    return r


def merge_roles(roles: list[dict]) -> list[dict]:
    """Merge overlapping or touching intervals of the same (role, of, portfolio)."""
    groups = defaultdict(list)
    for r in roles:
        groups[(r["role"], r["of"], r.get("portfolio"))].append(r)
    out = []
    for rs in groups.values():
        rs.sort(key=lambda r: pad(r["start"]))
        cur = None
        for r in rs:
            if cur is None:
                cur = dict(r)
                continue
            cur_end = pad(cur["end"], end=True) if not cur.get("end_unknown") else "9999-12-31"
            if pad(r["start"]) <= cur_end:
                # overlapping or touching: extend
                if r.get("end_unknown") or cur.get("end_unknown"):
                    if r["end"] is None and not r.get("end_unknown"):
                        cur.update(end=None)
                        cur.pop("end_unknown", None)
                        cur.pop("known_until", None)
                    elif cur.get("end_unknown") and r["end"] is not None:
                        cur["end"] = r["end"]
                        cur.pop("end_unknown", None)
                        cur.pop("known_until", None)
                    elif not cur.get("end_unknown") and cur["end"] is not None and r.get("end_unknown"):
                        # a curated, dated end wins over "unknown"
                        pass
                elif cur["end"] is None or r["end"] is None:
                    cur["end"] = None
                elif pad(r["end"], end=True) > pad(cur["end"], end=True):
                    cur["end"] = r["end"]
                # keep the more precise start
                if len(r["start"] or "") > len(cur["start"] or "") and pad(r["start"]) == pad(cur["start"]):
                    cur["start"] = r["start"]
            else:
                out.append(cur)
                cur = dict(r)
        out.append(cur)
    out.sort(key=lambda r: (pad(r["start"]), r["role"], r["of"], r.get("portfolio") or ""))
    return out


def surname_alias(prefix: str, surname: str) -> str:
    prefix = (prefix or "").strip()
    if prefix:
        return prefix[0].upper() + prefix[1:] + " " + surname
    return surname


# --------------------------------------------------------------------------- places
def build_places(actors: dict, sources: dict):
    gov_countries = []
    with open(CURATED / "countries.psv", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            iso, qid, nl, en, aliases, adjs, dems, cap, gov = line.split("|")
            iso_l = iso.lower()
            a = {
                "id": f"gpe:{iso_l}", "type": "country", "qid": qid or None,
                "qid_source": "curated" if qid else None,
                "names": {"nl": nl.split(";"), "en": en.split(";")},
                "aliases": [x for x in aliases.split(";") if x],
                "country": iso, "roles": [],
                "adjectives": [x for x in adjs.split(";") if x],
                "demonyms": [x for x in dems.split(";") if x],
                "metonym_for": None, "capital": None, "sources": ["curated"],
            }
            if cap:
                slug, cnl, cen, cqid = cap.split(";")
                a["capital"] = f"loc:{slug}"
                actors[f"loc:{slug}"] = {
                    "id": f"loc:{slug}", "type": "city", "qid": cqid or None,
                    "qid_source": "curated" if cqid else None,
                    "names": {"nl": cnl.split(","), "en": [cen]}, "aliases": [],
                    "country": iso, "roles": [], "metonym_for": None, "capital_of": f"gpe:{iso_l}",
                    "sources": ["curated"],
                }
            if gov == "y":
                gov_countries.append(iso_l)
            actors[a["id"]] = a
    for r in read_jsonl("regions.jsonl"):
        a = {
            "id": r["id"], "type": r.get("type", "territory"), "qid": r.get("qid"),
            "qid_source": "curated" if r.get("qid") else None,
            "names": {"nl": r["nl"], "en": r["en"]}, "aliases": r.get("aliases", []),
            "country": r.get("country"), "roles": [],
            "adjectives": r.get("adjectives", []), "demonyms": r.get("demonyms", []),
            "metonym_for": None, "capital": r.get("capital"), "sources": ["curated"],
        }
        actors[a["id"]] = a
    for r in read_jsonl("cities.jsonl"):
        a = {
            "id": r["id"], "type": "city", "qid": r.get("qid"),
            "qid_source": "curated" if r.get("qid") else None,
            "names": {"nl": r["nl"], "en": r["en"]}, "aliases": r.get("aliases", []),
            "country": r.get("country"), "roles": [], "metonym_for": r.get("metonym_for"),
            "sources": ["curated"],
        }
        actors[a["id"]] = a
    return gov_countries


# --------------------------------------------------------------------------- organisations
MEMBER_SETS = {
    "@NATO": "al be bg ca hr cz dk ee fi fr de gr hu is it lv lt lu me nl mk no pl pt ro sk si es se tr gb us",
    "@EU": "at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se",
}


def build_orgs(actors: dict, gov_countries: list[str]):
    un_members = sorted(
        a["id"] for a in actors.values()
        if a["type"] == "country" and a["id"] not in ("gpe:tw", "gpe:xk", "gpe:ps", "gpe:va")
    )
    for r in read_jsonl("international_orgs.jsonl"):
        members = r.get("members")
        if members == "@UN":
            members = un_members
        elif isinstance(members, str):
            members = [f"gpe:{c}" for c in MEMBER_SETS[members].split()]
        a = {
            "id": r["id"], "type": r.get("type", "international_org"), "qid": r.get("qid"),
            "qid_source": r.get("qid_source") or ("curated" if r.get("qid") else None),
            "names": {"nl": r["nl"], "en": r["en"]}, "aliases": r.get("aliases", []),
            "country": r.get("country"), "roles": [], "metonym_for": r.get("metonym_for"),
            "sources": ["curated"],
        }
        if members:
            a["members"] = members
        actors[a["id"]] = a
    for r in read_jsonl("places.jsonl"):
        actors[r["id"]] = {
            "id": r["id"], "type": "place", "qid": r.get("qid"),
            "qid_source": "curated" if r.get("qid") else None,
            "names": {"nl": r["nl"], "en": r["en"]}, "aliases": r.get("aliases", []),
            "country": r.get("country"), "roles": [], "demonyms": r.get("demonyms", []),
            "metonym_for": r.get("metonym_for"), "sources": ["curated"],
        }
    for fname, default_type in (("institutions.jsonl", "institution"), ("media.jsonl", "media"),
                                ("organisations.jsonl", "company")):
        for r in read_jsonl(fname):
            a = {
                "id": r["id"], "type": r.get("type", default_type), "qid": r.get("qid"),
                "qid_source": r.get("qid_source") or ("curated" if r.get("qid") else None),
                "names": {"nl": r["nl"], "en": r["en"]}, "aliases": r.get("aliases", []),
                "country": r.get("country"), "roles": [], "metonym_for": r.get("metonym_for"),
                "sources": [r.get("qid_source") or "curated"] if r.get("qid_source") else ["curated"],
            }
            if r.get("seats"):  # a court's seats (cities), with where they come from
                a["seats"] = r["seats"]
                a["sources"] = a.pop("sources") + [r["seats_source"]]
            actors[a["id"]] = a
    # generic national governments for countries marked "y" that have no curated entry
    for iso in gov_countries:
        gid = f"gov:{iso}"
        c = actors[f"gpe:{iso}"]
        if gid not in actors:
            adj = [x for x in c["adjectives"] if x.endswith("e")]
            nl_names = [f"{adj[0]} regering"] if adj else []
            nl_names.append(f"regering van {c['names']['nl'][0]}")
            actors[gid] = {
                "id": gid, "type": "institution", "qid": None, "qid_source": None,
                "names": {"nl": nl_names, "en": [f"Government of {c['names']['en'][0]}"]},
                "aliases": [], "country": iso.upper(), "roles": [], "metonym_for": None,
                "sources": ["curated"],
            }
        # the capital stands for the national government
        cap = c.get("capital")
        if cap and cap in actors and iso != "nl":
            actors[cap]["metonym_for"] = [gid] if iso != "be" else ["org:eu", "gov:be"]
    # The capital of every other country stands for the country itself, which is its own government
    # where the base has no gov: id ('Kinshasa beschuldigt Rwanda' -> gpe:cd; docs/events.md §4). The
    # fact is the capital column of countries.psv; Amsterdam is no seat of government.
    for country in [a for a in actors.values() if a["type"] == "country" and a.get("capital")]:
        cap = actors.get(country["capital"])
        if cap is not None and not cap.get("metonym_for") and country["id"] != "gpe:nl":
            cap["metonym_for"] = [country["id"]]


# --------------------------------------------------------------------------- parties
def build_parties(actors: dict, sources: dict):
    pf_rows = list(csv.DictReader(io.StringIO(git_show(PARTYFACTS, "import/wikipedia/wikidata.csv"))))
    pf = {int(r["partyfacts_id"]): r for r in pf_rows if r["country"] in ("NLD", "BEL")}
    pg_rows = list(csv.DictReader(io.StringIO(git_show(PARLGOV, f"{PARLGOV_DIR}/21__parties__Party.csv"))))
    pg = {int(r["id"]): r for r in pg_rows if r["country"] in ("8", "64")}
    ok = json.loads(git_show(OPENKAMER, "website/fixtures/parliament.json"))
    ok_parties = {x["pk"]: x["fields"] for x in ok if x["model"] == "parliament.politicalparty"}
    ok_map = {}
    sources["partyfacts"] = git_head(PARTYFACTS)
    sources["parlgov"] = git_head(PARLGOV)
    for r in read_jsonl("parties.jsonl"):
        qid, qsrc, srcs = None, None, ["curated"]
        if "pf" in r:
            row = pf[r["pf"]]
            if QID_RE.match(row["wikidata_id"] or ""):
                qid, qsrc = row["wikidata_id"], "partyfacts"
            srcs.append("partyfacts")
        if r.get("okqid"):
            wid = ok_parties[r["ok"][0]]["wikidata_id"]
            if QID_RE.match(wid or ""):
                qid, qsrc = wid, "openkamer"
        for pk in r.get("ok", []):
            ok_map[pk] = r["id"]
            if "openkamer" not in srcs:
                srcs.append("openkamer")
        founded, dissolved = r.get("start"), r.get("end")
        if "pg" in r:
            row = pg[r["pg"]]
            founded = founded or row["foundation_date"] or None
            dissolved = dissolved or row["dissolution_date"] or None
            srcs.append("parlgov")
        former = r.get("former_names", [])
        a = {
            "id": r["id"], "type": "party", "qid": qid, "qid_source": qsrc,
            "names": {"nl": r["nl"], "en": r["en"]},
            "aliases": r.get("aliases", []) + [f["name"] for f in former],
            "country": r["country"], "roles": [], "metonym_for": None,
            "founded": founded, "dissolved": dissolved, "sources": srcs,
        }
        if former:
            a["former_names"] = former
        if "pf" in r:
            a["partyfacts_id"] = r["pf"]
        if "pg" in r:
            a["parlgov_id"] = r["pg"]
        actors[a["id"]] = a
    return ok_map


# --------------------------------------------------------------------------- people
MINISTRY = {
    "algemene zaken": "Algemene Zaken",
    "binnenlandse zaken en koninkrijksrelaties": "Binnenlandse Zaken en Koninkrijksrelaties",
    "buitenlandse zaken": "Buitenlandse Zaken",
    "defensie": "Defensie",
    "economische zaken": "Economische Zaken",
    "financiën": "Financiën",
    "infrastructuur en milieu": "Infrastructuur en Milieu",
    "justitie": "Justitie",
    "landbouw, natuur en voedselkwaliteit": "Landbouw, Natuur en Voedselkwaliteit",
    "onderwijs, cultuur en wetenschap": "Onderwijs, Cultuur en Wetenschap",
    "sociale zaken en werkgelegenheid": "Sociale Zaken en Werkgelegenheid",
    "veiligheid en justitie": "Veiligheid en Justitie",
    "verkeer en waterstaat": "Verkeer en Waterstaat",
    "volksgezondheid, welzijn en sport": "Volksgezondheid, Welzijn en Sport",
    "volkshuisvesting, ruimtelijke ordening en milieubeheer": "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
}
# Rutte III renamed three ministries on 2017-10-26; openkamer keeps the old names.
RUTTE3_RENAME = {
    "Veiligheid en Justitie": "Justitie en Veiligheid",
    "Economische Zaken": "Economische Zaken en Klimaat",
    "Infrastructuur en Milieu": "Infrastructuur en Waterstaat",
}
EXTRA_INFO = {
    "ontwikkelingssamenwerking": "Ontwikkelingssamenwerking",
    "buitenlandse handel en ontwikkelinssamenwerking": "Buitenlandse Handel en Ontwikkelingssamenwerking",
    "buitenlandse handel en ontwikkelingssamenwerking": "Buitenlandse Handel en Ontwikkelingssamenwerking",
    "rechtsbescherming": "Rechtsbescherming",
    "medische zorg": "Medische Zorg",
    "wonen en rijksdienst": "Wonen en Rijksdienst",
    "immigratie, integratie en asiel": "Immigratie, Integratie en Asiel",
    "wonen, wijken en integratie": "Wonen, Wijken en Integratie",
    "programma jeugd en gezin": "Jeugd en Gezin",
}
# openkamer rows without ministry and without extra_info (minister zonder portefeuille)
PORTFOLIO_FIX = {
    ("Q271921", "Kabinet-Balkenende III"): "Vreemdelingenzaken en Integratie",
    ("Q2287217", "Kabinet-Balkenende III"): "Bestuurlijke Vernieuwing en Koninkrijksrelaties",
}
# Rutte III (2017-10-26 .. 2022-01-10): openkamer stops in 2019 and has end=None.
# Ends the curators are sure of, keyed by (qid, role, portfolio-or-None); anything not listed
# gets end_unknown=true.
RUTTE3_END = "2022-01-10"
RUTTE3_ENDS = {
    ("Q57792", "premier", None): RUTTE3_END,
    ("Q2649226", "vicepremier", None): RUTTE3_END,
    ("Q2776715", "vicepremier", None): RUTTE3_END,
    ("Q2625041", "vicepremier", None): RUTTE3_END,
    ("Q2649226", "minister", "Volksgezondheid, Welzijn en Sport"): RUTTE3_END,
    ("Q2776715", "minister", "Binnenlandse Zaken en Koninkrijksrelaties"): RUTTE3_END,
    ("Q2625041", "minister", "Landbouw, Natuur en Voedselkwaliteit"): RUTTE3_END,
    ("Q14520235", "minister", "Financiën"): RUTTE3_END,
    ("Q2195581", "minister", "Justitie en Veiligheid"): RUTTE3_END,
    ("Q2065985", "minister", "Economische Zaken en Klimaat"): "2021-01-15",
    ("Q434816", "minister", "Defensie"): "2021-09-17",
    ("Q510689", "minister", "Onderwijs, Cultuur en Wetenschap"): RUTTE3_END,
    ("Q2464817", "minister", "Infrastructuur en Waterstaat"): "2021-09",
    ("Q2595414", "minister", "Sociale Zaken en Werkgelegenheid"): RUTTE3_END,
    ("Q15077856", "minister", "Buitenlandse Handel en Ontwikkelingssamenwerking"): "2021-05",
    ("Q501714", "minister", "Rechtsbescherming"): RUTTE3_END,
    ("Q2212796", "minister", "Medische Zorg"): "2020-03",
    ("Q658258", "minister", "Onderwijs, Cultuur en Wetenschap"): RUTTE3_END,
    ("Q2125339", "staatssecretaris", "Binnenlandse Zaken en Koninkrijksrelaties"): RUTTE3_END,
    ("Q42299351", "staatssecretaris", "Financiën"): "2019-12",
    ("Q94229", "staatssecretaris", "Economische Zaken en Klimaat"): "2021-09",
    ("Q1397858", "staatssecretaris", "Defensie"): "2021-09",
    ("Q2330840", "staatssecretaris", "Volksgezondheid, Welzijn en Sport"): RUTTE3_END,
    ("Q2609978", "staatssecretaris", "Justitie en Veiligheid"): RUTTE3_END,
    ("Q2858481", "minister", "Buitenlandse Zaken"): "2021-05",
}


def load_openkamer(sources: dict, ok_party_map: dict, actors: dict):
    sources["openkamer"] = git_head(OPENKAMER)
    persons = {x["pk"]: x["fields"] for x in json.loads(git_show(OPENKAMER, "website/fixtures/person.json"))}
    gov = json.loads(git_show(OPENKAMER, "website/fixtures/government.json"))
    parl = json.loads(git_show(OPENKAMER, "website/fixtures/parliament.json"))
    G = {x["pk"]: x["fields"] for x in gov if x["model"] == "government.government"}
    M = {x["pk"]: x["fields"] for x in gov if x["model"] == "government.ministry"}
    P = {x["pk"]: x["fields"] for x in gov if x["model"] == "government.governmentposition"}
    roles = defaultdict(list)
    cabinet_members = set()
    for x in gov:
        if x["model"] != "government.governmentmember":
            continue
        f = x["fields"]
        pos = P[f["position"]]
        cab = G[pos["government"]]
        person = persons[f["person"]]
        qid = person["wikidata_id"]
        ministry = MINISTRY.get(M.get(pos["ministry"], {}).get("name", ""))
        if ministry and cab["name"] == "Kabinet-Rutte III":
            ministry = RUTTE3_RENAME.get(ministry, ministry)
        code = pos["position"]
        portfolio = None
        if code == "PMI":
            name = "premier"
        elif code == "DPM":
            name = "vicepremier"
        elif code == "MIN":
            name = "minister"
            portfolio = ministry or PORTFOLIO_FIX.get((qid, cab["name"]))
            if portfolio == "Algemene Zaken":
                continue  # the premier's own ministry; covered by the premier role
        elif code == "MWP":
            name = "minister"
            portfolio = EXTRA_INFO.get(pos["extra_info"]) or PORTFOLIO_FIX.get((qid, cab["name"])) or ministry
        elif code == "SOS":
            name = "staatssecretaris"
            portfolio = ministry
        else:  # pragma: no cover
            continue
        start, end = f["start_date"], f["end_date"]
        if end and start and start > end:
            start = cab["date_formed"]  # openkamer data error (e.g. Mansveld); fall back to cabinet start
        r = role(name, "gpe:nl", start, end, portfolio)
        if end is None:
            fixed = RUTTE3_ENDS.get((qid, name, portfolio))
            if fixed:
                r["end"] = fixed
            else:
                r.update(end_unknown=True, known_until=OPENKAMER_AS_OF)
        roles[f["person"]].append(r)
        cabinet_members.add(f["person"])
        if name in ("premier", "minister"):
            cabinet_members.add(("minister", f["person"]))
    # Tweede Kamer memberships and party memberships
    tk = defaultdict(list)
    for x in parl:
        if x["model"] == "parliament.parliamentmember":
            f = x["fields"]
            tk[f["person"]].append((f["joined"], f["left"]))
    parties = defaultdict(list)
    for x in parl:
        if x["model"] == "parliament.partymember":
            f = x["fields"]
            pid = ok_party_map.get(f["party"])
            if pid:
                parties[f["person"]].append({"of": pid, "start": f["joined"], "end": f["left"]})
    people = {}
    for pk, person in persons.items():
        recent_tk = any(left is None or left >= "2002-01-01" for _, left in tk.get(pk, []))
        if not (recent_tk or pk in cabinet_members):
            continue
        if not person["forename"].strip() or not person["surname"].strip():
            continue  # incomplete duplicate rows in the fixtures
        full = " ".join(x for x in (person["forename"], person["surname_prefix"], person["surname"]) if x)
        rs = list(roles.get(pk, []))
        for joined, left in tk.get(pk, []):
            r = role("lid", "gov:nl-tweede-kamer", joined, left)
            if left is None:
                r.update(end_unknown=True, known_until=OPENKAMER_AS_OF)
            rs.append(r)
        aliases = []
        if ("minister", pk) in cabinet_members:
            aliases.append(surname_alias(person["surname_prefix"], person["surname"]))
        qid = person["wikidata_id"] if QID_RE.match(person["wikidata_id"] or "") else None
        pid = f"per:{person['slug']}"
        people[pid] = {
            "id": pid, "type": "person", "qid": qid, "qid_source": "openkamer" if qid else None,
            "names": {"nl": [full], "en": [full]}, "aliases": aliases, "country": "NL",
            "roles": rs, "party": parties.get(pk, []), "metonym_for": None,
            "birthdate": person["birthdate"], "sources": ["openkamer"],
        }
    # drop QIDs that openkamer gives to more than one kept person
    by_qid = defaultdict(list)
    for p in people.values():
        if p["qid"]:
            by_qid[p["qid"]].append(p)
    for ps in by_qid.values():
        if len(ps) > 1:
            for p in ps:
                p["qid"], p["qid_source"] = None, None
    actors.update(people)


def build_people(actors: dict, sources: dict, ok_party_map: dict):
    load_openkamer(sources, ok_party_map, actors)
    by_qid = {a["qid"]: a for a in actors.values() if a["type"] == "person" and a["qid"]}
    for fname in ("people_nl_be.jsonl", "people_world.jsonl", "people_cabinets_nl_be.jsonl",
                  "people_office_holders.jsonl", "people_world_leaders.jsonl",
                  "people_world_officials.jsonl", "people_public_offices.jsonl"):
        for r in read_jsonl(fname):
            roles = [role(*x) for x in r.get("roles", [])]
            party = [{"of": p[0], "start": p[1], "end": p[2]} for p in r.get("party", [])]
            if "id" not in r:  # addition to an openkamer person (by QID) or to a person curated above (add_to)
                a = actors[r["add_to"]] if "add_to" in r else by_qid[r["qid"]]
                a["names"]["nl"] = uniq(r.get("nl", []) + a["names"]["nl"])
                a["names"]["en"] = uniq(r.get("en", []) + a["names"]["en"])
                a["aliases"] = uniq(a["aliases"] + r.get("aliases", []))
                a["roles"] += roles
                a["party"] += party
                if "curated" not in a["sources"]:
                    a["sources"].append("curated")
                continue
            a = {
                "id": r["id"], "type": "person", "qid": r.get("qid"),
                "qid_source": "curated" if r.get("qid") else None,
                "names": {"nl": r["nl"], "en": r.get("en", r["nl"])},
                "aliases": r.get("aliases", []), "country": r.get("country"),
                "roles": roles, "party": party, "metonym_for": None, "sources": ["curated"],
            }
            if fname == "people_office_holders.jsonl":
                a["needs_source_qid"] = True  # kept only when a source dataset gives the QID
            if a["id"] in actors:
                raise SystemExit(f"duplicate id {a['id']}")
            actors[a["id"]] = a
    for a in actors.values():
        if a["type"] == "person":
            a["roles"] = merge_roles(a["roles"])
            a["party"] = collapse_party(a["party"])


def add_spellings(actors: dict):
    """Other spellings of known actors' names (curated/spellings.jsonl), people and bodies alike."""
    for r in read_jsonl("spellings.jsonl"):
        a = actors[r["add_to"]]
        a["aliases"] = uniq(a["aliases"] + r["aliases"])
        if "curated" not in a["sources"]:
            a["sources"].append("curated")


def collapse_party(entries: list[dict]) -> list[dict]:
    """One entry per party: an undated membership absorbs the dated ones of the same party."""
    out, by_party = [], defaultdict(list)
    for p in entries:
        by_party[p["of"]].append(p)
    for pid, ps in by_party.items():
        if any(p["start"] is None and p["end"] is None for p in ps):
            out.append({"of": pid, "start": None, "end": None})
            continue
        starts = [p["start"] for p in ps]
        ends = [p["end"] for p in ps]
        out.append({
            "of": pid,
            "start": None if None in starts else min(starts, key=pad),
            "end": None if None in ends else max(ends, key=lambda d: pad(d, end=True)),
        })
    return sorted(out, key=lambda p: pad(p["start"]))


def person_sources(sources: dict) -> list:
    sources["everypolitician"] = git_head(EVERYPOLITICIAN)
    sources["congress-legislators"] = git_head(CONGRESS)
    return [load_everypolitician(EVERYPOLITICIAN), load_congress(CONGRESS)]


def add_person_facts(actors: dict, sources: dict, datasets: list):
    """QIDs and gender from the datasets; office holders no dataset confirms are left out."""
    counts = match_people(actors, datasets)
    for actor_id in [i for i, a in actors.items() if a.pop("needs_source_qid", False) and not a["qid"]]:
        print(f"office holder {actor_id}: no source gives a QID; left out", file=sys.stderr)
        del actors[actor_id]
        counts["office holders left out"] = counts.get("office holders left out", 0) + 1
    print("; ".join(f"{k}: {v}" for k, v in sorted(counts.items())), file=sys.stderr)


# --------------------------------------------------------------------------- output
FIELD_ORDER = [
    "id", "type", "label", "qid", "qid_source", "names", "aliases", "country", "roles", "party",
    "adjectives", "demonyms", "metonym_for", "capital", "capital_of", "members", "founded",
    "dissolved", "former_names", "partyfacts_id", "parlgov_id", "birthdate", "gender", "gender_source", "seats",
    "sources",
]
FILES = {
    "countries.jsonl": ("country", "territory", "city"),
    "international_orgs.jsonl": ("international_org",),
    "institutions.jsonl": ("institution",),
    "parties.jsonl": ("party",),
    "people.jsonl": ("person",),
    "media.jsonl": ("media", "agency"),
    "places.jsonl": ("place",),
    "organisations.jsonl": ("company", "team", "group"),
}


def finalize(a: dict) -> dict:
    a["label"] = LABELS[a["type"]]
    forms = {x.casefold() for x in a["names"]["nl"] + a["names"]["en"]}
    a["aliases"] = [x for x in uniq(a["aliases"]) if x.casefold() not in forms]
    a["names"] = {"nl": uniq(a["names"]["nl"]), "en": uniq(a["names"]["en"])}
    a["sources"] = uniq(a.get("sources", []))
    out = {k: a[k] for k in FIELD_ORDER if k in a}
    extra = set(a) - set(out)
    if extra:  # pragma: no cover
        raise SystemExit(f"{a['id']}: unknown fields {sorted(extra)}")
    return out


def build() -> dict[str, str]:
    actors: dict[str, dict] = {}
    sources: dict[str, str] = {}
    gov_countries = build_places(actors, sources)
    build_orgs(actors, gov_countries)
    ok_party_map = build_parties(actors, sources)
    build_people(actors, sources, ok_party_map)
    add_spellings(actors)
    add_person_facts(actors, sources, person_sources(sources))
    files = {}
    for fname, types in FILES.items():
        rows = sorted((finalize(a) for a in actors.values() if a["type"] in types), key=lambda a: a["id"])
        files[fname] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    files["build/SOURCES.json"] = json.dumps(sources, indent=2, sort_keys=True) + "\n"
    return files


def main(argv: list[str]) -> int:
    files = build()
    if "--check" in argv:
        bad = [f for f, text in files.items() if not (OUT / f).exists() or (OUT / f).read_text("utf-8") != text]
        for f in bad:
            print(f"differs: {f}")
        return 1 if bad else 0
    for f, text in files.items():
        (OUT / f).write_text(text, encoding="utf-8")
        print(f"{f}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
