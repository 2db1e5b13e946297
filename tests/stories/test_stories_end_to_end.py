"""Stories through the real pipeline (fast model), the store and the CLI (issue 17).

The seeds and the articles written for these tests are ingested one file at a time in date order,
with a lightly edited copy of one of them (an agency line alone is cleaned away, leaving the same
text: a sighting, not a near-duplicate), so ingest and `stories --rebuild` see the same order.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import SEEDS, load_bench, need_shared
from nieuwsgraaf import resources
from nieuwsgraaf.cli import app
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store

DATA = Path(__file__).parent / "data"
runner = CliRunner()


def _story_of(store, url_or_seed: str) -> str:
    for member in store.iter_story_members():
        document = store.get_document(member.article_id)
        if url_or_seed in (document["url"], Path(document["meta"]["origin"]).name):
            return member.story_id
    raise AssertionError(f"{url_or_seed} not stored")


@pytest.fixture(scope="module")
def stored(tmp_path_factory, fast_pipeline):
    need_shared()
    folder = tmp_path_factory.mktemp("stories")
    written = [json.loads(line) for line in (DATA / "written_articles.jsonl").read_text("utf-8").splitlines()]
    copy = {**written[0], "url": "https://kopie.example/anp-tegenheffingen",
            "text": load_bench("story_copies").light_edit(written[0]["text"])}
    by_date = sorted([*written, copy], key=lambda record: record["published"])
    inputs = [SEEDS / "002_83302a0147a32a31.txt"]  # 2017-11
    for number, record in enumerate(by_date):
        path = folder / f"{number}.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
        inputs.append(path)
    inputs += [SEEDS / "001_a2b76f16c4debcc1.txt", SEEDS / "000_41941913d54af7c0.txt"]  # 2025-09, undated
    db = folder / "stories.db"
    settings = Settings(db=str(db), model="nl_nieuwsgraaf_fast")
    store = open_store(db)
    for path in inputs:
        ingest([str(path)], store, settings, pipeline=fast_pipeline)
    yield store, db, written, copy
    store.close()


def test_the_seeds_come_out_with_their_stories(stored):
    store, _, written, _ = stored
    wto = _story_of(store, "000_41941913d54af7c0.txt")
    assert {_story_of(store, record["url"]) for record in written[:2]} == {wto}
    nato_2025 = {_story_of(store, record["url"]) for record in written[2:]}
    assert len(nato_2025) == 1
    assert nato_2025.isdisjoint({wto, _story_of(store, "001_a2b76f16c4debcc1.txt"),
                                 _story_of(store, "002_83302a0147a32a31.txt")})


def test_the_agency_copy_is_stored_as_a_near_duplicate_in_its_originals_story(stored):
    store, _, written, copy = stored
    original = next(m.article_id for m in store.iter_story_members()
                    if store.get_document(m.article_id)["url"] == written[0]["url"])
    document = next(store.get_document(m.article_id) for m in store.iter_story_members()
                    if store.get_document(m.article_id)["url"] == copy["url"])
    assert document["duplicate_of"] == original
    assert document["story"] == store.get_document(original)["story"]


def test_stored_documents_carry_story_and_validate(stored):
    store, *_ = stored
    validator = jsonschema.Draft202012Validator(json.loads(resources.schema_path().read_text("utf-8")))
    for member in store.iter_story_members():
        document = store.get_document(member.article_id)
        assert document["story"] == member.story_id
        assert not list(validator.iter_errors(document))
    older = {**document, "schema_version": "1.3"}
    del older["story"], older["duplicate_of"]
    assert not list(validator.iter_errors(older))  # documents from before stories stay valid


def test_stories_json_lists_every_telling_and_counts_a_copy_once(stored):
    store, db, written, copy = stored
    result = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    stories = json.loads(result.stdout)
    wto = next(s for s in stories if written[0]["url"] in {a["url"] for a in s["articles"]})
    urls = {a["url"] for a in wto["articles"]}
    assert {written[0]["url"], written[1]["url"], copy["url"]} <= urls
    assert wto["articles_counted"] == len(wto["articles"]) - 1
    assert all({"id", "url", "outlet", "date", "duplicate_of"} <= set(a) for a in wto["articles"])


def test_story_shows_articles_and_a_dated_timeline(stored):
    store, db, written, _ = stored
    story_id = _story_of(store, written[2]["url"])
    result = runner.invoke(app, ["story", story_id[:8], "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    story = json.loads(result.stdout)
    assert story["id"] == story_id and len(story["articles"]) == 3
    assert story["first"] == "2025-06-24" and story["last"] == "2025-06-27"
    assert "per:mark-rutte" in {actor["id"] for actor in story["actors"]}
    assert story["timeline"] and all(entry["date"]["value"] for entry in story["timeline"])
    dates = [entry["date"]["value"] for entry in story["timeline"]]
    assert dates == sorted(dates)


def test_stories_by_entity_and_date(stored):
    _, db, *_ = stored
    result = runner.invoke(app, ["stories", "--db", str(db), "--json", "--entity", "Mark Rutte",
                                 "--since", "2025-06", "--until", "2025-06"])
    assert result.exit_code == 0, result.output
    assert [len(s["articles"]) for s in json.loads(result.stdout)] == [3]
    missing = runner.invoke(app, ["story", "ffffffffffffffff", "--db", str(db)])
    assert missing.exit_code != 0 and "no story" in missing.output


def test_rebuild_gives_the_grouping_of_ingest_in_date_order(stored):
    store, db, *_ = stored
    before = {m.article_id: m.story_id for m in store.iter_story_members()}
    result = runner.invoke(app, ["stories", "--rebuild", "--db", str(db)])
    assert result.exit_code == 0, result.output
    after = {m.article_id: m.story_id for m in store.iter_story_members()}
    assert after == before
