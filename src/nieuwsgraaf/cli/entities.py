"""`entities` and `entity`: who the stored news is about."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..entities import load_knowledge_base
from ..query import entity_profile, roles_held, top_entities
from ..records import EntityProfile, HeldRole
from .common import ConfigOption, DbOption, JsonOption, answer, out, print_json
from .events import actor_name


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
    name: str = typer.Argument(..., help="A name, alias, id or Wikidata id: 'Poetin', 'Putin', 'per:mark-rutte', "
                                         "'Q57792'."),
    at: str = typer.Option(None, "--at", help="Mark the roles held on this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """One entity: canonical name, Wikidata id, roles, aliases seen, mentions per month, neighbours."""
    kb = load_knowledge_base()

    def ask(store):
        profile = entity_profile(store, name, kb)
        return profile, (roles_held(kb, profile.entity.id, at) if at else None)

    profile, held = answer(db, config, ask)
    if as_json:
        print_json({**_profile_json(profile), **({"at": at, "roles_held": [asdict(r) for r in held]} if at else {})})
        return
    entity = profile.entity
    out.print(f"[bold]{escape(entity.name)}[/] ({entity.id}, {entity.label}, wikidata {entity.wikidata or '-'}): "
              f"{entity.articles} articles, {entity.mentions} mentions")
    if at:
        out.print(f"on {at}: " + ("; ".join(escape(describe_role(role)) for role in held) or "no known role"))
    if profile.roles:
        _print_roles(profile.roles, at, held)
    out.print("aliases seen: " + ", ".join(f"{escape(a.text)} ({a.count})" for a in profile.aliases_seen))
    out.print("mentions per month: " + ", ".join(f"{m.period} {m.count}" for m in profile.mentions_per_month))
    out.print("co-mentioned: " + ", ".join(f"{escape(c.name)} ({c.articles})" for c in profile.co_mentioned))
    articles = Table("id", "published", "source", "title", "mentions", title="articles")
    for article in profile.articles:
        articles.add_row(article.id, article.published or "-", article.source or "-",
                         escape(article.title or "(untitled)"), str(article.mentions))
    out.print(articles)
    for title, events, other in (("events as actor", profile.events_as_actor, "target"),
                                 ("events as recipient", profile.events_as_target, "source")):
        if events:
            _print_events(title, events, other)


def _print_events(title: str, events, other: str) -> None:
    table = Table("date", "event", "with" if other == "target" else "by", "trigger", "article", title=title)
    for event in events:
        kind = f"{event.type}/{event.mode}" if event.mode else event.type
        table.add_row(event.date.value or event.published or "-", kind,
                      escape(actor_name(getattr(event, other))), escape(event.trigger.text), event.article_id)
    out.print(table)


def _profile_json(profile: EntityProfile) -> dict:
    """The profile as `entity --json` has always printed it: aliases and months as pairs."""
    return {
        "entity": asdict(profile.entity), "roles": [asdict(role) for role in profile.roles],
        "aliases_seen": [[a.text, a.count] for a in profile.aliases_seen],
        "mentions_per_month": [[m.period, m.count] for m in profile.mentions_per_month],
        "co_mentioned": [asdict(c) for c in profile.co_mentioned],
        "articles": [asdict(a) for a in profile.articles],
        "events_as_actor": [e.to_json() for e in profile.events_as_actor],
        "events_as_target": [e.to_json() for e in profile.events_as_target],
    }


def describe_role(role: HeldRole) -> str:
    """'premier of Nederland', 'minister of Nederland (Financiën)': a role in a few words."""
    of = role.of_name or role.of
    return role.role + (f" of {of}" if of else "") + (f" ({role.portfolio})" if role.portfolio else "")


def _print_roles(roles: tuple[HeldRole, ...], at: str | None, held: list[HeldRole] | None) -> None:
    table = Table("role", "of", "from", "until", title="roles (knowledge base)")
    if at:
        table.add_column(f"held {at}", justify="center")
    for role in roles:
        what = escape(role.role + (f" ({role.portfolio})" if role.portfolio else ""))
        cells = [what, escape(role.of_name or role.of or "-"), role.start or "?", role.end or "now"]
        table.add_row(*cells, *(["yes" if role in held else ""] if at else []),
                      style="bold" if at and role in held else None)
    out.print(table)
