"""The command line, run as a user runs it, checked by reading the store back."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from conftest import CORPUS, SEEDS, need_shared

CLI = [sys.executable, "-m", "nieuwsgraaf"]


def run(*args, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}: {result.stderr}")
    return result


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    need_shared()
    db = str(tmp_path_factory.mktemp("cli") / "cli.db")
    run("ingest", str(SEEDS), str(CORPUS), "--db", db)
    return db


def test_ingest_stores_every_article_and_a_second_run_adds_nothing(seeded_db):
    report = json.loads(run("ingest", str(SEEDS), str(CORPUS), "--db", seeded_db, "--json").stdout)
    assert (report["read"], report["stored"], report["already_stored"]) == (63, 0, 63)
    with sqlite3.connect(seeded_db) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 63
        assert db.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == 63


def test_stats_json_counts_articles(seeded_db):
    stats = json.loads(run("stats", "--db", seeded_db, "--json").stdout)
    assert stats["articles"] == 63
    assert stats["by_language"] == {"nl": 63}
    assert stats["by_month"]["2025-09"] == 1


def test_search_with_filters_and_show(seeded_db):
    hits = json.loads(run("search", "Poetin", "--since", "2017-01", "--until", "2017-12", "--db", seeded_db,
                          "--json").stdout)
    assert [h["title"] for h in hits] == [
        'Trump: "Ik zal wellicht Poetin ontmoeten. De Russen kunnen ons helpen met Noord-Korea"']
    document = json.loads(run("show", hits[0]["id"], "--db", seeded_db, "--json").stdout)
    assert document["published"] == {"value": "2017-11", "precision": "month"}
    assert document["meta"]["extra"]["photo_credit"] == "AP"
    shown = run("show", hits[0]["id"][:8], "--db", seeded_db).stdout
    assert "In juli ontmoetten Donald Trump" in shown


def test_search_source_filter(seeded_db):
    hits = json.loads(run("search", "inflatie", "--source", "nu.nl", "--db", seeded_db, "--json").stdout)
    assert hits and all(h["source"] == "nu.nl" for h in hits)


def test_show_unknown_id_fails_clearly(seeded_db):
    result = run("show", "ffffffffffff", "--db", seeded_db, check=False)
    assert result.returncode == 1 and "no article" in result.stderr


def test_bad_date_filter_is_a_usage_error(seeded_db):
    result = run("search", "NAVO", "--since", "vorig jaar", "--db", seeded_db, check=False)
    assert result.returncode == 2 and "YYYY" in result.stderr


def test_stdin_ingest_and_extract_jsonl(tmp_path):
    text = " date 2024-02-01 Raad stemt in met brug\n\nDe gemeenteraad van Zwolle stemde dinsdagavond in met een nieuwe brug over de IJssel."
    db = str(tmp_path / "stdin.db")
    report = json.loads(run("ingest", "-", "--db", db, "--json", stdin=text).stdout)
    assert report["stored"] == 1
    lines = run("extract", "-", "--jsonl", stdin=text).stdout.splitlines()
    [document] = [json.loads(line) for line in lines]
    assert document["title"] == "Raad stemt in met brug"
    assert document["meta"]["format"] == "stdin"


def test_run_with_only_bad_inputs_reports_and_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--json", check=False)
    assert result.returncode == 1
    assert json.loads(result.stdout)["skipped"][0]["reason"] == "empty file"


def test_unknown_model_is_a_clear_error(tmp_path):
    result = run("extract", str(SEEDS), "--model", "nl_does_not_exist", check=False)
    assert result.returncode == 2 and "not found" in result.stderr  # a bad --model is a usage error


def test_settings_and_wiring_commands(tmp_path):
    rows = json.loads(run("settings", "--json").stdout)
    assert {r["name"] for r in rows} >= {"db", "model", "batch_size"}
    wiring = json.loads(run("wiring", "--json").stdout)
    assert [s["name"] for s in wiring["stages"]][:2] == ["ingest", "clean"]
    assert "ng_paragraph_breaks" in [c["name"] for c in wiring["components"]]


def test_entities_and_entity_commands_read_the_store(seeded_db):
    top = json.loads(run("entities", "--type", "PER", "--top", "5", "--db", seeded_db, "--json").stdout)
    assert len(top) == 5 and all(row["label"] == "PER" for row in top)
    assert "per:mark-rutte" in [row["id"] for row in top]
    profile = json.loads(run("entity", "Putin", "--db", seeded_db, "--json").stdout)
    assert profile["entity"]["id"] == "per:vladimir-poetin" and profile["entity"]["wikidata"] == "Q7747"
    assert ["Poetin", 7] in profile["aliases_seen"] or any(a[0] == "Poetin" for a in profile["aliases_seen"])
    assert any(role["role"] == "president" and role["of"] == "gpe:ru" for role in profile["roles"])
    assert profile["mentions_per_month"][0][0] == "2017-11"
    assert "per:donald-trump" in [c["id"] for c in profile["co_mentioned"]]
    with sqlite3.connect(seeded_db) as db:
        linked = db.execute("SELECT count(*) FROM mentions WHERE entity = 'per:vladimir-poetin'").fetchone()[0]
    assert linked == profile["entity"]["mentions"]


def test_entities_bad_type_and_unknown_name(seeded_db):
    assert run("entities", "--type", "XYZ", "--db", seeded_db, check=False).returncode == 2
    result = run("entity", "Niemand Bekend", "--db", seeded_db, check=False)
    assert result.returncode == 1 and "no stored entity" in result.stderr


def test_quotes_command_filters_by_speaker_topic_and_date(seeded_db):
    by_speaker = json.loads(run("quotes", "--speaker", "Stoltenberg", "--db", seeded_db, "--json").stdout)
    assert by_speaker and all(q["speaker"] == "per:jens-stoltenberg" for q in by_speaker)
    about = json.loads(run("quotes", "--about", "NAVO", "--since", "2017", "--until", "2017-12", "--db", seeded_db,
                           "--json").stdout)
    assert about and all((q["date"] or q["published"]) <= "2017-12~" for q in about)
    assert any("NAVO" in q["text"] for q in about)
    assert run("quotes", "--speaker", "Niemand Bekend", "--db", seeded_db, check=False).returncode == 1
