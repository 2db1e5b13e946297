"""WARC files: every HTML response record becomes an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..records import RawDocument, Skip
from .dates import iso_to_date_value
from .decode import decode_bytes
from .errors import IngestError
from .html import html_to_raw


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and ("html" in content_type or not content_type)


def read_warc(stream: BinaryIO, origin: str) -> Iterator[RawDocument | Skip]:
    """Yield an article per HTML response; a truncated archive ends with a Skip naming why."""
    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if not _is_html_response(record):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            record_origin = f"{origin}#record {number}"
            try:
                payload = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    # The record declares more bytes than the file holds: a cut-off download.
                    raise IngestError(f"{record_origin}: record truncated ({record.raw_stream.limit} bytes missing)")
                html = decode_bytes(payload, record_origin)
                raw = html_to_raw(
                    html,
                    record_origin,
                    fmt="warc",
                    url=uri,
                    published=iso_to_date_value(record.rec_headers.get_header("WARC-Date")),
                )
                raw.metadata["warc_target_uri"] = uri
                raw.metadata["warc_date"] = record.rec_headers.get_header("WARC-Date")
                yield raw
            except IngestError as error:
                yield Skip(record_origin, str(error))
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as error:
        yield Skip(origin, f"WARC unreadable after record {number}: {error}")
