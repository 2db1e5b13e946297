"""WARC files: every HTML response record becomes an article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from ..records import RawDocument, Skip
from .dates import iso_to_date_value
from .decode import decode_text
from .errors import DAMAGED, IngestError, describe
from .html import html_to_raw

# What warcio raises on a damaged archive.
_WARC_DAMAGED = (*DAMAGED, ArchiveLoadFailed, StatusAndHeadersParserException, ChunkedDataException)
# Moving to the next record, warcio 1.8 also trips (AttributeError) over a response record
# whose headers were cut off before its target URI.
_NEXT_DAMAGED = (*_WARC_DAMAGED, AttributeError)


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and ("html" in content_type or not content_type)


def _missing_bytes(record) -> int:
    """How many bytes the record declared but the file does not hold (after reading it)."""
    return max(0, getattr(record.raw_stream, "limit", 0) or 0)


def read_warc(stream: BinaryIO, origin: str) -> Iterator[RawDocument | Skip]:
    """Yield an article per HTML response; a cut-off or damaged archive ends with a Skip."""
    records = ArchiveIterator(stream)
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            # warcio ends quietly when the file stops inside a record's headers; the first
            # line of that record is still in hand then.
            if records.next_line or number == 0:
                yield Skip(origin, f"WARC cut off inside the headers of record {number + 1}")
            return
        except _NEXT_DAMAGED as error:
            reason = "record headers cut off or damaged" if isinstance(error, AttributeError) else describe(error)
            yield Skip(origin, f"WARC unreadable after record {number}: {reason}")
            return
        number += 1
        record_origin = f"{origin}#record {number}"
        try:
            problem = _header_problem(record)
            if problem:
                yield Skip(record_origin, problem)
            elif _is_html_response(record):
                yield _record_to_raw(record, record_origin)
            else:
                while record.raw_stream.read(1 << 16):  # to see whether it is all there
                    pass
                if _missing_bytes(record):
                    yield Skip(record_origin, f"record truncated ({_missing_bytes(record)} bytes missing)")
        except IngestError as error:
            yield error.to_skip()
        except _WARC_DAMAGED as error:
            yield Skip(record_origin, f"WARC record unreadable: {describe(error)}")
            return


def _header_problem(record) -> str | None:
    headers = record.rec_headers
    if not headers.get_header("WARC-Type") or headers.get_header("Content-Length") is None:
        return "WARC record headers cut off or damaged (no WARC-Type or Content-Length)"
    return None


def _record_to_raw(record, origin: str) -> RawDocument:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    payload = record.content_stream().read()
    if _missing_bytes(record):
        # The record declares more bytes than the file holds: a cut-off download.
        raise IngestError(origin, f"record truncated ({_missing_bytes(record)} bytes missing)")
    decoded = decode_text(payload, origin)
    raw = html_to_raw(
        decoded.text,
        origin,
        fmt="warc",
        url=uri,
        published=iso_to_date_value(record.rec_headers.get_header("WARC-Date")),
        warnings=decoded.warnings,
    )
    raw.metadata["warc_target_uri"] = uri
    raw.metadata["warc_date"] = record.rec_headers.get_header("WARC-Date")
    return raw
