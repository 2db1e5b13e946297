"""A real, throwaway PostgreSQL server for the tests (started once per test run, on first use).

The cluster is made with `initdb` in a temporary folder owned by an unprivileged user (the
server refuses to run as root), listens on a free loopback port with trust authentication, and
is stopped and removed at the end. Tests that need it skip only when the server binaries are absent.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

BINARIES = "/usr/lib/postgresql/*/bin"


def server_binaries() -> Path | None:
    """The folder of the newest PostgreSQL server binaries on this machine, or None."""
    found = [Path(folder) for folder in glob.glob(BINARIES) if Path(folder, "initdb").is_file()]
    if not found:
        on_path = shutil.which("initdb")
        return Path(on_path).parent if on_path else None
    return max(found, key=lambda folder: int(folder.parent.name) if folder.parent.name.isdigit() else 0)


def _server_user() -> str | None:
    """Who runs the server: ourselves, or (as root) the `postgres` user, else `nobody`."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists to run PostgreSQL")


def _run_as(user: str | None, command: list[str]) -> subprocess.CompletedProcess:
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def throwaway_server(binaries: Path) -> Iterator[str]:
    """Start a PostgreSQL cluster in a temporary folder; yields the URL of its `postgres` database
    (superuser `postgres`, trust authentication, loopback only); stops and removes it on exit."""
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="ng-postgres-"))
    data = folder / "data"
    if user is not None:
        record = pwd.getpwnam(user)
        os.chown(folder, record.pw_uid, record.pw_gid)
    port = _free_port()
    try:
        made = _run_as(user, [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                              "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"])
        if made.returncode != 0:
            raise RuntimeError(f"initdb failed: {made.stderr}")
        # Durability is not needed for a server that is thrown away: fsync off makes it quick.
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        started = _run_as(user, [str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                 "-o", options, "-w", "-t", "60", "start"])
        if started.returncode != 0:
            log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr} {log}")
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run_as(user, [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a superuser's maintenance database on a fresh PostgreSQL server."""
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
                    "`make test` installs Debian's postgresql package")
    with throwaway_server(binaries) as url:
        yield url


@pytest.fixture(scope="session")
def new_database(postgres_url):
    """A function that creates an empty database on the test server and returns its URL."""
    import psycopg

    def create(prefix: str = "ng") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return postgres_url.rsplit("/", 1)[0] + f"/{name}"

    return create
