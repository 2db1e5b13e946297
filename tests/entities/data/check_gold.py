"""Sanity checks for the hand-written entity-linking gold in gold_links.jsonl.

Run:  .venv/bin/python tests/entities/data/check_gold.py [path/to/gold_links.jsonl]
      [--texts] [EXTRACTED.jsonl ...]

(A file whose first line has a "text" key is taken as extracted texts, any other as the gold;
without a gold argument the gold_links.jsonl beside this script is checked.)

Shape checks (always): keys of every line and mention, publication date format, unique urls,
labels (PER/ORG/LOC/MISC), kinds (name/role/metonym), entity ids (a KB id present in
data/actors/*.jsonl, or local:<per|org|loc|misc>:<slug>), local ids agreeing with their label,
`name` mentions of KB actors carrying the actor's label, roles pointing at persons, metonyms going
through a KB place/building whose `metonym_for` names the entity.

Given --texts (output of `nieuwsgraaf extract ... --jsonl --model none`, for the dev corpus and the
seeds), it also checks that every mention string occurs at least `occurrence` times (case-sensitive,
overlapping) in its article's cleaned text, that mentions are in text order and do not overlap.

Prints counts per kind and label, KB vs local ids, and (as information, not errors) `name`
mentions whose surface form is not a name or alias of the linked KB actor. Exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from devdocs import read_documents  # noqa: E402  (bench/: the evaluations' shared helpers)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ACTORS = ROOT / "data" / "actors"

LABELS = {"PER", "ORG", "LOC", "MISC"}
KINDS = {"name", "role", "metonym", "compound"}
LOCAL = re.compile(r"^local:(per|org|loc|misc):[a-z0-9]+(-[a-z0-9]+)*$")
LOCAL_LABEL = {"per": "PER", "org": "ORG", "loc": "LOC", "misc": "MISC"}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
LINE_KEYS = {"url", "published", "mentions"}
MENTION_KEYS = {"text", "occurrence", "label", "entity", "kind"}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = " ".join(text.replace("’", "'").split())
    for article in ("de ", "het ", "the "):
        if text.startswith(article):
            text = text[len(article):]
    return text


def load_kb() -> dict[str, dict]:
    kb = {}
    for path in sorted(ACTORS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                kb[record["id"]] = record
    return kb


def surface_forms(record: dict) -> set[str]:
    names = record["names"].get("nl", []) + record["names"].get("en", []) + record.get("aliases", [])
    return {norm(n) for n in names}


def main(path: Path, texts: dict[str, str]) -> int:
    kb = load_kb()
    forms = {i: surface_forms(r) for i, r in kb.items()}
    problems = 0
    kinds: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    kind_label: Counter[tuple[str, str]] = Counter()
    kb_links = local_links = 0
    kb_entities: set[str] = set()
    local_entities: set[str] = set()
    alias_gaps: Counter[tuple[str, str]] = Counter()
    local_labels: dict[str, set[str]] = defaultdict(set)
    seen_urls: set[str] = set()

    def fail(where: str, message: str) -> None:
        nonlocal problems
        print(f"{where}: {message}")
        problems += 1

    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        where = f"{path.name} line {number}"
        doc = json.loads(line)
        if set(doc) != LINE_KEYS:
            fail(where, f"keys must be {sorted(LINE_KEYS)}")
            continue
        url = doc["url"]
        if not isinstance(url, str) or not url:
            fail(where, "url missing")
            continue
        if url in seen_urls:
            fail(where, f"duplicate url {url}")
        seen_urls.add(url)
        if doc["published"] is not None and not DATE.match(str(doc["published"])):
            fail(where, f"bad published {doc['published']!r}")
        text = texts.get(url)
        if texts and text is None:
            fail(where, f"no cleaned text for {url}")
        last_end = -1
        last_start = -1
        for mention in doc["mentions"]:
            what = f"{where} {mention.get('text')!r}#{mention.get('occurrence')}"
            if set(mention) != MENTION_KEYS:
                fail(what, f"mention keys must be {sorted(MENTION_KEYS)}")
                continue
            surface, occurrence = mention["text"], mention["occurrence"]
            label, entity, kind = mention["label"], mention["entity"], mention["kind"]
            if not isinstance(surface, str) or not surface or surface != surface.strip():
                fail(what, "empty text or stray whitespace")
            if not isinstance(occurrence, int) or occurrence < 1:
                fail(what, "occurrence must be a positive integer")
                continue
            if label not in LABELS:
                fail(what, f"bad label {label!r}")
            if kind not in KINDS:
                fail(what, f"bad kind {kind!r}")
            kinds[kind] += 1
            labels[label] += 1
            kind_label[(kind, label)] += 1
            # The entity: a KB id or a well-formed local id.
            local = LOCAL.match(entity)
            if entity in kb:
                kb_links += 1
                kb_entities.add(entity)
            elif local:
                local_links += 1
                local_entities.add(entity)
                local_labels[entity].add(label)
                if kind == "name" and LOCAL_LABEL[local.group(1)] != label:
                    fail(what, f"{entity} is a {local.group(1)} id but the label is {label}")
                # A local id must not shadow an actor the KB does have.
                for prefix in ("per:", "org:", "loc:", "gpe:", "gov:", "media:", "party:"):
                    if prefix + entity.split(":", 2)[2] in kb:
                        fail(what, f"{entity} looks like KB id {prefix + entity.split(':', 2)[2]}")
            else:
                fail(what, f"unknown entity {entity!r}")
            if kind == "role" and not (entity.startswith("per:") or entity.startswith("local:per:")):
                fail(what, "role mentions must denote a person")
            if kind == "role" and label != "PER":
                fail(what, "role mentions are labelled PER")
            if kind == "name" and entity in kb and kb[entity]["label"] != label:
                fail(what, f"{entity} has label {kb[entity]['label']} in the KB, mention has {label}")
            if kind == "name" and entity in kb and norm(surface) not in forms[entity]:
                alias_gaps[(surface, entity)] += 1
            if kind == "metonym":
                key = norm(surface)
                vias = [
                    i for i, r in kb.items()
                    if key in forms[i] and entity in (
                        [r["metonym_for"]] if isinstance(r.get("metonym_for"), str)
                        else (r.get("metonym_for") or [])
                    )
                ]
                if not vias:
                    fail(what, f"no KB place/building named {surface!r} has metonym_for {entity}")
            if text is None:
                continue
            starts = [i for i in range(len(text)) if text.startswith(surface, i)]
            if len(starts) < occurrence:
                fail(what, f"occurs only {len(starts)} times in the text")
                continue
            start = starts[occurrence - 1]
            if start <= last_start:
                fail(what, "out of text order")
            elif start < last_end:
                fail(what, "overlaps the previous mention")
            last_start, last_end = start, start + len(surface)

    for entity, used in sorted(local_labels.items()):
        if len(used) > 1:
            fail(path.name, f"{entity} used with several labels {sorted(used)}")

    total = sum(kinds.values())
    checked = "against the texts" if texts else "shape only"
    print(f"{path.name}: {len(lines)} articles, {total} mentions ({checked})")
    print("  per kind:  " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("  per label: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    print("  kind x label: " + ", ".join(f"{k}/{lab} {v}" for (k, lab), v in sorted(kind_label.items())))
    print(f"  KB ids: {kb_links} mentions of {len(kb_entities)} actors; "
          f"local ids: {local_links} mentions of {len(local_entities)} entities")
    if alias_gaps:
        print("  info: name mentions whose surface form is not a KB name/alias of the linked actor:")
        for (surface, entity), count in sorted(alias_gaps.items()):
            print(f"    {surface!r} -> {entity} ({count}x)")
    print(f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--texts"]
    # A file whose first line has a "text" key is extracted text; any other file is the gold.
    gold = HERE / "gold_links.jsonl"
    text_files: list[str] = []
    for arg in args:
        first = Path(arg).read_text(encoding="utf-8").split("\n", 1)[0]
        if "text" in json.loads(first):
            text_files.append(arg)
        else:
            gold = Path(arg)
    sys.exit(main(gold, {key: d["text"] for key, d in read_documents(text_files).items()}))
