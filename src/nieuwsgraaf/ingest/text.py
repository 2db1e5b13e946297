"""Plain-text articles: one file, one article (the ` date ...` header is read by clean/)."""

from __future__ import annotations

from ..records import RawDocument
from .decode import decode_bytes
from .errors import IngestError


def read_text(data: bytes, origin: str, fmt: str = "txt") -> RawDocument:
    """Return the file as one raw article; raises IngestError for binary or empty files."""
    text = decode_bytes(data, origin)
    if not text.strip():
        raise IngestError(f"{origin}: empty file")
    return RawDocument(origin=origin, text=text, format=fmt)
