"""`search` and the date filters of `search` and `quotes`, as a user runs them."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.cli import app
from nieuwsgraaf.cli.exit_codes import OK, STORE, USAGE
from nieuwsgraaf.records import Analysis, Article, DateValue, FactDate, Quote
from nieuwsgraaf.store import open_store

runner = CliRunner()

# title: (text, published, source)
ARTICLES = {
    "NAVO-top in Vilnius": ("De NAVO-top in Vilnius begon met een ruzie over munitie.", "2023-07-11", "www.nu.nl"),
    "Rutte's afscheid": ("Het was Rutte's laatste top; de NAVO bedankte hem.", "2023-07-12", "nos.nl"),
    "Kabinet valt": ("Het kabinet is gevallen over de asielplannen, meldt de premier.", "2023-07", "NU.nl"),
    "Stormschade in Zeeland": ("Storm Poly richtte schade aan in Zeeland en op de Wadden.", "2023", "omroepzeeland.nl"),
    "Markt in Venlo": ("De weekmarkt in Venlo verhuist naar de Maaskade.", None, "menu.nl"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("search") / "search.db")
    store = open_store(path)
    analyses = []
    for title, (text, published, source) in ARTICLES.items():
        precision = {10: "day", 7: "month", 4: "year"}.get(len(published or ""))
        said = Quote(0, 20, text[:20], "direct", None, "woordvoerder", "zei", None,
                     FactDate("2023-W28", "week", "explicit") if title == "Kabinet valt" else None)
        analyses.append(Analysis(Article(
            id=article_id(text), text=text, title=title, url=None, source=source, agency=None,
            published=DateValue(published, precision) if published else None, language="nl",
            language_score=1.0, origin=title, format="txt"), quotes=(said,)))
    store.add_analyses(analyses)
    store.close()
    return path


def search(db: str, *args: str) -> list[str]:
    result = runner.invoke(app, ["search", *args, "--db", db, "--json"])
    assert result.exit_code == OK, result.output
    return [hit["title"] for hit in json.loads(result.stdout)]


def refused(db: str, command: str, *args: str) -> str:
    result = runner.invoke(app, [command, *args, "--db", db])
    assert result.exit_code == USAGE, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_hyphens_and_apostrophes_work_as_typed(db):
    assert search(db, "NAVO-top") == ["NAVO-top in Vilnius"]
    assert search(db, "Rutte's") == ["Rutte's afscheid"]


def test_a_leading_not_lists_everything_else_newest_first(db):
    assert search(db, "NOT NAVO") == ["Kabinet valt", "Stormschade in Zeeland", "Markt in Venlo"]
    assert search(db, "NOT NAVO kabinet") == ["Kabinet valt"]


@pytest.mark.parametrize(("typed", "says"), [
    ("NAVO AND", "it ends where a word or phrase should follow"),
    ('"NAVO-top', "never closed"),
    ("NEAR(Rutte NAVO, vijf)", "whole number"),
    ("(munitie OR ruzie", "never closed"),
])
def test_a_query_that_cannot_be_read_is_a_usage_error(db, typed, says):
    line = refused(db, "search", typed)
    assert "cannot read the search" in line and says in line


def test_filters_without_words_list_by_date_newest_first(db):
    assert search(db, "--since", "2023-07") == ["Rutte's afscheid", "NAVO-top in Vilnius", "Kabinet valt",
                                                "Stormschade in Zeeland"]
    assert search(db, "--source", "nos.nl") == ["Rutte's afscheid"]


def test_no_words_and_no_filters_is_a_usage_error(db):
    assert "give words to search for, or a filter" in refused(db, "search")


@pytest.mark.parametrize("given", ["nu.nl", "NU.nl", "www.nu.nl", "https://www.nu.nl/"])
def test_source_ignores_case_and_www(db, given):
    assert search(db, "--source", given) == ["NAVO-top in Vilnius", "Kabinet valt"]


def test_source_does_not_match_another_outlet_that_ends_alike(db):
    assert search(db, "--source", "nu.nl", "markt") == []


@pytest.mark.parametrize(("option", "value", "says"), [
    ("--since", "2018-13", "--since 2018-13: there is no month 13"),
    ("--until", "2018-02-30", "--until 2018-02-30: 2018-02 has no day 30"),
    ("--until", "2019-02-29", "2019-02 has no day 29"),
    ("--since", "vorig jaar", "--since takes YYYY, YYYY-MM or YYYY-MM-DD, not 'vorig jaar'"),
    ("--since", "18-01", "takes YYYY, YYYY-MM or YYYY-MM-DD"),
    ("--since", "2018-1", "takes YYYY, YYYY-MM or YYYY-MM-DD"),
])
@pytest.mark.parametrize("command", ["search", "quotes"])
def test_impossible_dates_are_usage_errors(db, command, option, value, says):
    assert says in refused(db, command, option, value)


def test_a_range_that_ends_before_it_starts_is_a_usage_error(db):
    assert "--since 2024 is after --until 2023-12" in refused(db, "search", "--since", "2024", "--until", "2023-12")


def test_a_leap_day_is_a_date(db):
    assert search(db, "--since", "2020-02-29", "--until", "2023-07-11") == [
        "NAVO-top in Vilnius", "Kabinet valt", "Stormschade in Zeeland"]


def test_dates_match_by_overlap(db):
    # 'Kabinet valt' is dated 2023-07 (a month), 'Stormschade' 2023 (a year): both may be either side
    assert search(db, "--since", "2023-07-12") == ["Rutte's afscheid", "Kabinet valt", "Stormschade in Zeeland"]
    assert search(db, "--until", "2023-07-01") == ["Kabinet valt", "Stormschade in Zeeland"]
    assert search(db, "--since", "2023-08") == ["Stormschade in Zeeland"]


def test_undated_articles_only_with_include_undated_when_a_date_filter_is_given(db):
    assert "Markt in Venlo" in search(db, "Venlo")
    assert search(db, "Venlo", "--since", "2000") == []
    assert search(db, "Venlo", "--since", "2000", "--include-undated") == ["Markt in Venlo"]


def test_quotes_filter_by_their_own_period_with_include_undated(db):
    def said(*args: str) -> list[str]:
        result = runner.invoke(app, ["quotes", *args, "--db", db, "--json"])
        assert result.exit_code == OK, result.output
        return sorted(row["title"] for row in json.loads(result.stdout))

    # the quote in 'Kabinet valt' was said in week 28 (10 to 16 July); the others carry their article's date
    assert said("--since", "2023-07-17") == ["Stormschade in Zeeland"]
    assert said("--since", "2023-07-12", "--until", "2023-07-12") == [
        "Kabinet valt", "Rutte's afscheid", "Stormschade in Zeeland"]
    assert said("--since", "2023-07-17", "--include-undated") == ["Markt in Venlo", "Stormschade in Zeeland"]


def test_help_documents_the_syntax_and_the_date_rule():
    text = runner.invoke(app, ["search", "--help"], env={"COLUMNS": "200"}).stdout
    for needle in ('"NAVO-top in Brussel"', "Trump OR Poetin", "Brexit NOT May", "NOT NAVO", "kabinet*",
                   "NEAR(Rutte NAVO, 5)", "title:NAVO", "--include-undated", "overlap", "2017-05"):
        assert needle in text, needle
    quotes_help = runner.invoke(app, ["quotes", "--help"], env={"COLUMNS": "200"}).stdout
    assert "--include-undated" in quotes_help and "overlap" in quotes_help


def test_other_database_errors_are_not_taken_for_syntax(db, tmp_path):
    broken = tmp_path / "broken.db"
    shutil.copyfile(db, broken)
    store = open_store(str(broken))
    store.db.execute("DROP TABLE articles_fts")
    store.close()
    result = runner.invoke(app, ["search", "NAVO", "--db", str(broken)])
    assert result.exit_code == STORE, result.output
    assert "no such table: articles_fts" in result.stderr
