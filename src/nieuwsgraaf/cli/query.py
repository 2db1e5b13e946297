"""`search`, `show` and `stats`: reading the store."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..entities import KnowledgeBase, load_knowledge_base
from ..query import article_document, corpus_stats, roles_held, search_articles
from ..query.dates import DATE_RULE, SINCE_HELP, UNDATED_HELP, UNTIL_HELP
from ..records import SearchQuery
from .common import ConfigOption, DbOption, JsonOption, answer, out, print_json
from .entities import describe_role


def search_command(
    text: str = typer.Argument("", help="What to find (syntax below); leave it out to list articles by date."),
    since: str = typer.Option(None, "--since", help=SINCE_HELP),
    until: str = typer.Option(None, "--until", help=UNTIL_HELP),
    include_undated: bool = typer.Option(False, "--include-undated", help=UNDATED_HELP),
    source: str = typer.Option(None, "--source", help="Outlet, e.g. nu.nl (any case; www.nu.nl and other "
                                                      "subdomains match too)."),
    language: str = typer.Option(None, "--language", help="Language code, e.g. nl."),
    limit: int = typer.Option(20, "--limit", min=1, max=10_000, help="At most this many results."),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Full-text search over titles and texts, best matches first. With filters and no words:
    the articles that pass the filters, newest first.

    Query syntax (case and accents do not matter; operators are written in capitals):
      kabinet Rutte                  both words
      "NAVO-top in Brussel"          these words in this order
      Trump OR Poetin                either
      Brexit NOT May                 the first without the second
      NOT NAVO                       every article without NAVO (a query may start with NOT)
      kabinet*                       words that start so: kabinetten, kabinetsformatie
      NEAR(Rutte NAVO, 5)            both, at most 5 words apart
      title:NAVO                     in the title
      (Trump OR Poetin) NOT NAVO     brackets group
    A word with punctuation inside (NAVO-top, Rutte's, 10:30) is searched as written; -word is
    refused (use NOT). A query that cannot be read is an error that says what is wrong.

    %(date_rule)s
    Articles without a date are left out when --since or --until is given, unless --include-undated.
    """
    hits = answer(db, config, lambda store: search_articles(
        store, SearchQuery(text, since, until, source, language, limit), include_undated=include_undated))
    if as_json:
        print_json([{**asdict(hit), "published": hit.published.to_json() if hit.published else None}
                    for hit in hits])
        return
    title = f"{len(hits)} result(s) for {text!r}" if text.strip() else f"{len(hits)} article(s), newest first"
    table = Table(title=escape(title))
    for column in ("id", "published", "source", "title / snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        snippet = escape(hit.snippet.replace("\n", " "))
        table.add_row(hit.id, hit.published.value if hit.published else "-", escape(hit.source or "-"),
                      f"[bold]{escape(hit.title or '(untitled)')}[/]\n{snippet}")
    out.print(table)


search_command.__doc__ = search_command.__doc__ % {"date_rule": DATE_RULE}


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
        return
    _render_document(document)
    published = document["published"]["value"] if document["published"] else None
    names = {entity["id"]: entity["name"] for entity in document["entities"]}
    for table in (_entities_table(document["entities"], published, load_knowledge_base()),
                  _quotes_table(document["quotes"], names), _timexes_table(document["timexes"]),
                  _events_table(document["events"], names)):
        if table.row_count:
            out.print(table)


_QUOTE_WIDTH = 160  # characters of a quote shown in its table; the whole text is printed above


def _entities_table(entities: list[dict], published: str | None, kb: KnowledgeBase) -> Table:
    held = f"role on {published}" if published else "role (article undated)"
    table = Table("id", "name", "type", "wikidata", "mentions", held, title="entities")
    for entity in entities:
        roles = roles_held(kb, entity["id"], published) if published else []
        table.add_row(entity["id"], escape(entity["name"]), entity["label"], entity["wikidata"] or "-",
                      str(len(entity["mentions"])), escape("; ".join(describe_role(r) for r in roles)) or "-")
    return table


def _short(text: str, width: int = _QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _quotes_table(quotes: list[dict], names: dict[str, str]) -> Table:
    table = Table("speaker", "said on", "kind", "quote", title="quotes")
    for quote in quotes:
        name = names.get(quote["speaker"]) or quote["speaker_text"] or quote["speaker"] or "-"
        speaker = escape(name)
        if quote["speaker_text"] and quote["speaker_text"] != name:
            speaker += f"\n[dim]({escape(quote['speaker_text'])})[/]"
        date = quote["date"]
        said = f"{date['value']}\n[dim]{date['basis']}[/]" if date and date["value"] else "-"
        table.add_row(speaker, said, quote["kind"], escape(_short(quote["text"])))
    return table


def _timexes_table(timexes: list[dict]) -> Table:
    table = Table("start", "text", "type", "value", "mod", "anchored at", title="time expressions")
    for timex in timexes:
        table.add_row(str(timex["start"]), escape(timex["text"]), timex["type"], timex["value"] or "-",
                      timex["mod"] or "", timex["anchor"])
    return table


def _events_table(events: list[dict], names: dict[str, str]) -> Table:
    table = Table("type", "source", "target", "date", "trigger", title="events")
    for event in events:
        notes = [n for n in (event["modality"], "negated" if event["negated"] else None) if n]
        kind = event["type"] + (f"\n[dim]{escape(', '.join(notes))}[/]" if notes else "")
        source, target = (names.get(event[k]) or event[k] or "-" for k in ("source", "target"))
        table.add_row(kind, escape(source), escape(target), event["date"]["value"] or "-",
                      escape(event["trigger"]["text"]))
    return table


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
