"""Bytes to text: byte-order marks, UTF-8, UTF-16, the legacy encoding scraped news still uses,
and the repairs a reader makes on the way, each reported as a warning.

The rule for bytes that are not valid UTF-8 (issue #13):
- UTF-8 when they hold at least one valid multi-byte UTF-8 character and the bytes that are
  not UTF-8 are few: no more than those characters, or no more than 4. That is a UTF-8 file
  with a few damaged bytes; each bad byte becomes U+FFFD and the count is reported. A file
  with a UTF-8 byte-order mark, and a line of JSON (which is UTF-8 by definition), are
  always read this way.
- Windows-1252 otherwise: a legacy file (a superset of Latin-1 for printable text, what old
  Dutch sites were written in), read without a warning. Valid UTF-8 characters in it come
  out garbled, and that is reported.
UTF-16 is read from its byte-order mark, or without one when every other byte is NUL.
Stray control characters (NUL included) are removed and reported; form feeds and vertical
tabs become spaces; lone surrogates (from JSON escapes) become U+FFFD. C1 control characters
(U+0080-U+009F, what Windows-1252 punctuation becomes when it is mislabelled as Latin-1) are
read as the Windows-1252 characters they stand for. Text with many control characters is
binary data and raises IngestError.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# First bytes of common binary files, to name them in the reason for skipping.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive, which is not supported"),
    (b"Rar!\x1a\x07", "a RAR archive, which is not supported"),
    (b"\x28\xb5\x2f\xfd", "Zstandard-compressed data, which is not supported"),
    (b"\x1f\x9d", "data compressed with compress (.Z), which is not supported"),
)
# Control characters a text file should not have: all C0 controls but tab, line feed,
# vertical tab, form feed and carriage return, plus DEL.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_BYTES_TO_SPACE = bytes.maketrans(b"\x0b\x0c", b"  ")
_NUL_RUNS = re.compile("\x00+")
_C1 = re.compile("[\x80-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_TO_SPACE = str.maketrans("\x0b\x0c", "  ")
_C1_AS_CP1252 = {code: bytes([code]).decode("cp1252", "ignore") or None for code in range(0x80, 0xA0)}
# Bytes that were not UTF-8, as Python's surrogateescape error handler spells them.
_ESCAPED = re.compile("[\udc80-\udcff]")
_FEW_BAD_BYTES = 4


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the repairs made on the way."""

    text: str
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, origin: str) -> Decoded:
    """Decode a text file; raises IngestError when the bytes are binary data, not text."""
    kind = _signature(data)
    text, warnings = _decode(data)
    reason = kind or _binary_text_reason(text)
    if reason:
        raise IngestError(origin, f"binary content ({reason}), not text")
    text, repaired = strip_controls(text)
    return Decoded(text, (*warnings, *repaired))


def decode_line(data: bytes) -> Decoded:
    """Decode one line of JSON Lines (UTF-8 by definition), without the binary-data check."""
    text, warnings = _decode(data, utf8_only=True)
    text, repaired = strip_controls(text)
    return Decoded(text, (*warnings, *repaired))


def binary_reason(data: bytes) -> str | None:
    """Why these bytes (a whole file or its first KBs) are binary data; None for text."""
    return _signature(data) or _binary_text_reason(_decode(data)[0])


