"""``read_inputs``: files, folders, JSON Lines and WARC files -> RawDocument, with errors as values."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import Errors, InputError
from ..records import RawDocument, content_id
from .html import html_document
from .jsonl import decode_lines, read_jsonl_lines
from .text import decode_text, read_bytes
from .warc import read_warc

TEXT_SUFFIXES = (".txt", ".text")  # folders: only these; a file named explicitly is read whatever its name
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
NO_KNOWN_FILES = "a folder without .txt, .html, .jsonl or .warc files"


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


def _known(path: Path) -> bool:
    return path.name.lower().endswith(KNOWN_SUFFIXES)


def read_file(path: Path, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Documents of one file, by its extension; unknown extensions are read as plain text."""
    kind = _kind(path)
    if kind == "warc":
        if not path.exists():
            yield InputError(Errors.E001.format(source=str(path)), str(path))
            return
        yield from read_warc(path, max_bytes)
        return
    if kind == "jsonl":
        yield from _read_jsonl_file(path, max_bytes)
        return
    try:
        data = read_bytes(path, max_bytes)
        if kind == "html":
            if b"\x00" in data:
                raise InputError(Errors.E003.format(source=str(path)), str(path))
            yield html_document(data, str(path))
            return
        text = decode_text(data, str(path))
    except InputError as error:
        yield error
        return
    yield RawDocument(doc_id=content_id(text), text=text, source=str(path))


def _read_jsonl_file(path: Path, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Stream a JSON Lines file line by line: each line is checked and parsed on its own."""
    name = str(path)
    if not path.exists():
        yield InputError(Errors.E001.format(source=name), name)
        return
    if path.stat().st_size == 0:
        yield InputError(Errors.E002.format(source=name), name)
        return
    with path.open("rb") as handle:
        yield from read_jsonl_binary(handle, name=name, max_bytes=max_bytes)


def read_jsonl_binary(handle: BinaryIO, *, name: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Documents from a binary JSON Lines stream (a file or stdin): each line is decoded, size-checked and
    parsed on its own, so one bad line costs one error."""
    for number, item in enumerate(decode_lines(_bounded_lines(handle, max_bytes), name), start=1):
        if isinstance(item, InputError):
            yield item
        elif item.startswith(_TOO_LONG):
            source = f"{name}:{number}"
            size = int(item[len(_TOO_LONG) :])
            yield InputError(Errors.E005.format(source=source, size=size, limit=max_bytes), source)
        elif item.strip():
            yield from read_jsonl_lines([item], name, max_bytes, first_line=number)


_TOO_LONG = "\x00too long\x00"


def _bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines of a binary stream, never holding more than ``max_bytes`` of one line in memory; an
    over-long line comes out as a marker (its rest is skipped)."""
    while True:
        line = handle.readline(max_bytes + 2)
        if not line:
            return
        if len(line) >= max_bytes + 2:  # more than max_bytes of text before the newline
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
                size += len(line)
            yield _TOO_LONG.encode() + str(size - 1).encode()
            continue
        yield line


def folder_files(folder: Path) -> list[Path]:
    """The files of a folder with a known extension, recursively, sorted."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and _known(p))


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each path; folders expanded recursively (sorted) to the files with a known extension."""
    for raw in paths:
        path = Path(raw)
        yield from folder_files(path) if path.is_dir() else [path]


def read_inputs(paths: Iterable[str | Path], *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument for each readable document and an InputError (as a value) for each bad one.

    paths (Iterable[str | Path]): files and folders (.txt and other text, .html/.htm, .jsonl, .warc[.gz]).
    max_bytes (int): size limit per document (per file for text/HTML, per line or record otherwise).
    A folder without any file of a known extension is one error (E008), not silence.
    """
    for raw in paths:
        path = Path(raw)
        files = folder_files(path) if path.is_dir() else [path]
        if path.is_dir() and not files:
            yield InputError(Errors.E008.format(source=str(path), reason=NO_KNOWN_FILES), str(path))
        for file in files:
            yield from read_file(file, max_bytes)
