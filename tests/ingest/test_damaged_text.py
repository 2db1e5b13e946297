"""Issue #13 §2: damaged text is repaired and reported, never silently garbled or rejected."""

from __future__ import annotations

import json
import random

import pytest

from nieuwsgraaf.ingest import read_path
from nieuwsgraaf.records import RawDocument, Skip

TEXT = (" date 2024-05-02 Boeren in België protesteren opnieuw\n\n"
        "Honderden boeren reden woensdag met hun trekkers naar het centrum van Brussel. "
        "Zij eisen minder regels en een eerlijke prijs voor hun melk, zeggen de organisatoren.")


def read_one(path):
    found = list(read_path(str(path)))
    assert len(found) == 1, found
    return found[0]


def test_a_few_bad_bytes_in_utf8_are_replaced_and_reported_not_read_as_cp1252(tmp_path):
    data = bytearray(TEXT.encode("utf-8"))
    spots = [data.index(b"Brussel"), data.index(b"melk"), data.index(b"organisatoren")]
    for spot in spots:
        data[spot:spot] = b"\xff"  # never valid in UTF-8
    path = tmp_path / "boeren.txt"
    path.write_bytes(bytes(data))
    raw = read_one(path)
    assert "België" in raw.text and "BelgiÃ«" not in raw.text
    assert raw.text.count("\ufffd") == 3
    assert raw.warnings == (f"3 bytes that are not UTF-8 replaced (first at byte {spots[0]})",)


def test_legacy_cp1252_file_is_still_read_as_cp1252_without_warning(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes((TEXT + " Prijs: 5 € per liter – zegt men.").encode("cp1252"))
    raw = read_one(path)
    assert "België" in raw.text and "5 € per liter – zegt" in raw.text
    assert raw.warnings == ()


def test_cp1252_file_with_a_pasted_utf8_quote_is_cp1252_and_says_what_it_garbled(tmp_path):
    legacy = "De coördinatie van financiële steun aan geïnteresseerde cafés in België is één probleem."
    path = tmp_path / "gemengd.txt"
    path.write_bytes(legacy.encode("cp1252") + " “citaat”".encode())
    raw = read_one(path)
    assert raw.text.startswith(legacy)
    # The closing quote's last byte (0x9D) has no Windows-1252 character either.
    assert raw.warnings == ("not UTF-8, read as Windows-1252: 2 UTF-8 characters in it came out garbled",
                            f"1 byte with no Windows-1252 character replaced (first at byte {len(legacy) + 12})")


def test_nul_bytes_and_control_characters_are_removed_and_reported_not_binary(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(TEXT.encode().replace(b"trekkers", b"trek\x00kers\x1b") + b"\x00" * 3000)
    raw = read_one(path)
    assert isinstance(raw, RawDocument)
    assert "trekkers naar" in raw.text and "\x00" not in raw.text
    first = TEXT.index("trekkers") + 4
    assert raw.warnings == (f"3002 control characters removed (first at character {first})",)


def test_form_feeds_become_spaces_and_c1_controls_are_read_as_cp1252(tmp_path):
    path = tmp_path / "c1.txt"
    path.write_text(TEXT.replace("zeggen", "\x0czeggen") + " Het is \x93hun\x94 zaak.", encoding="utf-8")
    raw = read_one(path)
    assert " zeggen" in raw.text and "Het is “hun” zaak." in raw.text
    assert len(raw.warnings) == 1 and raw.warnings[0].startswith("2 C1 control characters read as Windows-1252")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_decoded_and_reported(tmp_path, encoding):
    path = tmp_path / "breed.txt"
    path.write_bytes(TEXT.encode(encoding))
    raw = read_one(path)
    assert raw.text == TEXT
    assert raw.warnings == (f"read as {encoding.upper()} (no byte-order mark)",)


def test_utf16_cut_in_the_middle_of_a_character_reports_the_loose_byte(tmp_path):
    path = tmp_path / "afgebroken.txt"
    path.write_bytes(TEXT.encode("utf-16")[:-1])
    raw = read_one(path)
    assert raw.text.startswith(TEXT[:-1]) and raw.text.endswith("\ufffd")
    assert raw.warnings == ("1 character that is not UTF-16-LE replaced",)


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
    (b"\x7fELF\x02\x01\x01" + bytes(200), "an executable"),
    (bytes(500), "only NUL bytes"),
    (random.Random(5).randbytes(4000), "control characters"),
    (b"\x01\x00\x02\x00\x00\x00\x03" * 300, "control characters"),
])
def test_real_binary_data_is_skipped_with_a_reason(tmp_path, data, reason):
    path = tmp_path / "ding.txt"
    path.write_bytes(data)
    skip = read_one(path)
    assert isinstance(skip, Skip)
    assert skip.reason.startswith("binary content (") and reason in skip.reason


