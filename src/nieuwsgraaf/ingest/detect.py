"""Which reader a file needs: by extension first, then by sniffing its first bytes."""

from __future__ import annotations

import zlib

FORMATS = ("txt", "jsonl", "html", "feed", "warc")

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}


def format_from_name(name: str) -> str | None:
    lowered = name.lower()
    for suffix in sorted(_EXTENSIONS, key=len, reverse=True):
        if lowered.endswith(suffix):
            return _EXTENSIONS[suffix]
    return None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 512)
    except zlib.error:
        return b""


def sniff_format(head: bytes) -> str | None:
    """Guess the format from the first few KB; None when it is not a known kind."""
    if head.startswith(b"\x1f\x8b"):
        head = _gunzip_head(head)
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    probe = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith(b"<?xml") or probe.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed" if any(tag in probe for tag in (b"<rss", b"<feed", b"<rdf:rdf")) else None
    if probe.startswith((b"<!doctype html", b"<html")) or b"<body" in probe:
        return "html"
    if probe.startswith((b"{", b"[")):
        return "jsonl"
    return None
