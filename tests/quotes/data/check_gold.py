#!/usr/bin/env python3
"""Validate gold_quotes.jsonl against the cleaned articles and the actor knowledge base.

Usage:
    python tests/quotes/data/check_gold.py DOCS.jsonl [SEEDS.jsonl ...] [--gold PATH] [--actors DIR]

DOCS/SEEDS are the outputs of `nieuwsgraaf extract ... --jsonl --model none` (one document per line).
An article is matched by its `url`; documents without url (the seeds) are matched as
`seed:<file name of meta.origin>`.

Checks (every failure is printed; exit status 1 if there is any):
  * each gold line has url, published (null or YYYY[-MM[-DD]]) and a non-empty quotes list; urls unique;
    every gold url is present in the given documents; `published` equals the document's date;
  * each quote has exactly the keys text, occurrence, kind, speaker, speaker_text, cue, addressee
    (+ optional affiliation); kind is direct/indirect; occurrence is an int >= 1;
  * speaker, addressee and affiliation are null, an id of data/actors/*.jsonl, or match
    ^local:(per|org|loc|misc|other):[a-z0-9-]+$ (affiliation must not be null when present);
  * text is non-empty, has no leading/trailing whitespace, and occurs at least `occurrence` times in the
    article's cleaned text (occurrences counted at every start position);
  * indirect quotes do not end in a full stop;
  * direct quotes: the character before the occurrence is a quotation mark (",, and '' count) and the
    character after it is one; or the quote sits inside a pair of marks in its paragraph with only
    whitespace/punctuation between each mark and the quote;
  * speaker_text (when not null) occurs in the article; every word of cue (when not null) occurs in it;
  * quotes are listed in text order (start offsets non-decreasing);
  * said (when the quote was said) is null or {value, precision, basis}: value YYYY-MM-DD (day),
    YYYY-Www (ISO week), YYYY-MM (month) or YYYY (year), precision matching the value's form, basis one of
    clause/narrative/publication/document; the period must not start after the article's `published`;
    basis `publication` carries exactly the `published` value; null only when `published` is null.
"""
import argparse
import datetime
import glob
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from devdocs import read_documents  # noqa: E402  (bench/: the evaluations' shared helpers)

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "gold_quotes.jsonl"
DEFAULT_ACTORS = HERE.parents[2] / "data" / "actors"

LOCAL_RE = re.compile(r"^local:(per|org|loc|misc|other):[a-z0-9-]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MARKS = set('"\'“”„‟«»‘’‚‹›')
KEYS = {"text", "occurrence", "kind", "speaker", "speaker_text", "cue", "addressee", "said"}
OPTIONAL = {"affiliation"}
SAID_KEYS = {"value", "precision", "basis"}
SAID_BASES = {"clause", "narrative", "publication", "document"}
# TIMEX3-style calendar values and the precision each form stands for
SAID_FORMS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})$"), "week"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
)


