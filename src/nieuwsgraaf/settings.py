"""Every setting: its name, default and one line of help, resolved once at start-up.

Precedence, lowest first: the defaults below, a TOML file (`nieuwsgraaf.toml` in the
working folder, or the file named by `NIEUWSGRAAF_CONFIG`), environment variables
(`NIEUWSGRAAF_<NAME>`), then CLI flags.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def _setting(default: Any, help_text: str) -> Any:
    return field(default=default, metadata={"help": help_text})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("nieuwsgraaf.db", "SQLite database file the store writes to and queries read.")
    model: str = _setting(
        "nl_nieuwsgraaf_accurate",
        "spaCy pipeline for Dutch: a folder under models/ (nl_nieuwsgraaf_accurate, or nl_nieuwsgraaf_fast "
        "for bulk runs), a path or an installed package name; "
        "'none' uses the blank Dutch pipeline with the rule-based fallback NER.",
    )
    batch_size: int = _setting(32, "Articles per spaCy batch and per store transaction.")
    min_chars: int = _setting(80, "Articles shorter than this after cleaning are skipped as empty.")
    max_chars: int = _setting(400_000, "Articles longer than this after cleaning are skipped as oversized.")
    max_file_bytes: int = _setting(512 * 1024 * 1024, "Input files larger than this are skipped.")
    language_min_score: float = _setting(
        0.4, "Below this language-identification confidence the language is 'und' (undetermined)."
    )

    def with_overrides(self, **values: Any) -> Settings:
        """Return a copy with the non-None values applied (for CLI flags)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def _coerce(name: str, raw: Any) -> Any:
    kind = type(Settings.__dataclass_fields__[name].default)
    try:
        return kind(raw)
    except (TypeError, ValueError) as error:
        raise ValueError(f"setting {name!r}: cannot read {raw!r} as {kind.__name__}") from error


def load_settings(config_file: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Resolve settings from defaults, the TOML file and the environment."""
    environ = dict(os.environ) if environ is None else environ
    values: dict[str, Any] = {}
    path = config_file or Path(environ.get("NIEUWSGRAAF_CONFIG", "nieuwsgraaf.toml"))
    if path.is_file():
        with path.open("rb") as handle:
            table = tomllib.load(handle)
        table = table.get("nieuwsgraaf", table)
        unknown = set(table) - {f.name for f in fields(Settings)}
        if unknown:
            raise ValueError(f"{path}: unknown settings {sorted(unknown)}")
        values.update({k: _coerce(k, v) for k, v in table.items()})
    for setting in fields(Settings):
        env_value = environ.get(f"NIEUWSGRAAF_{setting.name.upper()}")
        if env_value is not None:
            values[setting.name] = _coerce(setting.name, env_value)
    return Settings(**values)


def describe_settings() -> list[tuple[str, Any, str]]:
    """Return (name, default, help) for every setting, in declaration order."""
    return [(s.name, s.default, s.metadata["help"]) for s in fields(Settings)]
