"""Walking the user's paths, and opening one of them only when it is a regular file.

Nothing is dropped silently: a folder that cannot be listed, a FIFO, a device or a broken
symbolic link is still named, and opening it gives the reason it cannot be read. A FIFO is
never opened, so it cannot block the run.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import IngestError

STDIN = "-"

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def iter_input_files(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders recursively (sorted, hidden entries left out); '-' stands for stdin.

    Every entry that is not a folder is yielded, whatever it is, so that `read_path` can
    say why it is not read. A folder that cannot be listed is yielded itself, for the same
    reason. Symbolic links to folders are followed, each folder read once.
    """
    for raw in paths:
        if raw != STDIN and os.path.isdir(raw):
            yield from _walk(Path(raw), set())
        else:
            yield raw


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[str]:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:  # a link back to a folder already read
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        yield str(folder)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            yield from _walk(folder / entry.name, seen)
        else:
            yield str(folder / entry.name)


def open_file(name: str, max_bytes: int) -> BinaryIO:
    """Open a regular file for reading; raises IngestError naming what else it is."""
    try:
        info = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise IngestError(name, f"broken symbolic link (to {os.readlink(name)})") from None
        raise IngestError(name, "no such file") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(name, _folder_problem(name))
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(name, f"not a regular file ({_kind(info.st_mode)})")
    if info.st_size > max_bytes:
        raise IngestError(name, f"{info.st_size} bytes is over the {max_bytes}-byte limit")
    # O_NONBLOCK: should the path have become a FIFO since the check, opening does not wait.
    handle = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise IngestError(name, f"not a regular file ({_kind(mode)})")
        os.set_blocking(handle, True)
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise


def printable(name: str) -> str:
    """A path as text that can be stored: bytes in it that were not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _folder_problem(name: str) -> str:
    try:
        with os.scandir(name):
            pass
    except OSError as error:
        return f"cannot read folder ({error.strerror or error})"
    return "is a folder"


def _kind(mode: int) -> str:
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "an unknown kind of file"
