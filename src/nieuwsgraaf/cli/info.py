"""`wiring` and `settings`: what runs in which order, and every setting."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..settings import Settings, allowed_range, setting_fields
from ..store import redact
from .common import ConfigOption, DbOption, JsonOption, fail, out, print_json, resolve_settings


def wiring_command(
    model: str = typer.Option(None, "--model", help="spaCy pipeline to describe."),
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """The pipeline's stages and spaCy components, with what each assigns and requires."""
    from ..nlp import NlpError, load_pipeline  # here: only `wiring` of these commands needs spaCy
    from ..pipeline import STEPS

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
        print_json({"stages": [{"name": name, "does": does} for name, does in STEPS],
                    "model": pipeline.name, "components": components})
        return
    stages = Table("stage", "what it does", title="stages, in order")
    for name, does in STEPS:
        stages.add_row(name, does)
    out.print(stages)
    table = Table("component", "assigns", "requires", title=f"spaCy pipeline {pipeline.name}")
    for component in components:
        table.add_row(component["name"], ", ".join(component["assigns"]), ", ".join(component["requires"]))
    out.print(table)


def settings_command(
    db: str = DbOption,
    model: str = typer.Option(None, "--model", help="spaCy pipeline, to see how the flag wins."),
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Every setting with its current value, where that value comes from, its default and help."""
    current = resolve_settings(config, db=db, model=model)
    shown = {"db": redact(current.db)}  # a PostgreSQL URL's password stays hidden
    for setting in setting_fields():  # so does a secret (api_token) that is set
        if setting.metadata.get("secret") and getattr(current, setting.name):
            shown[setting.name] = "***"
    rows = [{"name": setting.name, "value": shown.get(setting.name, getattr(current, setting.name)),
             "source": current.source_of(setting.name),
             "default": setting.default, "allowed": allowed_range(setting),
             "env": f"NIEUWSGRAAF_{setting.name.upper()}", "help": setting.metadata["help"]}
            for setting in setting_fields()]
    if as_json:
        print_json(rows)
        return
    table = Table(title="settings (lowest first: default, file, environment, flag)",
                  caption="environment: NIEUWSGRAAF_<SETTING>; NIEUWSGRAAF_CONFIG names the settings file")
    table.add_column("setting", ratio=3)
    table.add_column("value", ratio=2, overflow="fold")
    table.add_column("from", ratio=2, overflow="fold")
    for row in rows:
        notes = [f"default {row['default']!r}"] + ([f"allowed {row['allowed']}"] if row["allowed"] else [])
        table.add_row(f"[bold]{row['name']}[/]\n[dim]{escape(row['help'])} ({'; '.join(notes)})[/]",
                      escape(str(row["value"])), escape(row["source"]))
    out.print(table)
