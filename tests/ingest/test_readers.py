"""Each reader on inputs written for these tests."""

from __future__ import annotations

import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from nieuwsgraaf.ingest import iter_input_files, read_path
from nieuwsgraaf.records import RawDocument, Skip

PAGE = """<!DOCTYPE html><html><head><title>Kabinet zoekt geld voor dijken | De Voorbeeldkrant</title>
<link rel="canonical" href="https://www.voorbeeldkrant.nl/binnenland/dijken-123">
<meta property="og:site_name" content="De Voorbeeldkrant">
<meta name="author" content="Sanne de Boer">
<meta property="article:published_time" content="2024-03-14T08:30:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<div class="cookie">Wij gebruiken cookies. Accepteer</div>
<article><h1>Kabinet zoekt geld voor dijken</h1>
<p>Het kabinet wil de komende tien jaar extra geld uittrekken voor het versterken van de dijken langs de grote rivieren. Dat schrijft de minister in een brief aan de Tweede Kamer.</p>
<p>Volgens de waterschappen is de helft van de dijken niet op orde. Zij vragen al jaren om meer geld en willen dat het Rijk de kosten voor zijn rekening neemt.</p>
<p>De oppositie noemt het plan te vaag. Er staat geen bedrag in de brief, en ook niet wanneer het werk moet beginnen.</p>
</article><footer>Over ons | Contact</footer></body></html>"""


def read_all(path) -> list:
    return list(read_path(str(path)))


def test_text_file_is_one_article_with_raw_header(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2024-02-01 Titel van het stuk\n\nEen zin over de Tweede Kamer.", encoding="utf-8")
    [raw] = read_all(path)
    assert isinstance(raw, RawDocument)
    assert raw.format == "txt"
    assert raw.text.startswith(" date 2024-02-01 Titel")


def test_jsonl_keeps_unknown_fields_and_skips_bad_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"text": "De NAVO vergadert in Brussel.", "url": "https://x.nl/1",
                    "published": "2023-05-02", "section": "buitenland"}),
        "{not json",
        json.dumps({"title": "zonder tekst"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = read_all(path)
    raw = found[0]
    assert raw.metadata == {"section": "buitenland"}
    assert raw.published.value == "2023-05-02" and raw.published.precision == "day"
    skips = found[1:]
    assert [type(s) for s in skips] == [Skip, Skip, Skip]
    assert skips[0].origin.endswith("#line 2") and "malformed JSON" in skips[0].reason
    assert "no 'text'" in skips[1].reason
    assert "expected a JSON object" in skips[2].reason


def test_html_page_gives_text_title_url_date_author_site(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [raw] = read_all(path)
    assert raw.url == "https://www.voorbeeldkrant.nl/binnenland/dijken-123"
    assert raw.title == "Kabinet zoekt geld voor dijken"
    assert raw.published.value == "2024-03-14"
    assert raw.author == "Sanne de Boer"
    assert raw.source == "De Voorbeeldkrant"
    assert "Volgens de waterschappen is de helft van de dijken niet op orde." in raw.text
    assert "cookies" not in raw.text and "Contact" not in raw.text


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Voorbeeldkrant Binnenland</title><link>https://www.voorbeeldkrant.nl</link>
<item><title>Eerste bericht</title><link>https://www.voorbeeldkrant.nl/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate><description>Korte samenvatting.</description>
<content:encoded><![CDATA[<p>De volledige tekst van het eerste bericht.</p><p>Tweede alinea.</p>]]></content:encoded></item>
<item><title>Tweede bericht</title><link>https://www.voorbeeldkrant.nl/2</link>
<pubDate>Wed, 06 Mar 2024 23:30:00 +0000</pubDate><description>Alleen een samenvatting hier.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nieuws</title><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
<entry><title>Atoombericht</title><link href="https://nieuws.example.be/a"/><id>urn:a</id>
<published>2024-01-02T09:00:00Z</published><updated>2024-01-03T09:00:00Z</updated>
<summary>Samenvatting</summary><content type="html">&lt;p&gt;Volledige inhoud van het bericht.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_use_full_content_else_summary(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = read_all(path)
    assert first.format == "rss" and first.url == "https://www.voorbeeldkrant.nl/1"
    assert "De volledige tekst van het eerste bericht." in first.text
    assert "Tweede alinea." in first.text and "Korte samenvatting" not in first.text
    assert first.published.value == "2024-03-05"
    assert second.text == "Alleen een samenvatting hier."
    assert second.source == "Voorbeeldkrant Binnenland"


def test_atom_entry_has_content_link_and_published_date(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    [entry] = read_all(path)
    assert entry.format == "atom"
    assert entry.url == "https://nieuws.example.be/a"
    assert entry.text.strip() == "Volledige inhoud van het bericht."
    assert entry.published.value == "2024-01-02"


def _warc_bytes() -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://www.voorbeeldkrant.nl/oud", "response", payload=io.BytesIO(PAGE.encode()),
        http_headers=http, warc_headers_dict={"WARC-Date": "2024-03-15T10:00:00Z"}))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://www.voorbeeldkrant.nl/foto.jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff"),
        http_headers=image))
    return buffer.getvalue()


def test_warc_html_responses_become_articles_and_images_are_ignored(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes())
    [raw] = read_all(path)
    assert raw.format == "warc"
    assert raw.url == "https://www.voorbeeldkrant.nl/binnenland/dijken-123"  # canonical wins
    assert raw.published.value == "2024-03-14"
    assert raw.origin.endswith("#record 1")


def test_truncated_warc_keeps_what_was_read_and_reports_the_rest(tmp_path):
    data = _warc_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) // 2])
    found = read_all(path)
    assert found, "a truncated archive must be reported"
    assert all(isinstance(item, Skip) for item in found)


