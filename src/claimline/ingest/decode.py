"""Turning the bytes of one input into text, or into a one-line reason why not."""
from __future__ import annotations

import codecs
import hashlib
import re

#: Inputs larger than this are refused rather than read into memory.
MAX_BYTES = 20_000_000

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class Unreadable(Exception):
    """Raised with a one-line reason when bytes cannot become a document's text."""


def check_size(size: int) -> None:
    """Refuse an input of ``size`` bytes when it is empty or over :data:`MAX_BYTES`."""
    if size == 0:
        raise Unreadable("empty file")
    if size > MAX_BYTES:
        raise Unreadable(f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")


def decode_text(data: bytes) -> str:
    """Decode plain-text bytes as UTF-8 (a leading BOM is dropped), or as UTF-16 when
    they start with a UTF-16 byte-order mark.

    Binary data (NUL bytes) and invalid UTF-8 are refused; text that is only
    whitespace counts as empty.
    """
    check_size(len(data))
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise Unreadable(f"broken UTF-16 text (at byte offset {err.start})") from None
        if not text.strip():
            raise Unreadable("no text (only whitespace)")
        return text
    nul = data.find(b"\x00")
    if nul >= 0:
        raise Unreadable(f"binary data (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise Unreadable(
            f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    if not text.strip():
        raise Unreadable("no text (only whitespace)")
    return text


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode HTML bytes: UTF-8 if they are valid UTF-8, else the charset the page
    (or ``declared``, e.g. an HTTP Content-Type) names."""
    check_size(len(data))
    nul = data.find(b"\x00", 0, 4096)
    if nul >= 0 and not data.startswith(_UTF16_BOMS):
        raise Unreadable(f"binary data (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first_bad = err.start
    names = [declared] if declared else []
    if data.startswith(_UTF16_BOMS):
        names.insert(0, "utf-16")
    found = _CHARSET.search(data[:8192])
    if found:
        names.append(found.group(1).decode("ascii"))
    for name in names:
        try:
            codecs.lookup(name)
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    raise Unreadable(
        f"not UTF-8 and no usable charset declared (byte 0x{data[first_bad]:02x} "
        f"at offset {first_bad})"
    )


def content_hash(text: str) -> str:
    """The sha256 hex digest of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
