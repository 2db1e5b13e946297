"""`date`: the date on which the thing named by each given span happened, for your own annotations."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..query import QueryUsageError
from ..query.dates import check_date
from ..records import DateValue
from ..settings import Settings
from .common import ConfigOption, err, fail, resolve_settings
from .exit_codes import OK, PARTIAL, USAGE


class LineError(ValueError):
    """An input line that cannot be dated; the message says why."""


def _published(value) -> DateValue | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise LineError("'published' must be a date string (YYYY, YYYY-MM or YYYY-MM-DD)")
    try:
        value = check_date("published", value)
    except QueryUsageError as error:
        raise LineError(str(error)) from error
    return DateValue(value, {4: "year", 7: "month"}.get(len(value), "day"))


def _spans(record: dict) -> list[tuple[int, int]]:
    text, spans = record.get("text"), record.get("spans")
    if not isinstance(text, str) or not isinstance(spans, list):
        raise LineError("needs 'text' (a string) and 'spans' (a list of {\"start\": S, \"end\": E})")
    found = []
    for span in spans:
        start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            raise LineError(f"span {span!r} is not {{\"start\": S, \"end\": E}} with 0 <= S <= E <= {len(text)}")
        found.append((start, end))
    return found


def date_line(line: str, pipeline) -> dict:
    """One input line (an article with spans) to its output object; raises LineError."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise LineError(f"not JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(record, dict):
        raise LineError("not a JSON object")
    spans = _spans(record)
    from ..span_dating import (
        date_spans,  # loaded by date_command already; spaCy only for this command
    )

    dates = date_spans(record["text"], spans, pipeline, _published(record.get("published")))
    key = {"id": record["id"]} if "id" in record else {"url": record.get("url")}
    return {**key, "dates": [{"start": s, "end": e, "value": d.value, "precision": d.precision, "basis": d.basis}
                             for (s, e), d in zip(spans, dates, strict=True)]}


FileArgument = typer.Argument(..., help="JSON Lines: {\"text\", \"published\"?, \"url\" or \"id\", \"spans\": "
                                       "[{\"start\", \"end\"}, ...]} per line; '-' reads stdin.")


def date_command(
    file: Path = FileArgument,
    model: str = typer.Option(None, "--model", help="spaCy pipeline (name under models/, path, or 'none')."),
    config: Path = ConfigOption,
) -> None:
    """Date spans of your own: for each span, the day (month, year) what it names happened, computed
    exactly as for events (a date in its own clause, else when the quote holding it was said,
    else the day of the news or the publication date). Offsets are into
    `text` exactly as given. One output line per input line; a bad line is reported on stderr with
    its line number and the rest go on (exit 4)."""
    from ..nlp import NlpError, load_pipeline

    settings = resolve_settings(config, model=model)
    try:
        pipeline = load_pipeline(settings.model, default=Settings().model)
    except NlpError as error:
        fail(str(error), code=USAGE)
    try:
        lines = sys.stdin if str(file) == "-" else file.open(encoding="utf-8", errors="replace")
    except OSError as error:
        fail(f"{file}: {error.strerror or error}", code=USAGE)
    bad = 0
    with lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                sys.stdout.write(json.dumps(date_line(line, pipeline), ensure_ascii=False) + "\n")
            except LineError as error:
                bad += 1
                err.print(f"line {number}: {error}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(PARTIAL if bad else OK)
