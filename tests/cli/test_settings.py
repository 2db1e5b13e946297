"""Settings: where each value comes from, and clear errors for missing, malformed or out-of-range values."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from nieuwsgraaf.cli import app
from nieuwsgraaf.settings import Settings, SettingsError, describe_settings, load_settings


@pytest.fixture(autouse=True)
def empty_folder(tmp_path, monkeypatch):
    """Run in a folder without nieuwsgraaf.toml, whatever the working folder holds."""
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("NIEUWSGRAAF_")]:
        monkeypatch.delenv(name)


def test_every_value_records_its_source(tmp_path):
    config = tmp_path / "mijn.toml"
    config.write_text("batch_size = 8\nmin_chars = 40\n", encoding="utf-8")
    settings = load_settings(config, environ={"NIEUWSGRAAF_MIN_CHARS": "50"}).with_overrides(db="x.db", model=None)
    assert (settings.batch_size, settings.min_chars, settings.db) == (8, 50, "x.db")
    assert settings.source_of("batch_size") == f"file {config}"
    assert settings.source_of("min_chars") == "environment NIEUWSGRAAF_MIN_CHARS"
    assert settings.source_of("db") == "flag --db"
    assert settings.source_of("model") == "default"


def test_the_default_file_is_read_from_the_working_folder_and_a_section_is_allowed(tmp_path):
    (tmp_path / "nieuwsgraaf.toml").write_text('[nieuwsgraaf]\nmodel = "none"\n', encoding="utf-8")
    settings = load_settings(environ={})
    assert settings.model == "none" and settings.source_of("model") == "file nieuwsgraaf.toml"


def test_a_named_settings_file_must_exist(tmp_path):
    with pytest.raises(SettingsError, match=r"geen\.toml: no such settings file \(named by --config\)"):
        load_settings(tmp_path / "geen.toml", environ={})
    with pytest.raises(SettingsError, match="named by NIEUWSGRAAF_CONFIG"):
        load_settings(environ={"NIEUWSGRAAF_CONFIG": str(tmp_path / "weg.toml")})


def test_malformed_toml_names_file_and_line(tmp_path):
    config = tmp_path / "kapot.toml"
    config.write_text('db = "a.db"\nbatch_size = \n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"kapot\.toml: malformed TOML: .*line 2"):
        load_settings(config, environ={})


@pytest.mark.parametrize(("name", "value", "allowed"), [
    ("batch_size", "0", "1 or more"),
    ("min_chars", "-1", "0 or more"),
    ("language_min_score", "1.5", "from 0.0 to 1.0"),
    ("language_min_score", "-0.1", "from 0.0 to 1.0"),
    ("max_file_bytes", "-5", "0 or more"),
])
def test_out_of_range_values_are_refused_from_every_source(tmp_path, name, value, allowed):
    config = tmp_path / "waarden.toml"
    config.write_text(f"{name} = {value}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=rf"'{name}' is .*\(file .*waarden\.toml\); it must be {allowed}"):
        load_settings(config, environ={})
    variable = f"NIEUWSGRAAF_{name.upper()}"
    with pytest.raises(SettingsError, match=rf"'{name}' is .*\(environment {variable}\); it must be {allowed}"):
        load_settings(environ={variable: value})
    flag = "--" + name.replace("_", "-")
    with pytest.raises(SettingsError, match=rf"'{name}' is .*\(flag {flag}\); it must be {allowed}"):
        Settings().with_overrides(**{name: float(value) if "." in value else int(value)})


def test_max_chars_below_min_chars_is_refused():
    with pytest.raises(SettingsError, match="max_chars must be at least min_chars"):
        load_settings(environ={"NIEUWSGRAAF_MIN_CHARS": "500", "NIEUWSGRAAF_MAX_CHARS": "100"})


def test_values_of_the_wrong_type_are_refused(tmp_path):
    with pytest.raises(SettingsError, match="'batch_size' .*cannot read 'veel' as a whole number"):
        load_settings(environ={"NIEUWSGRAAF_BATCH_SIZE": "veel"})
    config = tmp_path / "typen.toml"
    config.write_text("batch_size = 2.5\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="as a whole number"):
        load_settings(config, environ={})
    config.write_text("model = 3\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="'model' .*as text"):
        load_settings(config, environ={})


def test_unknown_setting_in_a_file_is_refused(tmp_path):
    config = tmp_path / "onbekend.toml"
    config.write_text("batchsize = 8\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"unknown settings \['batchsize'\]"):
        load_settings(config, environ={})


def test_sources_are_bookkeeping_not_a_setting():
    assert "sources" not in [name for name, _, _ in describe_settings()]
    assert Settings() == Settings().with_overrides(db=None)


def test_settings_command_shows_value_and_source(tmp_path):
    config = tmp_path / "cli.toml"
    config.write_text("batch_size = 4\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["settings", "--config", str(config), "--db", "a.db", "--json"],
                                env={"NIEUWSGRAAF_MAX_CHARS": "9000"})
    assert result.exit_code == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert (rows["batch_size"]["value"], rows["batch_size"]["source"]) == (4, f"file {config}")
    assert (rows["max_chars"]["value"], rows["max_chars"]["source"]) == (9000, "environment NIEUWSGRAAF_MAX_CHARS")
    assert (rows["db"]["value"], rows["db"]["source"]) == ("a.db", "flag --db")
    assert rows["model"]["source"] == "default" and rows["batch_size"]["allowed"] == "1 or more"
    table = CliRunner().invoke(app, ["settings", "--config", str(config)]).stdout
    assert "file" in table and "default" in table


def test_settings_command_hides_the_api_token():
    token = "geheim-token-van-de-redactie"
    result = CliRunner().invoke(app, ["settings", "--json"], env={"NIEUWSGRAAF_API_TOKEN": token})
    assert result.exit_code == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert rows["api_token"]["value"] == "***" and token not in result.stdout
    assert token not in CliRunner().invoke(app, ["settings"], env={"NIEUWSGRAAF_API_TOKEN": token}).stdout


@pytest.mark.parametrize(("args", "env", "message"), [
    (["--config", "ontbreekt.toml"], {}, "no such settings file"),
    ([], {"NIEUWSGRAAF_BATCH_SIZE": "0"}, "'batch_size' is 0"),
])
def test_settings_errors_exit_with_usage(args, env, message):
    for command in (["settings"], ["search", "NAVO"], ["ingest", "-"]):
        result = CliRunner().invoke(app, [*command, *args], env=env)
        assert result.exit_code == 2, (command, result.stderr)
        assert message in " ".join(result.stderr.split())
