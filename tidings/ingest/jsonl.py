"""JSON Lines: one ``{"id", "text", "url", "published", "title"}`` object per line (``id`` optional)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import Errors, InputError
from ..records import RawDocument, content_id
from ..segment.dates import normalise_date


class JsonLine(BaseModel):
    """The accepted shape of one input line; unknown keys are ignored."""

    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)

    id: str | int | None = None
    text: str
    url: str | None = None
    published: str | None = None
    title: str | None = None


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "line"
    return f"{where}: {first.get('msg', 'invalid')}"


def parse_line(line: str, source: str, max_bytes: int) -> RawDocument:
    """One JSON line -> RawDocument; InputError naming ``source`` (``path:line``) otherwise."""
    size = len(line.encode("utf-8"))
    if size > max_bytes:
        raise InputError(Errors.E005.format(source=source, size=size, limit=max_bytes), source)
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E006.format(source=source, reason=f"{exc.msg} (column {exc.colno})"), source) from None
    if not isinstance(data, dict):
        raise InputError(Errors.E006.format(source=source, reason="not a JSON object"), source)
    try:
        row = JsonLine.model_validate(data)
    except ValidationError as exc:
        raise InputError(Errors.E006.format(source=source, reason=_reason(exc)), source) from None
    if "\x00" in row.text:
        raise InputError(Errors.E003.format(source=source), source)
    text = row.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(Errors.E007.format(source=source), source)
    return RawDocument(
        doc_id=str(row.id) if row.id is not None else content_id(text),
        text=text,
        source=source,
        url=row.url,
        title=row.title,
        published=normalise_date(row.published) if row.published else None,
    )


def read_jsonl_lines(
    lines: Iterable[str], name: str, max_bytes: int, *, first_line: int = 1
) -> Iterator[RawDocument | InputError]:
    """Documents (or errors, as values) from JSON lines; blank lines are skipped."""
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            yield parse_line(line, source, max_bytes)
        except InputError as error:
            yield error


def decode_lines(raw: Iterable[bytes], name: str) -> Iterator[str | InputError]:
    """UTF-8 lines of a byte stream; a line with invalid bytes becomes an InputError naming it."""
    offset = 0
    for number, chunk in enumerate(raw, start=1):
        try:
            yield chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            source = f"{name}:{number}"
            yield InputError(Errors.E004.format(source=source, position=offset + exc.start), source)
        offset += len(chunk)