def load_actor_ids(actors_dir):
    ids = set()
    for path in glob.glob(os.path.join(actors_dir, "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    ids.add(json.loads(line)["id"])
    return ids


def nth_occurrence(text, sub, n):
    """Start offset of the n-th (1-based) occurrence of sub in text, counting every start position."""
    pos = -1
    for _ in range(n):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def mark_before(t, start):
    if start <= 0:
        return False
    if t[start - 1] in MARKS:
        return True
    return t[start - 2:start] == ",,"


def mark_after(t, end):
    return end < len(t) and t[end] in MARKS


def paragraph_bounds(t, start, end):
    lo = t.rfind("\n", 0, start) + 1
    hi = t.find("\n", end)
    return lo, (len(t) if hi < 0 else hi)


def inside_marks(t, start, end):
    """The quote is delimited by marks in its paragraph, with at most whitespace/punctuation between
    the opening mark and the quote and between the quote and the closing mark."""
    lo, hi = paragraph_bounds(t, start, end)
    left = t[lo:start]
    right = t[end:hi]
    i = len(left)
    while i > 0 and not left[i - 1].isalnum() and left[i - 1] not in MARKS and not left[:i].endswith(",,"):
        i -= 1
    opened = i > 0 and (left[i - 1] in MARKS or left[:i].endswith(",,"))
    j = 0
    while j < len(right) and not right[j].isalnum() and right[j] not in MARKS:
        j += 1
    closed = j < len(right) and right[j] in MARKS
    return opened and closed


def calendar_period(value):
    """(precision, first day, last day) of a TIMEX3-style calendar value, or None if it is not one."""
    for form, precision in SAID_FORMS:
        m = form.match(value)
        if not m:
            continue
        parts = [int(g) for g in m.groups()]
        try:
            if precision == "day":
                first = last = datetime.date(*parts)
            elif precision == "week":
                first = datetime.date.fromisocalendar(parts[0], parts[1], 1)
                last = first + datetime.timedelta(days=6)
            elif precision == "month":
                first = datetime.date(parts[0], parts[1], 1)
                following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
                last = following - datetime.timedelta(days=1)
            else:
                first, last = datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
        except ValueError:  # month 13, 31 April, week 54 ...
            return None
        return precision, first, last
    return None


def said_errors(said, published):
    """What is wrong with a quote's `said` given its article's `published` (a list, empty if nothing)."""
    if said is None:
        return [] if published is None else [f"said is null although the article is dated {published!r}"]
    if not isinstance(said, dict) or set(said) != SAID_KEYS:
        return [f"said must be null or {{value, precision, basis}}: {said!r}"]
    value, basis = said["value"], said["basis"]
    period = calendar_period(value) if isinstance(value, str) else None
    if period is None:
        return [f"said value {value!r} is not YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY"]
    errors = []
    if said["precision"] != period[0]:
        errors.append(f"said precision {said['precision']!r} does not match {value!r} ({period[0]})")
    if not isinstance(basis, str) or basis not in SAID_BASES:
        errors.append(f"said basis {basis!r} not in {sorted(SAID_BASES)}")
    published_period = calendar_period(published) if isinstance(published, str) else None
    if basis == "publication" and value != published:
        errors.append(f"said basis publication but value {value!r} is not the published date {published!r}")
    if published_period is not None and period[1] > published_period[2]:
        errors.append(f"said {value!r} is after the publication date {published!r}")
    return errors


def said_label(said):
    """'basis/precision' of a well-formed `said`, 'null' for null (for the summary line)."""
    if not isinstance(said, dict):
        return "null"
    return f"{said.get('basis')}/{said.get('precision')}"


def check_id(value, actor_ids, what, allow_null=True):
    if value is None:
        return None if allow_null else f"{what} is null"
    if not isinstance(value, str):
        return f"{what} is not a string: {value!r}"
    if value in actor_ids or LOCAL_RE.match(value):
        return None
    return f"{what} {value!r} is neither a KB id nor a local id"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", nargs="+", help="extracted documents (jsonl)")
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--actors", default=str(DEFAULT_ACTORS))
    args = ap.parse_args(argv)

    actor_ids = load_actor_ids(args.actors)
    if not actor_ids:
        print(f"no actors found in {args.actors}", file=sys.stderr)
        return 2
    docs = read_documents(args.docs)
    errors = []
    seen = set()
    n_articles = n_quotes = 0
    counts = {"direct": 0, "indirect": 0}
    said_counts = Counter()

    with open(args.gold, encoding="utf-8") as f:
        lines = [(i, row) for i, row in enumerate(f, 1) if row.strip()]

    for lineno, line in lines:
        where = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        url = rec.get("url")
        where = f"line {lineno} ({url})"
        if set(rec) != {"url", "published", "quotes"}:
            errors.append(f"{where}: keys must be url, published, quotes; got {sorted(rec)}")
        if url in seen:
            errors.append(f"{where}: duplicate url")
        seen.add(url)
        pub = rec.get("published")
        if pub is not None and not (isinstance(pub, str) and DATE_RE.match(pub)):
            errors.append(f"{where}: bad published {pub!r}")
        doc = docs.get(url)
        if doc is None:
            errors.append(f"{where}: article not found in the given documents")
            continue
        dpub = (doc.get("published") or {}).get("value")
        if pub != dpub:
            errors.append(f"{where}: published {pub!r} differs from the document's {dpub!r}")
        t = doc["text"]
        quotes = rec.get("quotes")
        if not isinstance(quotes, list):
            errors.append(f"{where}: quotes must be a list")
            continue
        # an empty list: an article read in full that holds no quote (the blind set has two)
        n_articles += 1
        prev_start = -1
        for qi, q in enumerate(quotes):
            qw = f"{where} quote {qi + 1}"
            n_quotes += 1
            keys = set(q)
            if not keys >= KEYS or keys - KEYS - OPTIONAL:
                errors.append(f"{qw}: keys {sorted(keys)}; required {sorted(KEYS)}, optional {sorted(OPTIONAL)}")
                continue
            kind = q["kind"]
            if kind not in ("direct", "indirect"):
                errors.append(f"{qw}: kind {kind!r} not direct/indirect")
            else:
                counts[kind] += 1
            for msg in said_errors(q["said"], pub):
                errors.append(f"{qw}: {msg}")
            said_counts[said_label(q["said"])] += 1
            for field in ("speaker", "addressee"):
                msg = check_id(q[field], actor_ids, field)
                if msg:
                    errors.append(f"{qw}: {msg}")
            if "affiliation" in q:
                msg = check_id(q["affiliation"], actor_ids, "affiliation", allow_null=False)
                if msg:
                    errors.append(f"{qw}: {msg}")
            text = q["text"]
            occ = q["occurrence"]
            if not isinstance(text, str) or not text or text != text.strip():
                errors.append(f"{qw}: empty text or surrounding whitespace: {text!r}")
                continue
            if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
                errors.append(f"{qw}: occurrence must be an int >= 1, got {occ!r}")
                continue
            start = nth_occurrence(t, text, occ)
            if start < 0:
                errors.append(f"{qw}: text occurs fewer than {occ} times: {text[:60]!r}")
                continue
            end = start + len(text)
            if kind == "indirect" and text.endswith("."):
                errors.append(f"{qw}: indirect quote ends in a full stop: {text[-40:]!r}")
            if kind == "direct":
                inside = inside_marks(t, start, end)
                if not (mark_before(t, start) or inside):
                    errors.append(f"{qw}: direct quote not preceded by / inside quotation marks: {text[:60]!r}")
                if not (mark_after(t, end) or inside):
                    errors.append(f"{qw}: direct quote not followed by a quotation mark: {text[-60:]!r}")
            st = q["speaker_text"]
            if st is not None and (not isinstance(st, str) or st not in t):
                errors.append(f"{qw}: speaker_text {st!r} not in the article")
            cue = q["cue"]
            if cue is not None:
                if not isinstance(cue, str) or not cue.strip():
                    errors.append(f"{qw}: cue must be null or a non-empty string")
                else:
                    for w in cue.split():
                        if w not in t:
                            errors.append(f"{qw}: cue word {w!r} not in the article")
            if start < prev_start:
                errors.append(f"{qw}: not in text order (starts at {start}, previous quote at {prev_start})")
            prev_start = start

    for e in errors:
        print("ERROR", e)
    print(f"{n_articles} articles, {n_quotes} quotes ({counts['direct']} direct, {counts['indirect']} indirect), "
          f"{len(errors)} error(s)")
    print("said: " + ", ".join(f"{label} {n}" for label, n in sorted(said_counts.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
