"""`entities` and `entity`: who the stored news is about."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..entities import load_knowledge_base
from ..query import entity_profile, top_entities
from .common import ConfigOption, DbOption, JsonOption, answer, out, print_json


def entities_command(
    label: str = typer.Option(None, "--type", help="PER, ORG, LOC or MISC."),
    top: int = typer.Option(50, "--top", min=1, max=100_000, help="How many."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """The entities mentioned in the most articles."""
    rows = answer(db, config, lambda store: top_entities(store, label, top))
    if as_json:
        print_json([asdict(row) for row in rows])
        return
    table = Table("id", "name", "type", "wikidata", "articles", "mentions", title="entities")
    for row in rows:
        table.add_row(row.id, escape(row.name), row.label, row.wikidata or "-", str(row.articles), str(row.mentions))
    out.print(table)


def entity_command(
    name: str = typer.Argument(..., help="A name, alias or id: 'Poetin', 'Putin', 'per:mark-rutte'."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """One entity: canonical name, Wikidata id, roles, aliases seen, mentions per month, neighbours."""
    profile = answer(db, config, lambda store: entity_profile(store, name, load_knowledge_base()))
    if as_json:
        print_json(asdict(profile))
        return
    entity = profile.entity
    out.print(f"[bold]{escape(entity.name)}[/] ({entity.id}, {entity.label}, wikidata {entity.wikidata or '-'}): "
              f"{entity.articles} articles, {entity.mentions} mentions")
    if profile.roles:
        roles = Table("role", "of", "from", "until", title="roles (knowledge base)")
        for role in profile.roles:
            what = role["role"] + (f" ({role['portfolio']})" if role["portfolio"] else "")
            roles.add_row(what, role["of_name"] or role["of"] or "-", role["start"] or "?", role["end"] or "now")
        out.print(roles)
    out.print("aliases seen: " + ", ".join(f"{escape(text)} ({count})" for text, count in profile.aliases_seen))
    out.print("mentions per month: " + ", ".join(f"{m} {n}" for m, n in profile.mentions_per_month))
    out.print("co-mentioned: " + ", ".join(f"{escape(c.name)} ({c.articles})" for c in profile.co_mentioned))
    articles = Table("id", "published", "source", "title", "mentions", title="articles")
    for article in profile.articles:
        articles.add_row(article["id"], article["published"] or "-", article["source"] or "-",
                         escape(article["title"] or "(untitled)"), str(article["mentions"]))
    out.print(articles)
