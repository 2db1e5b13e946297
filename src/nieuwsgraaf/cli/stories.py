"""`stories` and `story`: the same happening across outlets and over time."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..query.dates import SINCE_HELP, UNTIL_HELP
from ..query.stories import find_stories, story_detail
from ..records import Story
from ..store import StoreError, open_store
from .common import (
    ConfigOption,
    DbOption,
    JsonOption,
    answer,
    fail,
    out,
    print_json,
    resolve_settings,
)
from .exit_codes import STORE


def _rebuild(db: str | None, config: Path | None, window_days: int | None) -> None:
    # Imported here: the stories package loads the encoder and datasketch, which queries need not pay.
    from ..stories import StoryOptions, rebuild_stories

    settings = resolve_settings(config, db=db)
    try:
        store = open_store(settings.db)
    except StoreError as error:
        fail(str(error), code=STORE)
    try:
        options = StoryOptions() if window_days is None else StoryOptions(window_days=window_days)
        done = rebuild_stories(store, options)
    except StoreError as error:
        fail(str(error), code=STORE)
    finally:
        store.close()
    out.print(f"{done.articles} articles threaded into {done.stories} stories in {done.seconds:.1f} s")


def _days(story: Story) -> str:
    if story.first == story.last:
        return story.first or "-"
    return f"{story.first or '?'} – {story.last or '?'}"


def stories_command(
    since: str = typer.Option(None, "--since", help=SINCE_HELP),
    until: str = typer.Option(None, "--until", help=UNTIL_HELP),
    entity: str = typer.Option(None, "--entity", help="Stories whose articles name this entity (name, alias or id)."),
    limit: int = typer.Option(50, "--limit", min=1, max=100_000),
    rebuild: bool = typer.Option(False, "--rebuild", help="Thread every stored article again from the stored "
                                 "vectors (articles in date order); near-duplicate links stay."),
    window_days: int = typer.Option(None, "--window-days", min=0,
                                    help="With --rebuild: how many days apart a story's articles may be "
                                         "(default: as when ingesting, 10)."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Story threads, the latest first: each story once, with its tellings (near-duplicates marked)."""
    if rebuild:
        _rebuild(db, config, window_days)
        return
    stories = answer(db, config, lambda store: find_stories(store, since, until, entity, limit))
    if as_json:
        print_json([story.to_json() for story in stories])
        return
    table = Table("story", "title", "days", "articles", "outlets", "actors", title=f"{len(stories)} story(ies)")
    for story in stories:
        copies = len(story.articles) - story.tellings
        count = f"{story.tellings}" + (f" (+{copies} copies)" if copies else "")
        table.add_row(story.id, escape(story.title or "-"), _days(story), count,
                      escape(", ".join(story.outlets[:4])), escape(", ".join(a.name for a in story.actors[:3])))
    out.print(table)


def story_command(
    story_id: str = typer.Argument(..., help="A story id (or a unique prefix of 6+ characters)."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """One story: its articles (near-duplicates marked), outlets, actors and timeline of dated facts."""
    story = answer(db, config, lambda store: story_detail(store, story_id))
    if as_json:
        print_json(story.to_json())
        return
    out.print(f"[bold]{escape(story.title or story.id)}[/]  ({story.id}, {_days(story)})")
    out.print("actors: " + escape(", ".join(f"{a.name} ({a.articles})" for a in story.actors) or "-"))
    articles = Table("date", "outlet", "title", "article", "copy of", title=f"{story.tellings} article(s)")
    for article in story.articles:
        articles.add_row(article.published.value if article.published else "-", escape(article.outlet or "-"),
                         escape(article.title or "-"), article.id, article.duplicate_of or "")
    out.print(articles)
    timeline = Table("date", "what", "who", "text", "article", title="timeline")
    for entry in story.timeline:
        timeline.add_row(entry.date.value or "-", entry.kind, escape(entry.actor_name or entry.actor or "-"),
                         escape(entry.text[:160]), entry.article_id)
    out.print(timeline)
