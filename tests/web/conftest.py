"""The web UI's fixtures: the API's test store and live server (tests/api/conftest.py, imported
here so both suites share one definition), Debian's Chromium driven by Playwright, and a folder
for the screenshots the tests keep (NG_ARTIFACTS, else bench/results/screenshots/, git-ignored)."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

import api.conftest as api_fixtures

# The API's store and read-only server, shared rather than built anew (pytest finds fixtures by name).
api_db = api_fixtures.api_db
server = api_fixtures.server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless; no browser is downloaded (`make test` installs chromium)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `make chromium` installs Debian's chromium")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class Visit:
    """A browser tab on the live server; JavaScript errors on its pages are collected."""

    def __init__(self, page, base_url: str):
        self.page, self.base_url, self.errors = page, base_url, []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))

    def open(self, path: str):
        response = self.page.goto(self.base_url + path)
        return response


@pytest.fixture()
def visit(browser, server):
    """A fresh tab (1280×900) on the read-only server; the test fails on a JavaScript error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    tab = Visit(context.new_page(), server.url)
    yield tab
    context.close()
    assert tab.errors == [], f"JavaScript errors: {tab.errors}"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(os.environ.get("NG_ARTIFACTS") or REPO / "bench" / "results" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def http(server):
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def rutte_article(http) -> str:
    """The id of the example article about Mark Rutte and the NAVO summit (examples/txt/01_…)."""
    hits = http.get("/api/articles", params={"q": "geloofwaardig pad"}).json()["hits"]
    assert len(hits) == 1
    return hits[0]["id"]
