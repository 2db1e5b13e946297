"""Articles stored before stories existed (or while a run stopped between its two writes) are
threaded at the next run's start, and by a rebuild (issue 17)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store
from nieuwsgraaf.stories import open_story_stage, rebuild_stories

WRITTEN = Path(__file__).parent / "data" / "written_articles.jsonl"


def _forget_stories(db: Path) -> None:
    with closing(sqlite3.connect(db)) as connection, connection:
        for table in ("story_articles", "stories", "article_vectors", "story_signatures", "duplicates"):
            connection.execute(f"DELETE FROM {table}")


def _stored(tmp_path, fallback_pipeline) -> Path:
    db = tmp_path / "old.db"
    store = open_store(db)
    ingest([str(WRITTEN)], store, Settings(db=str(db), model="none"), pipeline=fallback_pipeline)
    store.close()
    _forget_stories(db)
    return db


def test_a_run_start_threads_stored_articles_without_a_story(tmp_path, fallback_pipeline):
    store = open_store(_stored(tmp_path, fallback_pipeline))
    assert store.unthreaded_documents()
    open_story_stage(store)
    assert not store.unthreaded_documents()
    assert len(list(store.iter_signatures())) == 5
    assert all(store.get_document(m.article_id)["story"] == m.story_id for m in store.iter_story_members())
    store.close()


def test_a_rebuild_first_gives_unthreaded_articles_their_vectors(tmp_path, fallback_pipeline):
    store = open_store(_stored(tmp_path, fallback_pipeline))
    done = rebuild_stories(store)
    assert done.articles == 5
    assert all(item.vector for item in store.iter_thread_inputs())
    store.close()
