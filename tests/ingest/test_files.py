"""Issue #13 §2: what is not a readable regular file is named with its reason, never dropped."""

from __future__ import annotations

import gzip
import io
import os
import signal

import pytest

from nieuwsgraaf.ingest import iter_input_files, read_path
from nieuwsgraaf.ingest.warc import read_warc
from nieuwsgraaf.records import RawDocument, Skip

ARTICLE = "De gemeente Utrecht opent volgende maand een nieuwe fietsenstalling bij het station."


@pytest.fixture
def no_blocking():
    """Fail, rather than hang, when reading blocks (a FIFO opened for reading would)."""
    def stuck(signum, frame):
        raise AssertionError("reading blocked")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def skip_for(path) -> Skip:
    [skip] = read_path(str(path))
    assert isinstance(skip, Skip), skip
    return skip


def test_fifo_in_a_folder_is_listed_and_skipped_without_blocking(tmp_path, no_blocking):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pijp")
    names = list(iter_input_files([str(tmp_path)]))
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "pijp")]
    skip = skip_for(tmp_path / "pijp")
    assert skip.reason == "not a regular file (a named pipe (FIFO))"


def test_device_is_not_a_regular_file():
    assert skip_for("/dev/null").reason == "not a regular file (a character device)"


def test_broken_symlink_is_listed_and_named(tmp_path):
    (tmp_path / "weg.txt").symlink_to(tmp_path / "bestaat-niet.txt")
    assert list(iter_input_files([str(tmp_path)])) == [str(tmp_path / "weg.txt")]
    skip = skip_for(tmp_path / "weg.txt")
    assert skip.reason == f"broken symbolic link (to {tmp_path / 'bestaat-niet.txt'})"


def test_symlinked_folder_is_followed_once_even_in_a_loop(tmp_path):
    (tmp_path / "echt").mkdir()
    (tmp_path / "echt" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "echt" / "terug").symlink_to(tmp_path)  # a loop back to the top
    (tmp_path / "link").symlink_to(tmp_path / "echt")
    names = [os.path.relpath(n, tmp_path) for n in iter_input_files([str(tmp_path)])]
    assert names == ["echt/a.txt"]


def test_folder_that_cannot_be_listed_is_yielded_and_skipped_with_the_reason(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dicht").mkdir()
    (tmp_path / "dicht" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission gives (root reads all)
        if os.fspath(path).endswith("dicht"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    names = list(iter_input_files([str(tmp_path)]))
    assert names == [str(tmp_path / "dicht"), str(tmp_path / "open" / "a.txt")]
    assert skip_for(tmp_path / "dicht").reason == "cannot read folder (Permission denied)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders without read permission")
def test_folder_without_read_permission_is_skipped_with_the_reason(tmp_path):
    folder = tmp_path / "dicht"
    folder.mkdir()
    folder.chmod(0)
    try:
        assert list(iter_input_files([str(tmp_path)])) == [str(folder)]
        assert skip_for(folder).reason == "cannot read folder (Permission denied)"
    finally:
        folder.chmod(0o755)


def test_file_that_cannot_be_opened_is_skipped_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "geheim.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    real_open = os.open

    def os_open(name, flags, *args, **kwargs):  # what a file without read permission gives
        if os.fspath(name) == str(path):
            raise PermissionError(13, "Permission denied", os.fspath(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    assert skip_for(path).reason == "cannot read file (Permission denied)"


def test_folder_given_to_read_path_is_named_as_a_folder(tmp_path):
    assert skip_for(tmp_path).reason == "is a folder"


def _warc(records: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = f"<html><body><article><p>{body}</p></article></body></html>".encode()
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page),
                                                      http_headers=http))
    return buffer.getvalue()


LONG = ARTICLE + " " + "De stalling biedt plaats aan vierduizend fietsen en is dag en nacht open. " * 3


@pytest.mark.parametrize("cut_after", ["WARC/1.0\r\n", "WARC-Type: response\r\n", "WARC-Target-URI"])
def test_warc_cut_inside_the_headers_of_its_last_record_says_so(cut_after):
    data = _warc([("https://krant.example.nl/1", LONG), ("https://krant.example.nl/2", LONG)])
    second = data.index(b"WARC/1.0", 10)
    cut = data.index(cut_after.encode(), second) + len(cut_after)
    found = list(read_warc(io.BytesIO(data[:cut]), "cut.warc"))
    assert isinstance(found[0], RawDocument) and found[0].origin == "cut.warc#record 1"
    assert len(found) == 2 and isinstance(found[1], Skip), found
    assert "cut off" in found[1].reason or "headers" in found[1].reason


def test_warc_cut_inside_its_first_headers_is_not_read_as_zero_records(tmp_path):
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(gzip.compress(_warc([("https://krant.example.nl/1", LONG)])[:60]))
    found = list(read_path(str(path)))
    assert found and all(isinstance(item, Skip) for item in found)
    assert "headers" in found[-1].reason
