"""WARC files (.warc, .warc.gz): every HTML response record goes through the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import Errors, InputError
from ..records import RawDocument
from .html import html_document

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Documents from the HTML responses of a WARC file; each bad record is an InputError value."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        yield InputError(Errors.E001.format(source=name), name)
        return
    with handle:
        magic = handle.read(5)
        handle.seek(0)
        if not magic:
            yield InputError(Errors.E002.format(source=name), name)
            return
        if not (magic.startswith(GZIP_MAGIC) or magic == b"WARC/"):
            yield InputError(Errors.E008.format(source=name, reason="not a WARC file (no WARC/ header)"), name)
            return
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if not content_type.startswith(HTML_TYPES):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#record"
                length = int(record.rec_headers.get_header("Content-Length") or 0)
                if length > max_bytes:
                    yield InputError(Errors.E005.format(source=uri, size=length, limit=max_bytes), uri)
                    continue
                body = record.content_stream().read(max_bytes + 1)
                if not body.strip():
                    yield InputError(Errors.E002.format(source=uri), uri)
                    continue
                try:
                    yield html_document(body, uri, url=uri)
                except InputError as error:
                    yield error
        except ArchiveLoadFailed as exc:
            yield InputError(Errors.E008.format(source=name, reason=f"not a readable WARC ({exc})"), name)
