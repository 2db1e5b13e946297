#!/usr/bin/env python3
"""Validate the gold political events (dev_events.jsonl) against the cleaned articles and the actor KB.

Usage:
    python tests/events/data/check_gold.py DOCS.jsonl [SEEDS.jsonl ...] [--gold PATH] [--actors DIR]

DOCS/SEEDS are the outputs of `nieuwsgraaf extract ... --jsonl --model none` (one document per line).
Only the fields url, published, text and meta.origin of those documents are read. An article is matched
by its `url`; documents without url (the seeds) as `seed:<file name of meta.origin>`.

Checks (every failure is printed; exit status 1 if there is any):
  * each line has exactly url, published (null or YYYY[-MM[-DD]]) and events (a list, possibly empty);
    urls unique; every url is one of the given documents; `published` equals the document's date;
  * each event has exactly the keys of docs/events.md section 8; type is one of the 16 PLOVER types;
    mode is null or one of that type's modes; modality is in the closed set; negated and in_quote are
    booleans; trigger_occurrence is an int >= 1;
  * source, target and location are null, an id of data/actors/*.jsonl, or a well-formed local id
    ^local:(per|org|other):[a-z0-9]+(-[a-z0-9]+)*$; source_text/target_text are null or occur in the
    sentence, and are null when their id is null;
  * the sentence is located without copying it: sentence_prefix (its first 40 characters, all of it when
    shorter) occurs at least sentence_occurrence times in the cleaned text (every start position
    counts) and the sentence_length characters from that occurrence on lie inside the text; the
    prefix is exactly the first min(40, sentence_length) characters; the located sentence has no
    leading or trailing whitespace and starts and ends at a boundary (text start, whitespace or a
    quotation mark (`,,` too) before it; text end, whitespace or a quotation mark after);
    trigger occurs at least trigger_occurrence times in the sentence; the same trigger occurrence is
    not annotated twice (when a sentence is printed twice in an article, sentence_occurrence tells
    the copies apart);
  * date is null or {value, precision, basis} with value YYYY[-MM[-DD]], precision matching the value
    (year/month/day) and basis clause/narrative/publication;
  * events are in text order (by the offset of the trigger).
"""
import argparse
import collections
import glob
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "dev_events.jsonl"
DEFAULT_ACTORS = HERE.parents[2] / "data" / "actors"

