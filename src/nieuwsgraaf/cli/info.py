"""`wiring` and `settings`: what runs in which order, and every setting."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..nlp import NlpError, load_pipeline
from ..settings import Settings, describe_settings
from .common import ConfigOption, JsonOption, fail, out, print_json, resolve_settings

STAGES = (
    ("ingest", "files, folders, stdin -> RawDocument (txt, JSONL, HTML, RSS/Atom, WARC)"),
    ("clean", "RawDocument -> Article (chrome out; date, title, source, agency, dateline, language)"),
    ("nlp", "Article -> spaCy Doc (Dutch articles only) -> Analysis records"),
    ("time", "spaCy component ng_timexes: Dutch temporal expressions, anchored at the publication date"),
    ("entities", "mentions -> entities linked to the actor knowledge base (data/actors) at the article's date"),
    ("store", "Analysis -> SQLite (articles, FTS5 index, mentions, entities, sightings)"),
)


def wiring_command(
    model: str = typer.Option(None, "--model", help="spaCy pipeline to describe."),
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """The pipeline's stages and spaCy components, with what each assigns and requires."""
    settings = resolve_settings(config, model=model)
    try:
        pipeline = load_pipeline(settings.model, default=Settings().model)
    except NlpError as error:
        fail(str(error))
    analysis = pipeline.nlp.analyze_pipes()
    components = [
        {"name": name, **{k: list(v) for k, v in analysis["summary"][name].items()
                          if k in ("assigns", "requires")}}
        for name in pipeline.nlp.pipe_names
    ]
    if as_json:
        print_json({"stages": [dict(zip(("name", "does"), s, strict=True)) for s in STAGES],
                    "model": pipeline.name, "components": components})
        return
    stages = Table("stage", "what it does", title="stages")
    for stage in STAGES:
        stages.add_row(*stage)
    out.print(stages)
    table = Table("component", "assigns", "requires", title=f"spaCy pipeline {pipeline.name}")
    for component in components:
        table.add_row(component["name"], ", ".join(component["assigns"]), ", ".join(component["requires"]))
    out.print(table)


def settings_command(as_json: bool = JsonOption, config: Path = ConfigOption) -> None:
    """Every setting with its current value, default and help."""
    current = resolve_settings(config)
    rows = [{"name": name, "value": getattr(current, name), "default": default, "help": help_text,
             "env": f"NIEUWSGRAAF_{name.upper()}"} for name, default, help_text in describe_settings()]
    if as_json:
        print_json(rows)
        return
    table = Table("setting", "value", "default", "environment", "help")
    for row in rows:
        table.add_row(row["name"], str(row["value"]), str(row["default"]), row["env"], row["help"])
    out.print(table)
