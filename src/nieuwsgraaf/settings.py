"""Every setting: its name, default, allowed range and one line of help, resolved once at start-up.

Precedence, lowest first: the defaults below, a TOML file (`nieuwsgraaf.toml` in the
working folder, or the file named by `--config` or `NIEUWSGRAAF_CONFIG`), environment
variables (`NIEUWSGRAAF_<NAME>`), then CLI flags. Each value remembers where it came from,
and every value is checked against its range wherever it came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import Field, dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

DEFAULT_SOURCE = "default"
DEFAULT_FILE = "nieuwsgraaf.toml"
CONFIG_VARIABLE = "NIEUWSGRAAF_CONFIG"
MIN_TOKEN = 16  # characters of an api_token: too short to guess by trying
# Articles one spaCy pipeline analyses before it is replaced (a worker process, or with --workers 1 the
# pipeline in the ingest process, nlp/renewal.py): its vocabulary keeps every new word, up to 8–13 KB an
# article on text full of new names; a reload costs a few seconds (docs/scale.md, "Memory over a long ingest").
PIPELINE_MAX_ARTICLES = 10_000


class SettingsError(ValueError):
    """A settings file, environment variable or flag is missing, malformed or out of range."""


def _setting(default: Any, help_text: str, minimum: float | None = None, maximum: float | None = None) -> Any:
    return field(default=default, metadata={"help": help_text, "minimum": minimum, "maximum": maximum})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("nieuwsgraaf.db", "The store ingests write to and queries read: a SQLite database file, or a "
                       "postgresql://user:password@host:port/database URL (the password is never printed).")
    model: str = _setting(
        "nl_nieuwsgraaf_accurate",
        "spaCy pipeline for Dutch: a folder under models/ (nl_nieuwsgraaf_accurate, or nl_nieuwsgraaf_fast "
        "for bulk runs), a path or an installed package name; "
        "'none' uses the blank Dutch pipeline with the rule-based fallback NER.",
    )
    batch_size: int = _setting(32, "Articles per spaCy batch (the writer commits up to 256 at once).", minimum=1)
    workers: int = _setting(
        0, "Worker processes that analyse articles during ingest, each with the pipeline loaded once; "
        "0 is one per core, 1 analyses in the ingest process itself.", minimum=0,
    )
    worker_max_articles: int = _setting(
        PIPELINE_MAX_ARTICLES, "A worker process is replaced by a fresh one after analysing this many articles "
        "(with --workers 1, the ingest process loads its pipeline anew), so memory stays flat (spaCy's string "
        "store grows with every new word).", minimum=1,
    )
    min_chars: int = _setting(80, "Articles shorter than this after cleaning are skipped as empty.", minimum=0)
    max_chars: int = _setting(
        400_000, "Articles longer than this after cleaning are skipped as oversized (at least min_chars).", minimum=0
    )
    max_file_bytes: int = _setting(512 * 1024 * 1024, "Input files larger than this are skipped.", minimum=0)
    language_min_score: float = _setting(
        0.4, "Below this language-identification confidence the language is 'und' (undetermined).",
        minimum=0.0, maximum=1.0,
    )
    api_token: str = field(default="", repr=False, metadata={
        "help": "Bearer token that turns on writes through the API (POST /api/articles); empty: the API only "
                "reads. At least 16 characters, no spaces.", "minimum": None, "maximum": None, "secret": True})
    # Where each value came from ('file nieuwsgraaf.toml', 'environment NIEUWSGRAAF_DB', 'flag --db');
    # a setting missing here has its default. Not a setting itself: it has no help.
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), compare=False, repr=False)

    def __post_init__(self) -> None:
        for setting in setting_fields():
            _check_range(setting, getattr(self, setting.name), self.source_of(setting.name))
        if self.api_token and (len(self.api_token) < MIN_TOKEN or any(c.isspace() for c in self.api_token)):
            raise SettingsError(f"setting 'api_token' ({self.source_of('api_token')}) must be at least {MIN_TOKEN} "
                                "characters without spaces, or empty to keep writes off")
        if self.max_chars < self.min_chars:
            raise SettingsError(
                f"setting 'max_chars' is {self.max_chars} ({self.source_of('max_chars')}) but 'min_chars' is "
                f"{self.min_chars} ({self.source_of('min_chars')}): max_chars must be at least min_chars"
            )

    def source_of(self, name: str) -> str:
        """Where the value of setting `name` came from: 'default', 'file PATH', 'environment VAR' or 'flag --X'."""
        return self.sources.get(name, DEFAULT_SOURCE)

    def with_overrides(self, **values: Any) -> Settings:
        """Return a copy with the non-None values applied as command-line flags (checked like any value)."""
        given = {name: value for name, value in values.items() if value is not None}
        flags = {name: f"flag --{name.replace('_', '-')}" for name in given}
        return replace(self, **given, sources=MappingProxyType({**self.sources, **flags}))


def setting_fields() -> list[Field]:
    """The settings proper, in declaration order (the `sources` bookkeeping left out)."""
    return [s for s in fields(Settings) if "help" in s.metadata]


def allowed_range(setting: Field) -> str | None:
    """The allowed values of a numeric setting in words ('1 or more', 'from 0.0 to 1.0'), or None."""
    minimum, maximum = setting.metadata["minimum"], setting.metadata["maximum"]
    if minimum is not None and maximum is not None:
        return f"from {minimum} to {maximum}"
    if minimum is not None:
        return f"{minimum} or more"
    return None if maximum is None else f"{maximum} or less"


def _check_range(setting: Field, value: Any, source: str) -> None:
    minimum, maximum = setting.metadata["minimum"], setting.metadata["maximum"]
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise SettingsError(f"setting {setting.name!r} is {value!r} ({source}); it must be {allowed_range(setting)}")


def _coerce(setting: Field, raw: Any, source: str) -> Any:
    """The value of `raw` as the setting's type; TOML gives typed values, the environment strings."""
    kind = type(setting.default)
    problem = f"setting {setting.name!r} ({source}): cannot read {raw!r} as "
    if kind is str:
        if not isinstance(raw, str):
            raise SettingsError(problem + "text")
        return raw
    if isinstance(raw, bool):
        raise SettingsError(problem + ("a whole number" if kind is int else "a number"))
    if isinstance(raw, str):
        try:
            raw = float(raw.strip().replace("_", "")) if kind is float else int(raw.strip().replace("_", ""))
        except ValueError as error:
            raise SettingsError(problem + ("a whole number" if kind is int else "a number")) from error
    if kind is int and isinstance(raw, float) and not raw.is_integer():
        raise SettingsError(problem + "a whole number")
    return kind(raw)


