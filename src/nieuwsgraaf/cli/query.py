"""`search`, `show` and `stats`: reading the store."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..query import article_document, corpus_stats, search_articles
from ..records import SearchQuery
from .common import ConfigOption, DbOption, JsonOption, answer, out, print_json


def search_command(
    text: str = typer.Argument(..., help="Words to find (FTS5 syntax: AND, OR, NOT, \"phrases\", prefix*)."),
    since: str = typer.Option(None, "--since", help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)."),
    source: str = typer.Option(None, "--source", help="Outlet, e.g. nu.nl."),
    language: str = typer.Option(None, "--language", help="Language code, e.g. nl."),
    limit: int = typer.Option(20, "--limit", min=1, max=10_000, help="At most this many results."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Full-text search over titles and texts, best matches first."""
    hits = answer(db, config, lambda store: search_articles(
        store, SearchQuery(text, since, until, source, language, limit)))
    if as_json:
        print_json([{**asdict(hit), "published": hit.published.to_json() if hit.published else None}
                    for hit in hits])
        return
    table = Table(title=f"{len(hits)} result(s) for {text!r}")
    for column in ("id", "published", "source", "title / snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        snippet = escape(hit.snippet.replace("\n", " "))
        table.add_row(hit.id, hit.published.value if hit.published else "-", hit.source or "-",
                      f"[bold]{escape(hit.title or '(untitled)')}[/]\n{snippet}")
    out.print(table)


def _render_document(document: dict) -> None:
    meta = Table(show_header=False, box=None)
    published = document["published"]
    for name, value in (
        ("id", document["id"]), ("title", document["title"]), ("url", document["url"]),
        ("source", document["source"]), ("agency", document["agency"]),
        ("published", f"{published['value']} ({published['precision']})" if published else None),
        ("language", document["language"]), ("dateline", document["meta"]["dateline"]),
        ("byline", document["meta"]["byline"]), ("origin", document["meta"]["origin"]),
        ("nlp model", document["meta"]["nlp_model"]),
    ):
        meta.add_row(f"[dim]{name}[/]", escape(str(value)) if value is not None else "-")
    out.print(meta)
    out.rule()
    text = Text(document["text"])
    for mention in document["mentions"]:
        text.stylize("bold cyan", mention["start"], mention["end"])
    out.print(text)
    out.rule()
    counts = ", ".join(f"{len(document[key])} {key}" for key in
                       ("sentences", "mentions", "entities", "timexes", "quotes", "events"))
    out.print(f"[dim]extracted: {counts}[/]")
    if document["mentions"]:
        mentions = Table("start", "end", "label", "text")
        for mention in document["mentions"]:
            mentions.add_row(str(mention["start"]), str(mention["end"]), mention["label"], escape(mention["text"]))
        out.print(mentions)


def show_command(
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix of 6+ characters)."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """The cleaned article with its metadata and what was extracted from it."""
    document = answer(db, config, lambda store: article_document(store, article_id))
    if as_json:
        print_json(document)
    else:
        _render_document(document)


def stats_command(db: str = DbOption, as_json: bool = JsonOption, config: Path = ConfigOption) -> None:
    """Counts of stored articles per source, per month and per language."""
    stats = answer(db, config, corpus_stats)
    if as_json:
        print_json(stats.to_json())
        return
    out.print(f"[bold]{stats.articles}[/] articles ({stats.sightings} sightings, "
              f"{stats.mentions} entity mentions, {stats.undated} undated)")
    for title, rows in (("source", stats.by_source), ("month", stats.by_month), ("language", stats.by_language)):
        table = Table(title=f"per {title}")
        table.add_column(title)
        table.add_column("articles", justify="right")
        for key, count in rows:
            table.add_row(escape(key), str(count))
        out.print(table)
