"""Bytes to text: byte-order marks, UTF-8, and the legacy encodings scraped news still uses."""

from __future__ import annotations

import codecs

from .errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline and carriage return: a text file has few.
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}


def is_binary(data: bytes) -> bool:
    """True when a sample of the bytes looks like binary data, not text in any encoding."""
    sample = data[:8192]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls / len(sample) > 0.01


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode text bytes; raises IngestError for binary content.

    Order: a byte-order mark, then strict UTF-8, then Windows-1252 (a superset of
    Latin-1 for printable text, and what old Dutch sites were written in).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise IngestError(f"{origin}: invalid {encoding} text ({error.reason})") from error
    if is_binary(data):
        raise IngestError(f"{origin}: binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
