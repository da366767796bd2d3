"""Read one text-like file into a ``str`` with the checks every input gets (size, NUL bytes, UTF-8)."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import Errors, InputError

NEWLINES_RE = re.compile(r"\r\n?")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; the size is checked with ``stat`` before anything is read.

    Raises InputError for a missing, over-size or empty file.
    """
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(Errors.E001.format(source=source), source) from None
    except OSError as exc:
        raise InputError(Errors.E008.format(source=source, reason=exc.strerror or "unreadable"), source) from None
    if size > max_bytes:
        raise InputError(Errors.E005.format(source=source, size=size, limit=max_bytes), source)
    if size == 0:
        raise InputError(Errors.E002.format(source=source), source)
    try:
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(Errors.E008.format(source=source, reason=exc.strerror or "unreadable"), source) from None


def decode_text(data: bytes, source: str) -> str:
    """Strict UTF-8 text (a BOM dropped, newlines made ``\\n``); InputError for binary or invalid bytes."""
    if b"\x00" in data:
        raise InputError(Errors.E003.format(source=source), source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E004.format(source=source, position=exc.start), source) from None
    text = NEWLINES_RE.sub("\n", text.removeprefix("\ufeff"))
    if not text.strip():
        raise InputError(Errors.E007.format(source=source), source)
    return text
