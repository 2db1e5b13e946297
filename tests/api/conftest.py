"""The API's fixtures: a store built once with the real pipeline (`--model none`) over examples/,
and real uvicorn servers on free loopback ports: one that only reads, one that also writes."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from nieuwsgraaf.api import create_app
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
INPUTS = ("txt", "html", "jsonl", "feeds", "warc")  # the folders `make demo` ingests
TOKEN = "test-token-0123456789abcdef"


class LiveServer:
    """A uvicorn server in a thread, on a loopback socket bound before it starts (no port race)."""

    def __init__(self, app):
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


@pytest.fixture(scope="session")
def api_db(tmp_path_factory, fallback_pipeline) -> str:
    """The examples ingested once, as `make demo` does, with the rule-based pipeline."""
    path = str(tmp_path_factory.mktemp("api") / "api.db")
    store = open_store(path)
    try:
        report = ingest([str(EXAMPLES / name) for name in INPUTS], store, Settings(db=path, model="none"),
                        fallback_pipeline)
    finally:
        store.close()
    assert report.stored > 20
    return path


@pytest.fixture(scope="session")
def server(api_db):
    """A server that only reads (no api_token)."""
    with LiveServer(create_app(api_db, Settings(db=api_db, model="none"))) as live:
        yield live


@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


@pytest.fixture(scope="session")
def writable_server(api_db, tmp_path_factory):
    """A server with writes on (api_token set), over its own copy of the store."""
    folder = tmp_path_factory.mktemp("writable")
    path = str(folder / "api.db")
    shutil.copy(api_db, path)
    settings = Settings(db=path, model="none", api_token=TOKEN)
    with LiveServer(create_app(path, settings)) as live:
        yield live
