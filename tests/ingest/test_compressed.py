"""Issue #13 §2: compressed files and archives, read as streams, damage reported."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import tarfile
import tracemalloc
import zipfile

import pytest

from nieuwsgraaf.ingest import ReadOptions, read_path
from nieuwsgraaf.records import RawDocument, Skip

SENTENCES = [
    "De provincie Gelderland trekt extra geld uit voor nieuwe fietspaden langs de IJssel.",
    "In Gent hebben honderden studenten betoogd tegen de hogere huurprijzen voor koten.",
    "Het KNMI verwacht voor het weekend zware windstoten aan de kust van Noord-Holland.",
    "De rechtbank in Zwolle heeft een man veroordeeld voor oplichting via een nepwebwinkel.",
]


def jsonl_bytes(count: int = 4) -> bytes:
    lines = [json.dumps({"text": SENTENCES[n % 4] + f" Bericht {n}.", "url": f"https://krant.example.nl/{n}"},
                        ensure_ascii=False) for n in range(count)]
    return ("\n".join(lines) + "\n").encode()


PAGE = ("<!DOCTYPE html><html><head><title>Fietspaden langs de IJssel</title></head><body><article>"
        "<h1>Fietspaden langs de IJssel</h1><p>" + " ".join(SENTENCES) + "</p><p>" + " ".join(SENTENCES)
        + "</p></article></body></html>").encode()


def names_and_kinds(found) -> list[tuple[str, str]]:
    return [(item.origin.split("/")[-1], type(item).__name__) for item in found]


def tar_bytes(members: dict[str, bytes], mode: str = "w") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_jsonl_gz_yields_every_line_with_its_origin(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_bytes(4)))
    found = list(read_path(str(path)))
    assert [item.origin for item in found] == [f"{path}#line {n}" for n in (1, 2, 3, 4)]
    assert all(isinstance(item, RawDocument) and item.format == "jsonl" for item in found)
    assert found[2].text.startswith("Het KNMI verwacht") and found[2].url == "https://krant.example.nl/2"


def test_big_jsonl_gz_is_read_line_by_line_not_whole(tmp_path):
    data = jsonl_bytes(30_000)  # about 3.3 MB decompressed
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(data, compresslevel=1))
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_path(str(path)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30_000
    assert peak < len(data) / 4, f"peak {peak} bytes for {len(data)} decompressed"


@pytest.mark.parametrize(("suffix", "compress"), [
    (".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)])
@pytest.mark.parametrize("inner", ["nieuws.txt", "nieuws.html", "nieuws.jsonl"])
def test_each_compression_around_each_format(tmp_path, suffix, compress, inner):
    content = {"nieuws.txt": " ".join(SENTENCES).encode(), "nieuws.html": PAGE, "nieuws.jsonl": jsonl_bytes(1)}
    path = tmp_path / (inner + suffix)
    path.write_bytes(compress(content[inner]))
    [raw] = read_path(str(path))
    assert isinstance(raw, RawDocument), raw
    assert raw.format == inner.split(".")[1]
    assert "fietspaden langs de IJssel" in raw.text


def test_truncated_gz_keeps_the_lines_before_the_damage_and_says_what_stopped(tmp_path):
    whole = gzip.compress(jsonl_bytes(2000))
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    found = list(read_path(str(path)))
    articles, last = found[:-1], found[-1]
    assert len(articles) > 100 and all(isinstance(a, RawDocument) for a in articles)
    assert articles[-1].origin == f"{path}#line {len(articles)}"
    assert isinstance(last, Skip) and last.origin == str(path)
    assert last.reason.startswith("gzip data damaged or cut off, stopped reading")


def test_zip_members_are_read_with_their_names_and_hidden_ones_left_out(tmp_path):
    path = tmp_path / "archief.zip"
    path.write_bytes(zip_bytes({"map/pagina.html": PAGE, "map/bericht.txt": SENTENCES[1].encode(),
                                "__MACOSX/._bericht.txt": b"\x00\x05", ".verborgen.txt": b"x"}))
    found = list(read_path(str(path)))
    assert [item.origin for item in found] == [f"{path}#map/pagina.html", f"{path}#map/bericht.txt"]
    assert [item.format for item in found] == ["html", "txt"]


@pytest.mark.parametrize(("name", "mode"), [
    ("archief.tar", "w"), ("archief.tar.gz", "w:gz"), ("archief.tgz", "w:gz"),
    ("archief.tar.bz2", "w:bz2"), ("archief.tar.xz", "w:xz")])
def test_tar_members_are_read_in_every_compression(tmp_path, name, mode):
    path = tmp_path / name
    path.write_bytes(tar_bytes({"./a/corpus.jsonl": jsonl_bytes(2), "a/b.txt": SENTENCES[3].encode()}, mode))
    found = list(read_path(str(path)))
    assert [item.origin for item in found] == [
        f"{path}#a/corpus.jsonl#line 1", f"{path}#a/corpus.jsonl#line 2", f"{path}#a/b.txt"]
    assert all(isinstance(item, RawDocument) for item in found)


def warc_gz_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://krant.example.nl/fiets", "response",
                                                  payload=io.BytesIO(PAGE), http_headers=http))
    return buffer.getvalue()


def test_nested_archives_and_a_warc_inside_are_read(tmp_path):
    inner_zip = zip_bytes({"los.txt": SENTENCES[0].encode()})
    path = tmp_path / "alles.tgz"
    path.write_bytes(tar_bytes({"binnen.zip": inner_zip, "crawl.warc.gz": warc_gz_bytes()}, "w:gz"))
    found = list(read_path(str(path)))
    assert [item.origin for item in found] == [f"{path}#binnen.zip#los.txt", f"{path}#crawl.warc.gz#record 1"]
    assert found[1].format == "warc"


def test_archives_nested_too_deep_are_refused(tmp_path):
    data = SENTENCES[0].encode()
    for _ in range(5):
        data = gzip.compress(data)
    path = tmp_path / "diep.txt.gz"
    path.write_bytes(data)
    [skip] = read_path(str(path))
    assert skip.reason == "compressed or archived more than 4 levels deep"


def test_zip_bomb_is_skipped_at_the_limit_not_read_into_memory(tmp_path):
    path = tmp_path / "bom.txt.gz"
    path.write_bytes(gzip.compress(b"ha " * 3_000_000))  # 9 MB of text from 30 KB
    [skip] = read_path(str(path), ReadOptions(max_file_bytes=1_000_000))
    assert skip.reason == "over the 1000000-byte limit once decompressed"


def test_zip_member_over_the_limit_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "bom.zip"
    path.write_bytes(zip_bytes({"groot.txt": b"ha " * 1_000_000, "klein.txt": SENTENCES[2].encode()}))
    first, second = read_path(str(path), ReadOptions(max_file_bytes=100_000))
    assert first == Skip(f"{path}#groot.txt", "3000000 bytes once decompressed, over the 100000-byte limit")
    assert isinstance(second, RawDocument) and second.origin == f"{path}#klein.txt"


def test_truncated_zip_yields_the_members_before_the_cut_and_says_so(tmp_path):
    members = {f"bericht{n}.txt": (SENTENCES[n] * 20).encode() for n in range(4)}
    data = zip_bytes(members)
    path = tmp_path / "afgebroken.zip"
    path.write_bytes(data[: data.index(b"bericht3.txt") + 40])
    found = list(read_path(str(path)))
    assert names_and_kinds(found[:3]) == [
        ("afgebroken.zip#bericht0.txt", "RawDocument"), ("afgebroken.zip#bericht1.txt", "RawDocument"),
        ("afgebroken.zip#bericht2.txt", "RawDocument")]
    assert found[3] == Skip(f"{path}#bericht3.txt", "zip member cut off")
    assert found[4].origin == str(path) and found[4].reason.startswith("zip archive damaged or cut off")


def test_damaged_zip_member_is_skipped_and_the_next_one_read(tmp_path):
    data = bytearray(zip_bytes({"a.txt": (SENTENCES[0] * 30).encode(), "b.txt": SENTENCES[1].encode()}))
    data[60] ^= 0xFF  # inside a.txt's compressed bytes
    path = tmp_path / "kapot.zip"
    path.write_bytes(bytes(data))
    first, second = read_path(str(path))
    assert first.origin == f"{path}#a.txt" and first.reason.startswith("zip member damaged")
    assert isinstance(second, RawDocument) and second.origin == f"{path}#b.txt"


def test_tar_cut_inside_a_header_says_so(tmp_path):
    data = tar_bytes({"a.txt": SENTENCES[0].encode(), "b.txt": SENTENCES[1].encode()})
    path = tmp_path / "afgebroken.tar"
    path.write_bytes(data[: 512 + 512 + 100])  # a's header and data, part of b's header
    raw, skip = read_path(str(path))
    assert raw.origin == f"{path}#a.txt"
    assert skip.origin == str(path) and skip.reason.startswith("tar archive damaged or cut off after 1 members")


def test_empty_archive_and_office_document_are_skipped_with_reasons(tmp_path):
    (tmp_path / "leeg.zip").write_bytes(zip_bytes({}))
    (tmp_path / "brief.docx").write_bytes(zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}))
    [empty] = read_path(str(tmp_path / "leeg.zip"))
    assert empty.reason == "the zip archive holds no files"
    [docx] = read_path(str(tmp_path / "brief.docx"))
    assert docx.reason == "binary content (an Office document (.docx/.xlsx/.pptx)), not text"


def test_name_that_promises_gzip_but_holds_plain_text_is_named(tmp_path):
    path = tmp_path / "bericht.txt.gz"
    path.write_bytes(SENTENCES[0].encode())
    [skip] = read_path(str(path))
    assert skip.reason == "not gzip data, although the name ends in .gz"


def test_gzip_from_stdin_is_unpacked(monkeypatch):
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(SENTENCES[0].encode()))))
    [raw] = read_path("-")
    assert raw.origin == "-" and raw.format == "stdin" and raw.text == SENTENCES[0]
