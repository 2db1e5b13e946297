"""`quotes`: who said what, when, according to which article."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..entities import load_knowledge_base
from ..query import find_quotes
from ..query.dates import DATE_RULE, SINCE_HELP, UNDATED_HELP, UNTIL_HELP
from .common import ConfigOption, DbOption, JsonOption, answer, out, print_json


def quotes_command(
    speaker: str = typer.Option(None, "--speaker", help="Who said it: a name, alias or entity id."),
    about: str = typer.Option(None, "--about", help="An entity or word the quote mentions."),
    since: str = typer.Option(None, "--since", help=SINCE_HELP),
    until: str = typer.Option(None, "--until", help=UNTIL_HELP),
    include_undated: bool = typer.Option(False, "--include-undated", help=UNDATED_HELP),
    limit: int = typer.Option(50, "--limit", min=1, max=100_000),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Attributed quotes, direct and indirect, newest first.

    A quote's date is the day (or week, month ...) it was said, else its article's date.
    %(date_rule)s
    Quotes without either date are left out when --since or --until is given, unless --include-undated.
    """
    rows = answer(db, config, lambda store: find_quotes(store, load_knowledge_base(), speaker, about,
                                                        since, until, limit, include_undated=include_undated))
    if as_json:
        print_json([asdict(row) for row in rows])
        return
    table = Table("date", "speaker", "kind", "quote", "article", title=f"{len(rows)} quote(s)")
    for row in rows:
        who = row.speaker_name or row.speaker_text or row.speaker or "?"
        table.add_row(row.date or row.published or "-", escape(who), row.kind,
                      escape(row.text), f"{row.article_id}\n{escape(row.source or '')}")
    out.print(table)


quotes_command.__doc__ = quotes_command.__doc__ % {"date_rule": DATE_RULE}
