"""The ingest stage's exception, and the errors that mean "this input is damaged"."""

from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib

from ..records import Skip


class IngestError(Exception):
    """An input could not be read; carries the source (`origin`) and the reason."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def to_skip(self) -> Skip:
        return Skip(self.origin, self.reason)


# What the standard library's decompressors and archive readers raise on damaged or
# cut-off data (gzip.BadGzipFile and bz2's "Invalid data stream" are OSErrors).
DAMAGED = (OSError, EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, tarfile.TarError)


def describe(error: BaseException) -> str:
    """The error's message, or its type when it has none."""
    return str(error) or type(error).__name__