def test_jsonl_line_repairs_are_reported_on_that_line_only(tmp_path):
    good = json.dumps({"text": TEXT}).encode()
    escaped = json.dumps({"text": "Een nul\u0000 en een half teken \ud800 in de tekst.", "title": "x\ud800"})
    lines = [good, good.replace(b"Brussel", b"Brus\xffsel"), good.replace(b"melk", b"me\x00lk"),
             escaped.encode()]
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    first, bad_byte, nul, surrogates = read_path(str(path))
    assert first.warnings == ()
    assert "België" in bad_byte.text and "Brus\ufffdsel" in bad_byte.text
    assert bad_byte.warnings[0].startswith("1 byte that is not UTF-8 replaced (first at byte ")
    assert "melk" in nul.text and nul.warnings[0].startswith("1 control character removed")
    assert surrogates.text == "Een nul en een half teken \ufffd in de tekst." and surrogates.title == "x\ufffd"
    assert surrogates.warnings[0] == "2 lone surrogate escapes replaced"
    assert surrogates.warnings[1].startswith("1 control character removed")


def test_feed_with_a_nul_byte_and_an_impossible_character_reference_is_still_read(tmp_path):
    feed = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Krant</title>"
            "<item><title>Eerste</title><description>Het water stijgt in Limburg.\x00</description></item>"
            "<item><title>Tweede</title><description>Een teken &#x110000; te veel.</description></item>"
            "</channel></rss>")
    path = tmp_path / "feed.rss"
    path.write_bytes(feed.encode())
    first, second = read_path(str(path))
    assert first.text == "Het water stijgt in Limburg." and second.text == "Een teken \ufffd te veel."
    assert first.warnings == ("1 control character removed", "1 character references to no character replaced")


def test_feed_whose_bytes_name_a_file_is_parsed_as_a_feed_not_opened(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_bytes(str(tmp_path / "feed.rss").encode())
    skip = read_one(path)
    assert isinstance(skip, Skip) and "not a readable RSS/Atom feed" in skip.reason


def test_html_page_with_nul_bytes_is_read_and_reported(tmp_path):
    page = ("<html><head><title>Storm</title></head><body><article><p>De storm van vannacht heeft "
            "in Zeeland veel schade aangericht aan\x00 daken en bomen. De brandweer rukte meer dan "
            "honderd keer uit, meldt de veiligheidsregio.</p></article></body></html>")
    path = tmp_path / "storm.html"
    path.write_bytes(page.encode())
    raw = read_one(path)
    assert "schade aangericht aan daken" in raw.text
    assert raw.warnings[0].startswith("1 control character removed")


# Regressions for issue #13 found by bench/fuzz.py: each of these took trafilatura or
# feedparser minutes, or raised out of the reader, before the fix.

ARTICLE_PAGE = ("<html><head><title>Dijken</title>{head}</head><body><article><p>Het waterschap "
                "versterkt dit jaar twaalf kilometer dijk langs de Maas. De werkzaamheden beginnen "
                "in maart en duren naar verwachting tot het einde van de zomer.</p></article></body></html>")


@pytest.mark.parametrize(("head", "warning"), [
    ('<meta name="author" content="Jan ' + "[" * 100_000 + "]" * 100_000 + '">', "runs of over 1000"),
    ('<meta property="og:url" content="' + "<![CDATA[" * 50_000 + '">', "<meta> content values over 4000"),
    ('<script type="application/ld+json">{"publisher": {"name": "' + "<b" * 50_000 + '"}}</script>',
     "'<' that start no tag written as '&lt;'"),
])
def test_issue_13_page_built_to_slow_trafilatura_down_is_read_and_reported(tmp_path, head, warning):
    path = tmp_path / "zwaar.html"
    path.write_text(ARTICLE_PAGE.format(head=head), encoding="utf-8")
    raw = read_one(path)
    assert "twaalf kilometer dijk langs de Maas" in raw.text
    assert any(warning in w for w in raw.warnings), raw.warnings


def test_issue_13_feed_parser_crash_becomes_a_skip(tmp_path, monkeypatch):
    import feedparser

    def crash(stream):
        raise KeyError("links")  # what feedparser's loose parser raised on a damaged feed

    monkeypatch.setattr(feedparser, "parse", crash)
    path = tmp_path / "feed.rss"
    path.write_text("<rss><channel><item><title>x</title></item></channel></rss>", encoding="utf-8")
    assert read_one(path).reason == "not a readable RSS/Atom feed (KeyError: 'links')"


def test_issue_13_feed_with_vertical_tab_in_html_content_and_a_broken_link_is_read_and_cleaned(tmp_path):
    from nieuwsgraaf.clean import CleanOptions, clean_document, load_clean_rules

    feed = ("<rss version='2.0'><channel><title>Krant</title><item><link>http://[kapot/1</link>"
            "<description>&lt;p&gt;De veerboot naar Texel\x0bvaart weer.&lt;/p&gt;&lt;p&gt;Tweede alinea."
            "&lt;/p&gt;</description></item></channel></rss>")
    path = tmp_path / "feed.rss"
    path.write_text(feed, encoding="utf-8")
    raw = read_one(path)
    assert raw.text.startswith("De veerboot naar Texel vaart weer.") and "Tweede alinea." in raw.text
    assert raw.url == "http://[kapot/1"
    article = clean_document(raw, load_clean_rules(), CleanOptions()).article
    assert article.source == "Krant" and "Texel vaart weer" in article.text