def _config_path(config_file: Path | None, environ: Mapping[str, str]) -> Path | None:
    """The settings file to read; a file named by flag or environment must exist, the default may not."""
    if config_file is not None:
        named = (Path(config_file), "--config")
    elif environ.get(CONFIG_VARIABLE):
        named = (Path(environ[CONFIG_VARIABLE]), CONFIG_VARIABLE)
    else:
        default = Path(DEFAULT_FILE)
        return default if default.is_file() else None
    path, by = named
    if not path.is_file():
        raise SettingsError(f"{path}: no such settings file (named by {by})")
    return path


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: malformed TOML: {error}") from error
    except OSError as error:
        raise SettingsError(f"{path}: cannot read settings file ({error.strerror})") from error
    table = table.get("nieuwsgraaf", table)
    known = {s.name for s in setting_fields()}
    unknown = set(table) - known
    if unknown:
        raise SettingsError(f"{path}: unknown settings {sorted(unknown)} (known: {', '.join(sorted(known))})")
    return table


def load_settings(config_file: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Resolve settings from defaults, the TOML file and the environment, recording each value's source.

    Raises SettingsError for a named settings file that does not exist, malformed TOML (with its
    line), an unknown setting, a value of the wrong type or a value out of range.
    """
    environ = os.environ if environ is None else environ
    by_name = {s.name: s for s in setting_fields()}
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    path = _config_path(config_file, environ)
    if path is not None:
        for name, raw in _read_file(path).items():
            sources[name] = f"file {path}"
            values[name] = _coerce(by_name[name], raw, sources[name])
    for name, setting in by_name.items():
        variable = f"NIEUWSGRAAF_{name.upper()}"
        if variable in environ:
            sources[name] = f"environment {variable}"
            values[name] = _coerce(setting, environ[variable], sources[name])
    return Settings(**values, sources=MappingProxyType(sources))


def describe_settings() -> list[tuple[str, Any, str]]:
    """Return (name, default, help) for every setting, in declaration order."""
    return [(s.name, s.default, s.metadata["help"]) for s in setting_fields()]