MODES = {
    "AGREE": [],
    "CONSULT": ["visit", "host", "meet", "phone", "multilateral", "third-party"],
    "SUPPORT": [],
    "CONCEDE": [],
    "COOPERATE": [],
    "AID": [],
    "RETREAT": ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
    "REQUEST": ["assist", "change", "yield", "meet"],
    "ACCUSE": ["disapprove", "investigate", "allege"],
    "REJECT": ["assist", "change", "yield", "meet"],
    "THREATEN": ["restrict", "arrest", "relations", "expel", "territory", "violence"],
    "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
    "PROTEST": ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
    "MOBILIZE": ["troops", "weapons", "police", "militia"],
    "COERCE": ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"],
    "ASSAULT": ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"],
}
MODALITIES = ["asserted", "future", "hypothetical", "possible", "reported", "denied"]
BASES = {"clause", "narrative", "publication"}
PRECISION = {4: "year", 7: "month", 10: "day"}
LOCAL_RE = re.compile(r"^local:(per|org|other):[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
MARKS = set('"\'“”„‟«»‘’‚‹›')
KEYS = {"sentence_prefix", "sentence_occurrence", "sentence_length", "trigger", "trigger_occurrence", "type",
        "mode", "source", "source_text", "target", "target_text", "location", "negated", "modality", "date",
        "in_quote"}
PREFIX_CHARS = 40  # sentence_prefix: the sentence's first 40 characters (all of it when shorter)


def load_actor_ids(actors_dir):
    ids = set()
    for path in glob.glob(os.path.join(actors_dir, "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    ids.add(json.loads(line)["id"])
    return ids


def read_documents(paths):
    """{key: (published value, text)} keyed by url or 'seed:<file name>'."""
    docs = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                key = d.get("url")
                if not key:
                    origin = (d.get("meta") or {}).get("origin")
                    key = f"seed:{Path(origin).name}" if origin else None
                if key:
                    pub = d.get("published")
                    docs[key] = (pub.get("value") if isinstance(pub, dict) else pub, d.get("text") or "")
    return docs


def nth(text, sub, n):
    pos = -1
    for _ in range(n):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate_sentence(text, event):
    """(start, end) of the event's sentence in the cleaned text: from the start of the
    sentence_occurrence-th match of sentence_prefix (every start position counts), sentence_length
    characters on; None when the prefix does not occur that often or the sentence would run past the end."""
    start = nth(text, event["sentence_prefix"], event["sentence_occurrence"])
    end = start + event["sentence_length"]
    if start < 0 or end > len(text):
        return None
    return start, end


def on_boundaries(text, start, end):
    """Whether text[start:end] is not cut mid-word: text start, whitespace or a quotation mark (`,,` too)
    before it; text end, whitespace or a quotation mark after it."""
    before_ok = (start == 0 or text[start - 1].isspace() or text[start - 1] in MARKS
                 or text[start - 2:start] == ",,")
    after_ok = end == len(text) or text[end].isspace() or text[end] in MARKS
    return before_ok and after_ok


def check_locator(ev):
    """The problem with the sentence_prefix/sentence_occurrence/sentence_length of an event, or None."""
    prefix, occ, length = ev["sentence_prefix"], ev["sentence_occurrence"], ev["sentence_length"]
    if not isinstance(prefix, str) or not prefix.strip() or prefix != prefix.lstrip():
        return "sentence_prefix empty or with leading whitespace"
    for key, value in (("sentence_occurrence", occ), ("sentence_length", length)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            return f"{key} must be an int >= 1"
    if len(prefix) != min(PREFIX_CHARS, length):
        return (f"sentence_prefix has {len(prefix)} characters, should be the first {min(PREFIX_CHARS, length)} "
                f"of the {length}-character sentence")
    return None


def check_id(value, actor_ids, where, field, errors):
    if value is None:
        return "null"
    if not isinstance(value, str):
        errors.append(f"{where}: {field} is not a string: {value!r}")
        return "bad"
    if value in actor_ids:
        return "kb"
    if LOCAL_RE.match(value):
        return "local"
    errors.append(f"{where}: {field} {value!r} is neither a KB id nor a well-formed local id")
    return "bad"


def check_date(date, where, errors):
    if date is None:
        return
    if not isinstance(date, dict) or set(date) != {"value", "precision", "basis"}:
        errors.append(f"{where}: date must be null or {{value, precision, basis}}: {date!r}")
        return
    value = date["value"]
    if not isinstance(value, str) or not DATE_RE.match(value):
        errors.append(f"{where}: date value {value!r} is not YYYY[-MM[-DD]]")
        return
    if date["precision"] != PRECISION[len(value)]:
        errors.append(f"{where}: date precision {date['precision']!r} does not match {value!r}")
    if date["basis"] not in BASES:
        errors.append(f"{where}: date basis {date['basis']!r} not in {sorted(BASES)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", nargs="+")
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--actors", default=str(DEFAULT_ACTORS))
    args = ap.parse_args()

    actor_ids = load_actor_ids(args.actors)
    docs = read_documents(args.docs)
    errors = []
    seen_urls = set()
    n_articles = n_empty = 0
    per_type = collections.Counter()
    per_modality = collections.Counter()
    per_mode = collections.Counter()
    id_kinds = collections.Counter()
    flags = collections.Counter()

    with open(args.gold, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    for lineno, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: not JSON: {exc}")
            continue
        if set(rec) != {"url", "published", "events"}:
            errors.append(f"line {lineno}: keys must be url, published, events: {sorted(rec)}")
            continue
        url = rec["url"]
        if url in seen_urls:
            errors.append(f"line {lineno}: duplicate url {url}")
        seen_urls.add(url)
        if url not in docs:
            errors.append(f"line {lineno}: article not found in the documents: {url}")
            continue
        published, text = docs[url]
        if rec["published"] is not None and (not isinstance(rec["published"], str)
                                             or not DATE_RE.match(rec["published"])):
            errors.append(f"line {lineno}: published {rec['published']!r} is not null or YYYY[-MM[-DD]]")
        if rec["published"] != published:
            errors.append(f"line {lineno}: published {rec['published']!r} != document's {published!r}")
        events = rec["events"]
        if not isinstance(events, list):
            errors.append(f"line {lineno}: events is not a list")
            continue
        n_articles += 1
        if not events:
            n_empty += 1
        last_offset = -1
        seen_triggers = set()
        for i, ev in enumerate(events, 1):
            where = f"line {lineno} ({url[:60]}) event {i}"
            if not isinstance(ev, dict) or set(ev) != KEYS:
                missing = KEYS - set(ev) if isinstance(ev, dict) else KEYS
                extra = set(ev) - KEYS if isinstance(ev, dict) else set()
                errors.append(f"{where}: wrong keys (missing {sorted(missing)}, extra {sorted(extra)})")
                continue
            typ, mode = ev["type"], ev["mode"]
            if typ not in MODES:
                errors.append(f"{where}: unknown type {typ!r}")
            elif mode is not None and mode not in MODES[typ]:
                errors.append(f"{where}: mode {mode!r} not allowed for {typ} (allowed: {MODES[typ] or 'none'})")
            if ev["modality"] not in MODALITIES:
                errors.append(f"{where}: modality {ev['modality']!r} not in {MODALITIES}")
            for key in ("negated", "in_quote"):
                if not isinstance(ev[key], bool):
                    errors.append(f"{where}: {key} must be a boolean")
            occ = ev["trigger_occurrence"]
            if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
                errors.append(f"{where}: trigger_occurrence must be an int >= 1")
                continue
            trig = ev["trigger"]
            problem = check_locator(ev)
            if problem:
                errors.append(f"{where}: {problem}")
                continue
            if not isinstance(trig, str) or not trig.strip() or trig != trig.strip():
                errors.append(f"{where}: trigger empty or with leading/trailing whitespace")
                continue
            located = locate_sentence(text, ev)
            if located is None:
                errors.append(f"{where}: sentence not found in the cleaned text (prefix {ev['sentence_prefix']!r}, "
                              f"occurrence {ev['sentence_occurrence']}, length {ev['sentence_length']})")
                continue
            s_off, s_end = located
            sent = text[s_off:s_end]
            if sent != sent.strip():
                errors.append(f"{where}: the located sentence has leading/trailing whitespace: {sent[:80]!r}")
            if not on_boundaries(text, s_off, s_end):
                errors.append(f"{where}: the located sentence is not a whole sentence (cut mid-word): {sent[:80]!r}")
            t_off = nth(sent, trig, occ)
            if t_off < 0:
                errors.append(f"{where}: trigger {trig!r} does not occur {occ} time(s) in the sentence")
                continue
            key = (s_off, t_off, trig)
            if key in seen_triggers:
                errors.append(f"{where}: trigger {trig!r} (occurrence {occ}) annotated twice")
            seen_triggers.add(key)
            offset = s_off + t_off
            if offset < last_offset:
                errors.append(f"{where}: not in text order (trigger {trig!r})")
            last_offset = max(last_offset, offset)
            for field in ("source", "target", "location"):
                id_kinds[(field, check_id(ev[field], actor_ids, where, field, errors))] += 1
            for field in ("source", "target"):
                words = ev[f"{field}_text"]
                if words is None:
                    continue
                if not isinstance(words, str) or not words.strip():
                    errors.append(f"{where}: {field}_text must be null or a non-empty string")
                elif words not in sent:
                    errors.append(f"{where}: {field}_text {words!r} not in the sentence")
                if ev[field] is None:
                    errors.append(f"{where}: {field}_text given but {field} is null")
            check_date(ev["date"], where, errors)
            per_type[typ] += 1
            per_mode[(typ, mode)] += 1
            per_modality[ev["modality"]] += 1
            flags["negated"] += ev["negated"] is True
            flags["in_quote"] += ev["in_quote"] is True
            flags["dated"] += ev["date"] is not None

    total = sum(per_type.values())
    print(f"{args.gold}: {n_articles} articles ({n_empty} with no event), {total} events")
    print("per type:   " + ", ".join(f"{t} {per_type[t]}" for t in MODES))
    print("modality:   " + ", ".join(f"{m} {per_modality[m]}" for m in MODALITIES))
    print(f"flags:      negated {flags['negated']}, in_quote {flags['in_quote']}, dated {flags['dated']}")
    for field in ("source", "target", "location"):
        print(f"{field + ':':11} " + ", ".join(f"{k} {id_kinds[(field, k)]}" for k in ("kb", "local", "null")))
    print(f"{len(errors)} error(s)")
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
