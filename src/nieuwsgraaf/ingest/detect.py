"""Which reader a file needs: by extension first, then by sniffing its first bytes; and
whether it is compressed or archived (by its first bytes)."""

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


# Compressions and archives, the suffixes they go by, and what is left of the name inside.
_COMPRESSED_SUFFIXES = (
    (".tar.gz", "gzip", ".tar"), (".tgz", "gzip", ".tar"), (".gz", "gzip", ""),
    (".tar.bz2", "bz2", ".tar"), (".tbz2", "bz2", ".tar"), (".tbz", "bz2", ".tar"), (".bz2", "bz2", ""),
    (".tar.xz", "xz", ".tar"), (".txz", "xz", ".tar"), (".xz", "xz", ""),
    (".zip", "zip", None), (".tar", "tar", None),
)


def compression_of(head: bytes) -> str | None:
    """'gzip', 'bz2', 'xz', 'zip' or 'tar' from the first bytes; None for anything else."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh") and head[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
        return "bz2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head[257:262] == b"ustar":
        return "tar"
    return None


def compression_from_name(name: str) -> tuple[str, str] | None:
    """(kind, suffix) when the name says the file is compressed or archived (not .warc.gz)."""
    lowered = name.lower()
    if format_from_name(lowered) == "warc":
        return None
    for suffix, kind, _ in _COMPRESSED_SUFFIXES:
        if lowered.endswith(suffix):
            return kind, suffix
    return None


def name_inside(name: str) -> str:
    """The name of what a .gz, .bz2 or .xz file holds: 'corpus.jsonl.gz' -> 'corpus.jsonl'."""
    lowered = name.lower()
    for suffix, _, inner in _COMPRESSED_SUFFIXES:
        if inner is not None and lowered.endswith(suffix):
            return name[: -len(suffix)] + inner
    return name


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
