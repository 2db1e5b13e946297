"""Sanity checks for the hand-written temporal gold cases in cases.tsv.

Run:  .venv/bin/python tests/time/data/check_cases.py [path/to/cases.tsv]
      [--texts EXTRACTED.jsonl ...]

It checks the file's shape and that every gold value is internally consistent:
column count, known categories (with their minimum counts), the expression
occurring exactly once in its sentence, the value format for each type, the
named weekday for weekday cases, and digits/month names in absolute
expressions agreeing with the value. Prints counts per category; exits 1 when
anything is wrong.

It also checks the shape and value formats of corpus_timex.jsonl beside it.
Given --texts (output of `nieuwsgraaf extract ... --jsonl --model none`, for
the dev corpus and the seeds), it also checks that every annotated string
occurs in its article at least `occurrence` times, in the annotated order.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from devdocs import read_documents  # noqa: E402  (bench/: the evaluations' shared helpers)

HEADER = ["category", "dct", "sentence", "expression", "type", "value", "mod"]

MINIMUM = {
    "absolute_date": 35, "numeric_date": 20, "month_year": 15, "year": 15,
    "weekday": 30, "weekday_part": 15, "relative_day": 25,
    "relative_week_month_year": 30, "offset": 25, "month_no_year": 20,
    "day_month_no_year": 15, "part_of_period": 20, "season": 10,
    "quarter_half": 8, "decade_century": 8, "time": 20, "duration": 25,
    "set": 15, "anaphoric": 12, "no_dct": 12, "month_dct": 10, "flemish": 10,
    "negative": 15, "coordinated": 0, "holiday": 5, "vague_ref": 5,
}

TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN", "MORE_THAN", "-"}

VALUE_PATTERNS = {
    "DATE": re.compile(
        r"\d{4}(-\d{2}(-\d{2})?)?"      # year, month, day
        r"|\d{4}-W\d{2}(-WE)?"          # ISO week, or its weekend
        r"|\d{4}-Q[1-4]|\d{4}-H[12]"    # quarter, half-year
        r"|\d{4}-(SP|SU|FA|WI)"         # season
        r"|\d{3}|\d{2}"                 # decade, century
        r"|PRESENT_REF|PAST_REF|FUTURE_REF"  # 'nu', 'vroeger', 'straks'
    ),
    "TIME": re.compile(r"\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)"),
    "DURATION": re.compile(
        r"P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?"
        r"|PT(?=\d)(\d+H)?(\d+M)?(\d+S)?"
        r"|PX[YMWD]|PTX[HMS]"
        r"|P[X\d]+(DE|CE)"              # decades, centuries ('twee decennia', 'decennia')
    ),
    "SET": re.compile(r"P\d+[YMWD]|XXXX-WXX-[1-7]|XXXX-XX-XXT(MO|AF|EV|NI)"),  # 'elke ochtend'
}

DCT_PATTERN = re.compile(r"\d{4}-\d{2}(-\d{2})?|-")

WEEKDAYS = {"maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4,
            "vrijdag": 5, "zaterdag": 6, "zondag": 7}
MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
          "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11,
          "december": 12, "jan": 1, "febr": 2, "feb": 2, "mrt": 3, "apr": 4, "jun": 6,
          "jul": 7, "aug": 8, "sept": 9, "sep": 9, "okt": 10, "nov": 11, "dec": 12}
NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Categories whose expressions name the full date in the text itself.
ABSOLUTE = {"absolute_date", "numeric_date", "month_year", "year"}


def _weekday_in(expression: str) -> int | None:
    low = expression.lower()
    found = [n for name, n in WEEKDAYS.items() if name in low]
    return found[0] if len(found) == 1 else None


def _month_in(expression: str) -> int | None:
    for word in re.findall(r"[a-z]+", expression.lower()):
        if word in MONTHS:
            return MONTHS[word]
    return None


def _parse_dct(dct: str) -> dt.date | None:
    if dct == "-":
        return None
    if len(dct) == 7:
        return dt.date.fromisoformat(dct + "-01")
    return dt.date.fromisoformat(dct)


def check_row(row: dict[str, str]) -> list[str]:
    problems = []
    cat, dct, sentence = row["category"], row["dct"], row["sentence"]
    expr, typ, value, mod = row["expression"], row["type"], row["value"], row["mod"]

    if cat not in MINIMUM:
        problems.append(f"unknown category {cat!r}")
    anchor = None
    if not DCT_PATTERN.fullmatch(dct):
        problems.append(f"bad dct {dct!r}")
    else:
        try:
            anchor = _parse_dct(dct)
        except ValueError:
            problems.append(f"impossible dct {dct!r}")

    if cat == "negative" or expr == "-":
        if cat != "negative" or (expr, typ, value, mod) != ("-", "-", "-", "-"):
            problems.append("negative rows need '-' in expression, type, value and mod")
        return problems

    count = sentence.count(expr)
    if count != 1:
        problems.append(f"expression {expr!r} occurs {count} times in the sentence")
    if typ not in TYPES:
        problems.append(f"bad type {typ!r}")
        return problems
    if mod not in MODS:
        problems.append(f"bad mod {mod!r}")
    if value != "null" and not VALUE_PATTERNS[typ].fullmatch(value):
        problems.append(f"value {value!r} does not fit type {typ}")
        return problems

    # Day-precision values must be real calendar dates.
    day = None
    if value != "null" and re.match(r"\d{4}-\d{2}-\d{2}", value):
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            problems.append(f"impossible date in value {value!r}")
    weeks = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if weeks:
        try:
            dt.date.fromisocalendar(int(weeks[1]), int(weeks[2]), 1)
        except ValueError:
            problems.append(f"impossible ISO week {value!r}")

    # The named weekday must be the weekday of the value.
    weekday = _weekday_in(expr)
    if weekday and day and day.isoweekday() != weekday:
        problems.append(f"{expr!r} resolved to {day} which is not weekday {weekday}")
    if weekday and typ == "SET" and value != f"XXXX-WXX-{weekday}":
        problems.append(f"set {expr!r} should be XXXX-WXX-{weekday}")
    if cat in {"weekday", "weekday_part"}:
        if not day:
            problems.append("weekday cases need a day-precision value")
        elif anchor and abs((day - anchor).days) > 7:
            problems.append(f"{day} is more than a week from the dct")
    if weekday and cat == "flemish" and day and anchor and abs((day - anchor).days) > 14:
        problems.append(f"{day} is more than two weeks from the dct")

    # Part-of-day words pick the TIME suffix.
    parts = {"ochtend": "MO", "voormiddag": "MO", "namiddag": "AF", "middag": "AF",
             "avond": "EV", "nacht": "NI"}
    if typ == "TIME" and value != "null" and not re.search(r"\d", expr):
        low = expr.lower()
        want = next((p for w, p in parts.items() if low.endswith(w)), None)
        if low == "middernacht":  # a clock time (T24:00), not the night
            want = None
        if want is None and low.endswith("morgen") and low != "morgen":
            want = "MO"
        if want and not value.endswith("T" + want):
            problems.append(f"{expr!r} should end in T{want}")

    # Time-of-day cases sit on the dct's day.
    on_dct_day = cat == "time" and value != "null" and len(dct) == 10
    if on_dct_day and value[:10] != dct:
        problems.append("time cases resolve on the dct's day")

    # Absolute expressions: the written date must agree with the value.
    if cat in ABSOLUTE or (dct == "-" and value != "null" and typ == "DATE"):
        years = re.findall(r"\b(\d{4})\b", expr)
        if years and not value.startswith(years[-1]):
            problems.append(f"year {years[-1]} in {expr!r} but value {value!r}")
        month = _month_in(expr)
        if month and value[5:7] != f"{month:02d}":
            problems.append(f"month {month} in {expr!r} but value {value!r}")
        lead = re.match(r"(?:[a-z]+ )?(\d{1,2}) [a-z]", expr.lower())
        if lead and day and day.day != int(lead[1]):
            problems.append(f"day {lead[1]} in {expr!r} but value {value!r}")
        numeric = NUMERIC_DATE.fullmatch(expr)
        if numeric:
            d, _, m, y = numeric.groups()
            if value != f"{int(y):04d}-{int(m):02d}-{int(d):02d}":
                problems.append(f"day-first reading of {expr!r} is not {value!r}")
        iso = ISO_DATE.fullmatch(expr)
        if iso and value != expr:
            problems.append(f"ISO date {expr!r} but value {value!r}")

    # Without a dct only absolute or dct-free expressions resolve.
    resolved_without_dct = dct == "-" and value != "null" and typ in {"DATE", "TIME"}
    if resolved_without_dct and not re.search(r"\d{4}|jaren|eeuw", expr):
        problems.append(f"no dct, yet relative {expr!r} resolved to {value!r}")

    # A month-precision dct cannot yield day, week or time-of-day values
    # unless the expression itself names the day.
    if len(dct) == 7 and value != "null" and (day or weeks) and not re.search(r"\d", expr):
        problems.append(f"month-precision dct, yet {expr!r} resolved below month")

    if value == "null" and typ in {"DURATION", "SET"}:
        problems.append("durations and sets never need a dct; give a value")
    return problems


def check_corpus(path: Path, texts: dict[str, str]) -> int:
    """Shape and value checks for corpus_timex.jsonl; returns the problem count."""
    problems = 0
    total = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        doc = json.loads(line)
        where = f"{path.name} line {number}"
        if set(doc) != {"url", "published", "timexes"}:
            print(f"{where}: keys must be url, published, timexes")
            problems += 1
            continue
        published = doc["published"]
        if published is not None and (
            published.get("precision") not in {"day", "month"}
            or not DCT_PATTERN.fullmatch(published.get("value", ""))
        ):
            print(f"{where}: bad published {published!r}")
            problems += 1
        text = texts.get(doc["url"])
        last = -1
        for timex in doc["timexes"]:
            total += 1
            typ, value, mod = timex.get("type"), timex.get("value"), timex.get("mod")
            if set(timex) != {"text", "occurrence", "type", "value", "mod"}:
                print(f"{where}: timex keys wrong in {timex!r}")
                problems += 1
            elif typ not in TYPES:
                print(f"{where}: bad type in {timex!r}")
                problems += 1
            elif value is not None and not VALUE_PATTERNS[typ].fullmatch(value):
                print(f"{where}: value {value!r} does not fit {typ}")
                problems += 1
            elif mod is not None and (mod not in MODS or mod == "-"):
                print(f"{where}: bad mod in {timex!r}")
                problems += 1
            # Without a publication date only absolute expressions, or ones
            # anchored on an earlier absolute date in the text, resolve.
            anchored = re.search(r"\d|later|eerder|nadien|\bdie", timex["text"], re.I)
            if published is None and value is not None and typ in {"DATE", "TIME"} \
                    and not anchored and not value.endswith("_REF"):  # 'nu' needs no date
                print(f"{where}: no publication date, yet {timex['text']!r} resolved")
                problems += 1
            if text is None:
                continue
            # Find the n-th occurrence (overlapping, case-sensitive) of the string.
            starts = [i for i in range(len(text)) if text.startswith(timex["text"], i)]
            if len(starts) < timex["occurrence"]:
                print(f"{where}: {timex['text']!r} occurs only {len(starts)} times")
                problems += 1
                continue
            start = starts[timex["occurrence"] - 1]
            if start <= last:
                print(f"{where}: {timex['text']!r} is out of text order")
                problems += 1
            last = start
    checked = "against the texts" if texts else "shape only"
    print(f"{path.name}: {number} articles, {total} timexes ({checked})")
    return problems


def main(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = 0
    if not lines or lines[0].split("\t") != HEADER:
        print(f"line 1: header must be {'<TAB>'.join(HEADER)}")
        return 1
    counts: Counter[str] = Counter()
    seen: set[tuple[str, str, str]] = set()
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            print(f"line {number}: {len(fields)} columns, want {len(HEADER)}")
            problems += 1
            continue
        if any(f != f.strip() or not f for f in fields):
            print(f"line {number}: empty field or stray whitespace")
            problems += 1
        row = dict(zip(HEADER, fields, strict=True))
        key = (row["dct"], row["sentence"], row["expression"])
        if key in seen:
            print(f"line {number}: duplicate case")
            problems += 1
        seen.add(key)
        counts[row["category"]] += 1
        for problem in check_row(row):
            print(f"line {number}: {problem}")
            problems += 1

    print(f"\n{sum(counts.values())} cases")
    for category, minimum in MINIMUM.items():
        flag = "" if counts[category] >= minimum else f"   < {minimum} required"
        if counts[category] < minimum:
            problems += 1
        print(f"  {category:26} {counts[category]:4}{flag}")
    corpus = path.with_name("corpus_timex.jsonl")
    if corpus.exists():
        problems += check_corpus(corpus, {key: d["text"] for key, d in read_documents(TEXT_FILES).items()})
    print(f"\n{problems} problem(s)")
    return 1 if problems else 0


TEXT_FILES: list[str] = []

if __name__ == "__main__":
    args = sys.argv[1:]
    if "--texts" in args:
        at = args.index("--texts")
        TEXT_FILES.extend(args[at + 1:])
        args = args[:at]
    default = Path(__file__).with_name("cases.tsv")
    sys.exit(main(Path(args[0]) if args else default))
