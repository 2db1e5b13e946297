"""`nieuwsgraaf serve` as a user starts it: a real process that binds 127.0.0.1 and answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_serve_starts_on_loopback_and_answers(api_db):
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("NIEUWSGRAAF_API_TOKEN", None)
    process = subprocess.Popen([sys.executable, "-m", "nieuwsgraaf", "serve", "--db", api_db, "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).json()
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline, "serve did not answer within 30 s"
                time.sleep(0.2)
        assert stats["articles"] > 20
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert f"serving {api_db} on http://127.0.0.1:{port}/" in stderr and "writes off" in stderr


def test_serve_refuses_a_missing_database(tmp_path):
    result = subprocess.run([sys.executable, "-m", "nieuwsgraaf", "serve", "--db", str(tmp_path / "none.db")],
                            env={**os.environ, "PYTHONPATH": SRC}, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3 and "no database at" in result.stderr
