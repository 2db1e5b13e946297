"""Whole runs: the bundled examples in every format, broken files, a killed ingest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import EXAMPLES, FIXTURES
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.store import open_store


def test_examples_in_every_format_are_ingested(settings, pipeline):
    store = open_store(settings.db)
    report = ingest([str(EXAMPLES)], store, settings, pipeline)
    formats = dict(store.db.execute("SELECT format, count(*) FROM articles GROUP BY format").fetchall())
    # The WARC holds the three HTML pages again: same text, same ids, so they are sightings.
    assert formats == {"txt": 12, "jsonl": 6, "html": 3, "rss": 4, "atom": 3}
    warc_seen = store.db.execute("SELECT count(*) FROM sightings WHERE origin LIKE '%.warc.gz#record%'").fetchone()
    assert warc_seen == (3,) and report.already_stored == 3
    languages = dict(store.db.execute("SELECT language, count(*) FROM articles GROUP BY language").fetchall())
    assert languages.get("fy") == 1 and languages.get("en") == 1
    assert report.not_dutch == 2
    non_dutch = store.db.execute("SELECT document FROM articles WHERE language != 'nl'").fetchall()
    assert all(json.loads(row[0])["meta"]["nlp_model"] is None for row in non_dutch)
    # The only skips are files that are not articles (the folder's README).
    assert [s.origin for s in report.skipped] == [str(EXAMPLES / "README.md")]


def test_broken_files_are_reported_and_the_run_goes_on(settings, pipeline):
    store = open_store(settings.db)
    report = ingest([str(FIXTURES / "bad")], store, settings, pipeline)
    reasons = {os.path.basename(s.origin.split("#")[0]): s.reason for s in report.skipped}
    assert "empty file" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "unknown file type" in reasons["unknown.xyz"]
    assert "truncated" in reasons["truncated.warc.gz"]
    assert "no article text" in reasons["only_chrome.txt"]
    stored = {row[0].rsplit("/", 1)[-1].split("#")[0]: row[1]
              for row in store.db.execute("SELECT origin, language FROM articles")}
    assert stored["latin1.txt"] == "nl" and stored["utf16.txt"] == "nl"
    assert stored["english.txt"] == "en"
    assert stored["broken.jsonl"] == "nl"


def _write_corpus(path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = (f"Bericht {number}: de gemeenteraad van Zwolle stemde op vergadering {number} in met "
                    f"plan {number * 7} voor een nieuwe brug over de IJssel, zei wethouder De Vries.")
            handle.write(json.dumps({"text": text, "url": f"https://x.nl/{number}"}) + "\n")


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, 3000)
    db = tmp_path / "kill.db"
    command = [sys.executable, "-m", "nieuwsgraaf", "ingest", str(corpus), "--db", str(db), "--json"]
    # The rule-based pipeline: what is tested is the store's resume, not the NLP.
    env = {**os.environ, "NIEUWSGRAAF_BATCH_SIZE": "8", "NIEUWSGRAAF_MODEL": "none"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as check:
                stored = check.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 100:
            break
    assert process.poll() is None, "ingest finished before it could be killed; make the corpus bigger"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert 0 < stored < 3000
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=600)
    store = open_store(str(db))
    assert store.db.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (3000, 3000)
    assert store.db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'IJssel'").fetchone()[0] == 3000
    assert store.integrity_problems() == []
