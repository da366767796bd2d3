"""Distributed ingest on Dask: many workers extract, one writer stores.

The client process reads the inputs (bad inputs become rejects exactly as in a one-process ingest),
cuts the documents into partitions and submits one task per partition. Each worker process loads the
spaCy pipeline once (``tidings.annotate.load_pipeline`` is cached per process, and a worker plugin
warms it up when the worker starts), extracts its partition with ``tidings.pipeline.read_documents``
and writes the Readings as Parquet files (``tidings.store.readings_to_tables``) to a staging folder.
The client merges the partitions into DuckDB with the store's idempotent loader in submission order,
so the stored rows are the same as after a one-process run. Only the client ever opens the database
for writing (DuckDB allows one writer process).

The staging folder must be visible to the workers and the client under the same path: with a
LocalCluster a temporary folder is used; with a remote scheduler pass ``staging_dir=`` on a shared
filesystem, or leave it out and the Arrow tables travel back to the client through Dask instead.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Errors, InputError
from ..records import RawDocument
from ..settings import DEFAULT_MODEL, Settings
from . import worker as _worker

logger = logging.getLogger(__name__)

# Partitions kept in flight per worker: enough to keep every worker busy while the client merges.
IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True, slots=True)
class DistributedIngestReport:
    """What a distributed ingest did: counts, rejects and the figures of the run."""

    run_id: str
    documents: int  # documents extracted and stored
    skipped: int  # documents already in the store (same content hash), not re-extracted
    rejected: int
    partitions: int
    workers: int
    seconds: float
    worker_peak_rss_mb: float
    rejects: tuple[tuple[str, str], ...] = field(default=())  # (source, reason)
    counts: dict[str, int] = field(default_factory=dict)  # the store's WriteCounts of the run
    startup_seconds: float = 0.0  # cluster start + the pipeline loaded in every worker
    worker_cpu_seconds: float = 0.0  # CPU time of all extraction tasks, summed over workers
    wait_seconds: float = 0.0  # client time spent waiting for the oldest pending partition
    merge_seconds: float = 0.0  # client time spent loading partitions into the store

    @property
    def exit_code(self) -> int:
        """Non-zero when any input was rejected, as ``tidings ingest`` does."""
        return 1 if self.rejected else 0


def ingest_distributed(
    paths: Sequence[str | Path],
    *,
    db_path: str | Path,
    workers: int | None = None,
    scheduler: str | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    max_bytes: int | None = None,
    force: bool = False,
    partition_size: int | None = None,
    staging_dir: str | Path | None = None,
    on_reject: Any = None,
    on_progress: Any = None,
) -> DistributedIngestReport:
    """Ingest ``paths`` into the DuckDB store at ``db_path`` with Dask workers.

    workers (int | None): start a ``LocalCluster`` of this many single-threaded worker processes.
    scheduler (str | None): address of an existing Dask scheduler (``tcp://host:8786``) instead.
    partition_size (int | None): documents per task (default: ``batch_size``).
    staging_dir (str | Path | None): where partitions are written; shared by workers and client.
        Default: a temporary folder with ``workers=N``; no folder (tables sent back through Dask)
        with ``scheduler=``.
    on_reject (callable | None): called with each ``InputError`` as it is recorded.
    on_progress (callable | None): called with the number of documents stored after each merge.
    RETURNS (DistributedIngestReport): counts and figures of the run.
    """
    if (workers is None) == (scheduler is None):
        raise ValueError("ingest_distributed: give exactly one of workers=N or scheduler=ADDRESS")
    if workers is not None and workers < 1:
        raise ValueError(f"ingest_distributed: workers must be at least 1, not {workers}")
    _check_model(model)
    from distributed import Client, LocalCluster

    from .. import store

    settings = Settings.from_env()
    max_bytes = settings.max_document_bytes if max_bytes is None else max_bytes
    partition_size = partition_size or batch_size
    started = time.perf_counter()
    run_tag = f"run-{uuid.uuid4().hex[:12]}"
    staging_root: Path | None = None
    staging: Path | None = None
    if staging_dir is not None or scheduler is None:
        staging_root = Path(staging_dir) if staging_dir else Path(tempfile.mkdtemp(prefix="tidings-staging-"))
        staging = staging_root / run_tag
        staging.mkdir(parents=True, exist_ok=True)

    cluster = None
    try:
        if workers is not None:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: 8787 may be taken by another cluster
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        else:
            client = Client(scheduler)
        with client:
            client.register_plugin(_worker.PipelinePlugin(model), name=f"tidings-pipeline-{model}")
            n_workers = len(client.scheduler_info(n_workers=-1)["workers"]) or 1
            startup = time.perf_counter() - started
            with _open(db_path) as con:
                run_id = store.start_run(con, model=model, arguments={
                    "paths": [str(p) for p in paths], "batch_size": batch_size, "force": force,
                    "workers": workers, "scheduler": scheduler, "partition_size": partition_size,
                })
            state = _Run(
                client=client, db_path=db_path, run_id=run_id, staging=staging, tag=run_tag, model=model,
                batch_size=batch_size, force=force, on_reject=on_reject, on_progress=on_progress,
                max_in_flight=max(1, n_workers * IN_FLIGHT_PER_WORKER),
            )
            state.run(paths, max_bytes=max_bytes, partition_size=partition_size)
            summary = state.counts.as_dict() | {"rejected": len(state.rejects)}
            with _open(db_path) as con:
                store.finish_run(con, run_id, summary)
    finally:
        if cluster is not None:
            cluster.close()
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if staging_dir is None and staging_root is not None:
            shutil.rmtree(staging_root, ignore_errors=True)
    return DistributedIngestReport(
        run_id=run_id,
        documents=state.counts.documents,
        skipped=state.counts.skipped,
        rejected=len(state.rejects),
        partitions=state.partitions,
        workers=n_workers,
        seconds=time.perf_counter() - started,
        worker_peak_rss_mb=state.peak_rss_mb,
        rejects=tuple(state.rejects),
        counts=state.counts.as_dict(),
        startup_seconds=startup,
        worker_cpu_seconds=state.cpu_seconds,
        wait_seconds=state.wait_seconds,
        merge_seconds=state.merge_seconds,
    )


@dataclass(slots=True)
class _Run:
    """The client side of one run: feed partitions to the workers, merge results in order."""

    client: Any
    db_path: str | Path
    run_id: str
    staging: Path | None  # None: tables come back in the task results
    tag: str
    model: str
    batch_size: int
    force: bool
    on_reject: Any
    on_progress: Any
    max_in_flight: int
    counts: Any = None
    rejects: list[tuple[str, str]] = field(default_factory=list)
    partitions: int = 0
    peak_rss_mb: float = 0.0
    cpu_seconds: float = 0.0
    wait_seconds: float = 0.0
    merge_seconds: float = 0.0
    pending: deque = field(default_factory=deque)
    unwritten: list[tuple[str, str]] = field(default_factory=list)  # rejects not in the store yet

    def run(self, paths: Sequence[str | Path], *, max_bytes: int, partition_size: int) -> None:
        from ..ingest import read_inputs
        from ..store import WriteCounts

        self.counts = WriteCounts()
        items = read_inputs([str(p) for p in paths], max_bytes=max_bytes)
        for part in _partitions(self._documents(items), partition_size):
            part = self._unstored(part)
            if not part:
                continue
            self._submit(part)
            while len(self.pending) >= self.max_in_flight:
                self._merge_next()
        while self.pending:
            self._merge_next()
        if self.unwritten:
            with _open(self.db_path) as con:
                self._write_rejects(con)

    def _write_rejects(self, con: Any) -> None:
        from ..store import write_rejects

        write_rejects(con, self.unwritten, self.run_id)
        self.unwritten.clear()

    def _documents(self, items: Iterable[RawDocument | InputError]) -> Iterator[RawDocument]:
        for item in items:
            if isinstance(item, InputError):
                self._reject(item.source or str(item), str(item))
                if self.on_reject is not None:
                    self.on_reject(item)
            else:
                yield item

    def _reject(self, source: str, reason: str) -> None:
        self.rejects.append((source, reason))
        self.unwritten.append((source, reason))
        logger.warning("%s", reason)

    def _unstored(self, part: list[RawDocument]) -> list[RawDocument]:
        """Drop documents whose text is already stored (unless ``force``): nothing to extract."""
        if self.force:
            return part
        from ..store import content_hash, stored_hashes

        hashes = [content_hash(d.text) for d in part]
        with _open(self.db_path) as con:
            stored = stored_hashes(con, hashes)
        kept = [d for d, h in zip(part, hashes) if h not in stored]
        self.counts.skipped += len(part) - len(kept)
        return kept

    def _submit(self, part: list[RawDocument]) -> None:
        index = self.partitions
        data = self.client.scatter(part, direct=False)
        self.pending.append(
            self.client.submit(
                _worker.extract_partition, index, data, str(self.staging) if self.staging else None,
                self.model, self.batch_size, self.run_id, key=f"tidings-extract-{self.tag}-{index:06d}",
                pure=False,
            )
        )
        self.partitions += 1

    def _merge_next(self) -> None:
        """Merge the oldest pending partition: one transaction, the store's idempotent loader."""
        from ..store import load_tables
        from ..store.parquet import read_partition

        started = time.perf_counter()
        result: _worker.PartitionResult = self.pending.popleft().result()
        self.wait_seconds += time.perf_counter() - started
        started = time.perf_counter()
        for source, reason in result.failures:
            self._reject(source, reason)
        name = _worker.part_name(result.index)
        tables = result.tables if result.tables is not None else read_partition(result.directory, name)
        with _open(self.db_path) as con:  # one transaction; the file is free again between merges
            self.counts.add(load_tables(con, tables, force=self.force))
            self._write_rejects(con)
        if result.tables is None:
            for table_dir in Path(result.directory).iterdir():
                (table_dir / f"{name}.parquet").unlink(missing_ok=True)
        self.peak_rss_mb = max(self.peak_rss_mb, result.peak_rss_mb)
        self.cpu_seconds += result.cpu_seconds
        self.merge_seconds += time.perf_counter() - started
        if self.on_progress is not None:
            self.on_progress(self.counts.documents)


def _check_model(model: str) -> None:
    """Fail early, in the client, on a model that is neither an installed package nor a folder.

    Otherwise every worker would fail to load it and log its own traceback.
    """
    import spacy.util

    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise ValueError(Errors.E010.format(model=model))


@contextmanager
def _open(db_path: str | Path) -> Iterator[Any]:
    """Open the store for one step and close it, so read-only readers can get in between steps."""
    from ..store import connect

    con = connect(db_path)
    try:
        yield con
    finally:
        con.close()


def _partitions(documents: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    part: list[RawDocument] = []
    for doc in documents:
        part.append(doc)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part