def _signature(data: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def _binary_text_reason(text: str) -> str | None:
    nuls = text.count("\x00")
    chars = len(text) - nuls
    if text and not chars:
        return "only NUL bytes"
    controls = len(_CONTROLS.findall(text)) - nuls
    if controls > 2 + chars // 100:
        return f"{controls} control characters in {chars}"
    # A few NULs in text are damage; NULs scattered all through it are a binary layout.
    if nuls and len(_NUL_RUNS.findall(text)) > 2 + len(text) // 256:
        return "NUL bytes all through it"
    return None


def is_wide_text(data: bytes) -> bool:
    """True for UTF-16 or UTF-32 text, which has to be decoded whole, not line by line."""
    return any(data.startswith(bom) for bom, name in _BOMS if name != "utf-8") or bool(
        _utf16_without_bom(data)
    )


def strip_controls(text: str) -> tuple[str, tuple[str, ...]]:
    """Text without stray control characters, and what was repaired (see the module doc)."""
    warnings = []
    text = text.translate(_TO_SPACE)
    found = _CONTROLS.search(text)
    if found:
        first = found.start()
        text, count = _CONTROLS.subn("", text)
        warnings.append(f"{_count(count, 'control character')} removed (first at character {first})")
    found = _SURROGATES.search(text)
    if found:  # from JSON escapes such as \ud800: no character, and no store can write one
        first = found.start()
        text, count = _SURROGATES.subn("\ufffd", text)
        warnings.append(f"{_count(count, 'lone surrogate')} replaced (first at character {first})")
    found = _C1.search(text)
    if found:
        first = found.start()
        count = len(_C1.findall(text))
        text = text.translate(_C1_AS_CP1252)
        warnings.append(
            f"{_count(count, 'C1 control character')} read as Windows-1252 (first at character {first})"
        )
    return text, tuple(warnings)


def strip_control_bytes(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Bytes of an 8-bit or UTF-8 text without stray control characters, and the report
    (for XML, which allows none: vertical tabs and form feeds become spaces too)."""
    kept = data.translate(_BYTES_TO_SPACE, _CONTROL_BYTES)
    removed = len(data) - len(kept)
    if not removed:
        return data, ()
    return kept, (f"{_count(removed, 'control character')} removed",)


def _decode(data: bytes, utf8_only: bool = False) -> tuple[str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                return _decode_utf8(data, len(bom), certain=True)
            return _decode_wide(data[len(bom):], encoding, [])
    wide = _utf16_without_bom(data)
    if wide:
        return _decode_wide(data, wide, [f"read as {wide.upper()} (no byte-order mark)"])
    return _decode_utf8(data, 0, certain=utf8_only)


def _decode_utf8(data: bytes, start: int, certain: bool) -> tuple[str, list[str]]:
    body = memoryview(data)[start:]
    try:
        return str(body, "utf-8"), []
    except UnicodeDecodeError as error:
        first = start + error.start
    text = str(body, "utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(text))
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - bad
    if certain or (good and bad <= max(good, _FEW_BAD_BYTES)):
        warning = f"{_count(bad, 'byte')} that {'is' if bad == 1 else 'are'} not UTF-8 replaced"
        return _ESCAPED.sub("\ufffd", text), [f"{warning} (first at byte {first})"]
    return _decode_cp1252(data, good)


def _decode_cp1252(data: bytes, utf8_chars: int) -> tuple[str, list[str]]:
    text = data.decode("cp1252", "replace")
    warnings = []
    if utf8_chars:
        warnings.append(
            f"not UTF-8, read as Windows-1252: {_count(utf8_chars, 'UTF-8 character')} in it came out garbled"
        )
    # Five bytes have no Windows-1252 character; 'replace' turns each into U+FFFD.
    undefined = text.count("\ufffd")
    if undefined:
        warnings.append(
            f"{_count(undefined, 'byte')} with no Windows-1252 character replaced "
            f"(first at byte {text.index(chr(0xFFFD))})"
        )
    return text, warnings


def _decode_wide(data: bytes, encoding: str, warnings: list[str]) -> tuple[str, list[str]]:
    text = data.decode(encoding, "replace")
    bad = len(text) - len(data.decode(encoding, "ignore"))
    if bad:
        warnings.append(f"{_count(bad, 'character')} that {'is' if bad == 1 else 'are'} not {encoding.upper()} replaced")
    return text, warnings


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of the start is NUL (Latin text)."""
    sample = data[:4096]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.6 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.6 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
