"""Plain-text articles: one file, one article (the ` date ...` header is read by clean/)."""

from __future__ import annotations

from ..records import RawDocument
from .decode import decode_text
from .errors import IngestError


def read_text(data: bytes, origin: str, fmt: str = "txt") -> RawDocument:
    """Return the file as one raw article; raises IngestError for binary or empty files."""
    decoded = decode_text(data, origin)
    if not decoded.text.strip():
        raise IngestError(origin, "empty file")
    return RawDocument(origin=origin, text=decoded.text, format=fmt, warnings=decoded.warnings)
