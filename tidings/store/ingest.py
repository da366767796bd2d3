"""Ingest: read inputs, extract Readings, store them batch by batch (each batch ONE transaction).

Crash safety: a batch's rows are committed together or not at all, and a document whose content hash
is stored is skipped *before* extraction, so a run killed at any moment is finished by running the
same command again: nothing is lost, nothing duplicated. The store file is opened only while a batch
is checked or written, so read-only queries from other processes can run in between.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, InputError
from ..records import RawDocument, Reading
from .runs import finish_run, start_run, write_rejects
from .schema import connect
from .tables import content_hash
from .writer import WriteCounts, stored_hashes, write_readings

log = logging.getLogger(__name__)

Reader = Callable[[list[RawDocument]], list[Reading]]


@dataclass(slots=True)
class IngestResult:
    """What an ingest run did."""

    run_id: str
    counts: WriteCounts = field(default_factory=WriteCounts)
    read: int = 0  # documents read from the inputs
    batches: int = 0
    rejects: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        """Return the figures recorded in the runs table."""
        return {**self.counts.as_dict(), "read": self.read, "batches": self.batches,
                "rejected": len(self.rejects)}


def spacy_reader(model: str) -> Reader:
    """Return a reader that runs the full tidings pipeline (the spaCy model is loaded once, lazily)."""
    state: dict[str, object] = {}

    def prepare() -> None:
        """Load the pipeline; an unknown model raises ValueError here, not per document."""
        from ..annotate import load_pipeline

        if "nlp" not in state:
            state["nlp"] = load_pipeline(model)

    def read(batch: list[RawDocument]) -> list[Reading]:
        from ..pipeline import read_documents

        prepare()
        return list(read_documents(batch, model=model, nlp=state["nlp"]))  # type: ignore[arg-type]

    read.prepare = prepare  # type: ignore[attr-defined]
    return read


def _read_safely(
    reader: Reader, batch: list[RawDocument], rejects: list[tuple[str, str]]
) -> list[Reading]:
    """Extract a batch; if it fails, extract one by one and reject only the failing documents."""
    prepare = getattr(reader, "prepare", None)
    if prepare is not None:
        prepare()  # misuse (unknown model) is an error of the run, not of a document
    try:
        return reader(batch)
    except Exception:  # noqa: BLE001 - one bad document must not stop the run
        out: list[Reading] = []
        for raw in batch:
            try:
                out.extend(reader([raw]))
            except Exception as exc:  # noqa: BLE001
                reason = f"extraction failed: {type(exc).__name__}: {exc}"
                log.warning("%s: %s", raw.source, reason)
                rejects.append((raw.source, reason))
        return out


def read_paths(
    paths: Sequence[str | Path], max_bytes: int
) -> Iterator[RawDocument | InputError]:
    """Read the inputs in order; ``-`` is a JSON Lines stream on stdin."""
    import sys

    from ..ingest import read_inputs, read_jsonl_binary

    files: list[str] = []
    for p in map(str, paths):
        if p != "-":
            files.append(p)
            continue
        if files:
            yield from read_inputs(files, max_bytes=max_bytes)
            files = []
        yield from read_jsonl_binary(sys.stdin.buffer, name="<stdin>", max_bytes=max_bytes)
    if files:
        yield from read_inputs(files, max_bytes=max_bytes)


def ingest(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    batch_size: int = 64,
    force: bool = False,
    model: str | None = None,
    max_bytes: int | None = None,
    reader: Reader | None = None,
    inputs: Iterable[RawDocument | InputError] | None = None,
    on_batch: Callable[[IngestResult, WriteCounts], None] | None = None,
    on_reject: Callable[[str, str], None] | None = None,
) -> IngestResult:
    """Read ``paths``, extract each new document and store it in ``db`` in batches.

    paths (Sequence[str | Path]): files or folders (.txt, .html, JSONL, WARC; see ``tidings.ingest``);
        ``-`` reads JSON Lines from stdin.
    db (str | Path): the store file, created if missing.
    batch_size (int): documents per transaction.
    force (bool): re-extract documents already stored and replace their rows.
    reader: turns RawDocuments into Readings (default: the spaCy pipeline of ``model``).
    inputs: already-read inputs to use instead of reading ``paths``.
    RETURNS (IngestResult): counts, rejects and the run id.
    """
    from ..settings import Settings

    settings = Settings.from_env()
    model = model or settings.model
    max_bytes = max_bytes or settings.max_document_bytes
    reader = reader or spacy_reader(model)
    con = connect(db)
    try:
        run_id = start_run(con, model=model, arguments={
            "paths": [str(p) for p in paths], "batch_size": batch_size, "force": force,
        })
    finally:
        con.close()
    result = IngestResult(run_id=run_id)
    if inputs is None:
        inputs = read_paths(paths, max_bytes)
    pending_rejects: list[tuple[str, str]] = []
    batch: list[RawDocument] = []
    first_texts: dict[str, str] = {}  # doc_id -> content hash of its first copy in this run

    def flush() -> None:
        if not batch and not pending_rejects:
            return
        counts, failed = _store_batch(db, list(batch), pending_rejects, reader, run_id, force, first_texts)
        if on_reject:
            for source, reason in failed:
                on_reject(source, reason)
        result.rejects.extend(pending_rejects)
        pending_rejects.clear()
        batch.clear()
        result.counts.add(counts)
        result.batches += 1
        if on_batch:
            on_batch(result, counts)

    for item in inputs:
        if isinstance(item, InputError):
            source = item.source or str(item)
            pending_rejects.append((source, str(item)))
            if on_reject:
                on_reject(source, str(item))
            continue
        result.read += 1
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    con = connect(db)
    try:
        finish_run(con, run_id, result.summary())
    finally:
        con.close()
    return result


def _without_reused_ids(
    batch: list[RawDocument], rejects: list[tuple[str, str]], first: dict[str, str]
) -> list[RawDocument]:
    """Drop, as a reject, a document whose id came earlier in this run with another text (``first``: doc_id
    -> content hash of its first copy, updated here); an exact repeat is left to the store, which skips it."""
    out: list[RawDocument] = []
    for raw in batch:
        digest = content_hash(raw.text)
        if first.setdefault(raw.doc_id, digest) != digest:
            rejects.append((raw.source, Errors.E037.format(source=raw.source, doc_id=raw.doc_id)))
            continue
        out.append(raw)
    return out


def _store_batch(
    db: str | Path,
    batch: list[RawDocument],
    rejects: list[tuple[str, str]],
    reader: Reader,
    run_id: str,
    force: bool,
    first_texts: dict[str, str],
) -> tuple[WriteCounts, list[tuple[str, str]]]:
    """Skip stored documents, extract the rest, write them (one transaction) and the rejects.

    ``rejects`` (the batch's input rejects) is extended with the documents rejected here, which are
    also returned on their own.
    """
    failed: list[tuple[str, str]] = []
    if not force:
        batch = _without_reused_ids(batch, failed, first_texts)
    todo = batch
    skipped = 0
    if batch and not force:
        con = connect(db)
        try:
            known = stored_hashes(con, (content_hash(r.text) for r in batch))
        finally:
            con.close()
        todo = [r for r in batch if content_hash(r.text) not in known]
        skipped = len(batch) - len(todo)
    readings = _read_safely(reader, todo, failed) if todo else []
    con = connect(db)
    try:
        counts = write_readings(con, readings, run_id, force=force)
        sources = {r.doc_id: r.source for r in batch}
        failed += [
            (sources.get(doc, doc), Errors.E036.format(source=sources.get(doc, doc), doc_id=doc))
            for doc in counts.conflicts
        ]
        rejects.extend(failed)
        write_rejects(con, rejects, run_id)
    finally:
        con.close()
    counts.skipped += skipped
    return counts, failed
