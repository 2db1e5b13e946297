"""Byte streams the readers share: a look at the first bytes, and a cap on how much one input
may decompress to (so a zip bomb is skipped, not read into memory)."""

from __future__ import annotations

import io
from typing import BinaryIO

from .errors import IngestError

PEEK_BYTES = 8192
CHUNK_BYTES = 1 << 16


class Budget:
    """How many decompressed bytes one input file may produce, over all its layers."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def is_spent(self) -> bool:
        return self.used > self.limit


class _Capped(io.RawIOBase):
    """Reads through to another stream, counting the bytes against a budget."""

    def __init__(self, inner: BinaryIO, budget: Budget | None, origin: str):
        self._inner = inner
        self._budget = budget
        self._origin = origin

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._inner.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        if self._budget is not None:
            self._budget.used += size
            if self._budget.is_spent:
                raise IngestError(
                    self._origin, f"over the {self._budget.limit}-byte limit once decompressed"
                )
        return size


class _Replay(io.RawIOBase):
    """A stream whose first bytes were already read: gives them again, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def capped(inner: BinaryIO, budget: Budget | None, origin: str) -> BinaryIO:
    """A buffered, one-way stream over `inner` that raises IngestError once over budget.

    With no budget it only hides `inner`'s seeking (tar members, whose size is known).
    """
    return io.BufferedReader(_Capped(inner, budget, origin), CHUNK_BYTES)


def can_rewind(stream: BinaryIO) -> bool:
    try:
        return bool(stream.seekable())
    except (OSError, ValueError, AttributeError):
        return False


def peek(stream: BinaryIO, size: int = PEEK_BYTES) -> tuple[bytes, BinaryIO]:
    """The first `size` bytes (fewer at the end), and a stream that starts at the beginning again."""
    if can_rewind(stream):
        start = stream.tell()
        head = read_exactly(stream, size)
        stream.seek(start)
        return head, stream
    head = read_exactly(stream, size)
    return head, io.BufferedReader(_Replay(head, stream), CHUNK_BYTES)


def read_exactly(stream: BinaryIO, size: int) -> bytes:
    """`size` bytes, or fewer only when the stream ends first."""
    parts = []
    while size > 0:
        part = stream.read(size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)
