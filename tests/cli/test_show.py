"""`show` and `entity` on a small store: entities with Wikidata ids and dated roles, quotes,
time expressions and events, as a reader of the terminal sees them."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from nieuwsgraaf.cli import app
from nieuwsgraaf.cli.common import out

FAST = {"NIEUWSGRAAF_MODEL": "none"}

# Written for these tests; the dates put Rutte in office as premier and Trump in his first term.
RUTTE = """ date 2023-03-14 Rutte wil snellere aanpak van stikstofprobleem

Premier Mark Rutte heeft dinsdag in Den Haag gezegd dat het kabinet sneller moet handelen bij de aanpak van de stikstofuitstoot. "We kunnen niet langer wachten op nieuwe rapporten," zei Rutte na afloop van de ministerraad.

De Tweede Kamer debatteert op 22 maart over het onderwerp.
"""
TRUMP = """ date 2019-06-12 Trump dreigt opnieuw met hogere importheffingen

De Amerikaanse president Donald Trump heeft woensdag gezegd dat hij de heffingen op Europese auto's wil verhogen. Volgens Trump profiteren Europese fabrikanten al jaren van oneerlijke handelsregels.

De Europese Commissie wil eerst met Washington praten voordat zij tegenmaatregelen neemt.
"""


def squash(text: str) -> str:
    """Table text without borders and spaces, so a cell wrapped over two lines reads as one."""
    return "".join(text.replace("│", " ").split())


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=FAST)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("show")
    (folder / "rutte.txt").write_text(RUTTE, encoding="utf-8")
    (folder / "trump.txt").write_text(TRUMP, encoding="utf-8")
    db = str(folder / "show.db")
    result = invoke("ingest", str(folder / "rutte.txt"), str(folder / "trump.txt"), "--db", db)
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as connection:
        ids = dict(connection.execute("SELECT substr(title, 1, 5), id FROM articles"))
    return db, ids


@pytest.fixture()
def wide(monkeypatch):
    monkeypatch.setattr(out, "width", 100)


def test_show_lists_entities_with_wikidata_and_role_at_publication(store, wide):
    db, ids = store
    shown = invoke("show", ids["Rutte"], "--db", db)
    assert shown.exit_code == 0, shown.stderr
    [rutte_row] = [line for line in shown.stdout.splitlines() if "per:mark-rutte" in line]
    assert "Q57792" in rutte_row and "premierofNederland" in squash(shown.stdout)
    assert "role on 2023-03-14" in shown.stdout
    # Rutte led NATO only from October 2024: not a role on this article's date.
    assert "secretaris-generaal" not in shown.stdout


def test_show_lists_quotes_with_speaker_and_date_and_timexes_with_values(store, wide):
    db, ids = store
    lines = invoke("show", ids["Rutte"], "--db", db).stdout.splitlines()
    quote = next(line for line in lines if "We kunnen niet langer" in line and "│" in line)
    assert "Mark Rutte" in quote and "2023-03-14" in quote
    timex = next(line for line in lines if "22 maart" in line and "│" in line)
    assert "2023-03-22" in timex and "DATE" in timex
    tables = [line for line in lines if line[:1] in "┏┃┡│└"]
    assert tables and max(len(line) for line in tables) <= 100


def test_show_prints_events_when_the_document_has_them(store, wide):
    db, ids = store
    with sqlite3.connect(db) as connection:
        document = json.loads(connection.execute("SELECT document FROM articles WHERE id = ?",
                                                 (ids["Trump"],)).fetchone()[0])
        trigger = document["text"].index("dreigt")
        document["events"] = [{
            "type": "THREATEN", "source": "per:donald-trump", "target": None, "modality": "asserted",
            "negated": False, "date": {"value": "2019-06-12", "precision": "day", "basis": "publication"},
            "trigger": {"start": trigger, "end": trigger + 6, "text": "dreigt"}, "sentence": [0, 10],
        }]
        connection.execute("UPDATE articles SET document = ? WHERE id = ?", (json.dumps(document), ids["Trump"]))
    shown = invoke("show", ids["Trump"], "--db", db)
    row = next(line for line in shown.stdout.splitlines() if "THREATEN" in line)
    assert "Donald Trump" in row and "2019-06-12" in row and "dreigt" in row
    assert json.loads(invoke("show", ids["Trump"], "--db", db, "--json").stdout)["events"][0]["type"] == "THREATEN"


def test_show_json_stays_the_document_json(store):
    db, ids = store
    document = json.loads(invoke("show", ids["Rutte"], "--db", db, "--json").stdout)
    assert document["id"] == ids["Rutte"]
    assert {"entities", "quotes", "timexes", "events", "meta"} <= set(document)


def test_entity_is_found_by_wikidata_id(store):
    db, _ = store
    result = invoke("entity", "Q22686", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    profile = json.loads(result.stdout)
    assert profile["entity"]["id"] == "per:donald-trump" and profile["entity"]["wikidata"] == "Q22686"
    assert "roles_held" not in profile  # without --at every role is listed, with its dates
    assert len([r for r in profile["roles"] if r["role"] == "president"]) == 2


def test_entity_at_a_date_gives_the_roles_held_then(store, wide):
    db, _ = store
    first_term = json.loads(invoke("entity", "Q22686", "--at", "2019-06", "--db", db, "--json").stdout)
    assert [(r["role"], r["of"], r["start"]) for r in first_term["roles_held"]] == [
        ("president", "gpe:us", "2017-01-20")]
    between = json.loads(invoke("entity", "Donald Trump", "--at", "2022-05-01", "--db", db, "--json").stdout)
    assert between["roles_held"] == []
    text = invoke("entity", "Q22686", "--at", "2019-06", "--db", db).stdout
    assert "on 2019-06: president of" in text and "held 2019-06" in text


def test_entity_bad_date_and_unknown_wikidata_id(store):
    db, _ = store
    assert invoke("entity", "Q22686", "--at", "vorig jaar", "--db", db).exit_code == 2
    unknown = invoke("entity", "Q1", "--db", db)
    assert unknown.exit_code == 1 and "has Wikidata id 'Q1'" in unknown.stderr