def test_content_sniffing_reads_html_without_extension(tmp_path):
    path = tmp_path / "download"
    path.write_text(PAGE, encoding="utf-8")
    [raw] = read_all(path)
    assert raw.format == "html"


def test_gzipped_warc_is_sniffed_under_a_wrong_name(tmp_path):
    path = tmp_path / "crawl.bin"
    path.write_bytes(_warc_bytes())
    assert [r.format for r in read_all(path)] == ["warc"]


def test_bad_files_are_skipped_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "unknown.xyz").write_text("iets", encoding="utf-8")
    (tmp_path / "broken.rss").write_text("<?xml version='1.0'?><rss><channel><item><title>x", encoding="utf-8")
    results = {item.origin.rsplit("/", 1)[-1].split("#")[0]: item
               for p in iter_input_files([str(tmp_path)]) for item in read_path(p)}
    assert "empty file" in results["empty.txt"].reason
    assert "binary" in results["binary.txt"].reason
    assert "unknown file type" in results["unknown.xyz"].reason
    assert isinstance(results["broken.rss"], Skip) and "malformed feed" in results["broken.rss"].reason
    assert "no such file" in next(read_path(str(tmp_path / "missing.txt"))).reason


def test_legacy_and_utf16_encodings_are_decoded(tmp_path):
    text = "Café-eigenaar uit Zeeland ziet ruïne na storm; geëmigreerde zoon keert terug."
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    for name in ("latin1.txt", "utf16.txt"):
        [raw] = read_all(tmp_path / name)
        assert raw.text.strip() == text


def test_oversized_file_is_skipped(tmp_path):
    from nieuwsgraaf.ingest import ReadOptions

    path = tmp_path / "big.txt"
    path.write_text("woord " * 1000, encoding="utf-8")
    [skip] = list(read_path(str(path), ReadOptions(max_file_bytes=100)))
    assert "limit" in skip.reason


def test_folders_are_walked_recursively_and_hidden_files_left_out(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("h", encoding="utf-8")
    assert [p.rsplit("/", 1)[-1] for p in iter_input_files([str(tmp_path)])] == ["a.txt", "b.txt"]


def test_gzip_text_under_a_txt_name_is_unpacked_not_mistaken_for_warc(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(gzip.compress(b"gewone tekst"))
    [raw] = read_all(path)
    assert isinstance(raw, RawDocument) and raw.format == "txt"
    assert raw.text == "gewone tekst" and raw.origin == str(path)
