"""`events`, `export events` and `date` over a store made from articles of our own."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from nieuwsgraaf.cli import app
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store

runner = CliRunner()
ARTICLES = {
    "wto.txt": " date 2018-03-02 Trump en de WTO\n\nDonald Trump dreigt uit de WTO te stappen. De Amerikaanse "
               "president is al maanden ontevreden over de handelsorganisatie in Genève.\n",
    "navo.txt": " date 2025-06-25 Top in Den Haag\n\nJens Stoltenberg prees Donald Trump op een persconferentie. "
                "De NAVO-landen kwamen dinsdag bijeen in Den Haag voor een top over defensie.\n",
}


@pytest.fixture(scope="module")
def events_db(tmp_path_factory, pipeline):
    folder = tmp_path_factory.mktemp("events")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "events.db"
    store = open_store(str(path))
    ingest([str(folder)], store, Settings(), pipeline)
    store.close()
    return str(path)


def test_events_by_type_and_actor(events_db):
    result = runner.invoke(app, ["events", "--db", events_db, "--type", "threaten", "--source", "Trump", "--json"])
    assert result.exit_code == 0, result.output
    (threat,) = json.loads(result.stdout)
    assert threat["type"] == "THREATEN" and threat["source"]["id"] == "per:donald-trump"
    assert threat["target"]["wikidata"] and threat["date"]["value"] == "2018-03-02"


def test_events_filter_by_date_and_reject_unknown_types(events_db):
    result = runner.invoke(app, ["events", "--db", events_db, "--since", "2025", "--json"])
    assert {e["published"][:4] for e in json.loads(result.stdout)} == {"2025"}
    result = runner.invoke(app, ["events", "--db", events_db, "--type", "DANCE"])
    assert result.exit_code == 2 and "unknown event type" in result.output


def test_entity_shows_events_as_actor_and_recipient(events_db):
    result = runner.invoke(app, ["entity", "Q22686", "--db", events_db, "--json"])
    profile = json.loads(result.stdout)
    assert any(e["type"] == "THREATEN" for e in profile["events_as_actor"])
    assert any(e["type"] == "SUPPORT" for e in profile["events_as_target"])


def test_export_events_in_three_formats(events_db, tmp_path):
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "events", "--db", events_db]).stdout)))
    assert rows and {"event_id", "source_wikidata", "target_country", "sentence"} <= set(rows[0])
    lines = runner.invoke(app, ["export", "events", "--db", events_db, "--format", "jsonl"]).stdout.splitlines()
    assert len(lines) == len(rows) and json.loads(lines[0])["event_id"] == rows[0]["event_id"]
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["export", "events", "--db", events_db, "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0
    import pyarrow.parquet as pq
    table = pq.read_table(out)
    assert table.num_rows == len(rows) and str(table.schema.field("negated").type) == "bool"


def test_date_command_dates_each_span_and_reports_bad_lines(tmp_path):
    text = "Trump en Poetin ontmoetten elkaar in juli in Hamburg."
    start = text.index("ontmoetten")
    lines = [json.dumps({"id": "a", "published": "2017-11-09", "text": text,
                         "spans": [{"start": start, "end": start + 10}]}),
             "{broken",
             json.dumps({"id": "b", "text": "kort", "spans": [{"start": 2, "end": 40}]})]
    path = tmp_path / "spans.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["date", str(path)])
    assert result.exit_code == 4
    (first,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert first == {"id": "a", "dates": [{"start": start, "end": start + 10, "value": "2017-07",
                                           "precision": "month", "basis": "relative"}]}
    assert "line 2: not JSON" in result.stderr and "line 3: span" in result.stderr


def test_date_command_without_a_parse_uses_the_nearest_date(tmp_path):
    text = "Trump en Poetin spraken elkaar op 7 juli in Hamburg. Het weer was goed."
    start = text.index("spraken")
    path = tmp_path / "spans.jsonl"
    path.write_text(json.dumps({"url": "u", "published": "2017-11-09", "text": text,
                                "spans": [{"start": start, "end": start + 7}]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["date", str(path), "--model", "none"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["dates"][0]["value"] == "2017-07-07"
