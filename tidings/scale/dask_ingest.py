"""Distributed ingest on Dask: many workers extract, one writer stores.

The client process reads the inputs (bad inputs become rejects exactly as in a one-process ingest),
drops texts already stored or already sent, cuts the rest into partitions (``tidings.scale.plan``:
smaller ones at the end, balanced by words) and submits one task per partition. Each worker process
loads the spaCy pipeline once (``tidings.annotate.load_pipeline`` is cached per process, and a worker
plugin loads it when the worker starts), extracts its partition with the one-process ingest's code
(``tidings.pipeline.read_documents`` in batches of ``batch_size``) and writes the tables of
``tidings.store.readings_to_tables`` as Parquet files to a staging folder. While the workers extract,
the client merges the finished partitions into DuckDB with the store's idempotent loader, in
submission order, all the ready ones in one transaction, so the stored rows are the same as after a
one-process run. Only the client ever opens the database for writing (DuckDB allows one writer).

The staging folder must be visible to the workers and the client under the same path: with a
LocalCluster a temporary folder is used; with a remote scheduler pass ``staging_dir=`` on a shared
filesystem, or leave it out and the Arrow tables travel back to the client through Dask instead.
"""

from __future__ import annotations

import logging
import os
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
from .plan import plan_partitions

logger = logging.getLogger(__name__)

# Unfinished partitions kept in flight per worker: enough to keep every worker busy while the client
# merges; the scheduler hands a queued task to whichever worker frees up first.
IN_FLIGHT_PER_WORKER = 2
# While work is left, merge at most every MERGE_EVERY_SECONDS, or every MERGE_FRACTION of the time
# the run has taken so far if that is longer, but at least every MERGE_MAX_SECONDS: a merge costs
# mostly per transaction, and more as the store grows, so a long run makes fewer, larger merges.
MERGE_EVERY_SECONDS = 2.0
MERGE_FRACTION = 0.25
MERGE_MAX_SECONDS = 30.0
# Documents whose content hashes are checked against the store in one query.
CHECK_CHUNK = 256
# Dask configuration of the LocalCluster's worker processes. Dask's default MALLOC_TRIM_THRESHOLD_
# (65536) makes glibc give memory back eagerly and turns off its adaptive mmap threshold, which cost
# spaCy about 15 % more CPU per document here; the numeric libraries get one thread each, as the
# worker has one core.
WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.nanny.pre-spawn-environ.OMP_NUM_THREADS": 1,
    "distributed.nanny.pre-spawn-environ.MKL_NUM_THREADS": 1,
    "distributed.nanny.pre-spawn-environ.OPENBLAS_NUM_THREADS": 1,
}
# The module the forkserver of local workers imports, and the variable naming the model it loads
# (named, not imported: importing it in the client would load the model here).
PRELOAD_MODULE = "tidings.scale.preload"
PRELOAD_ENV = "TIDINGS_PRELOAD_MODEL"
# The client's DuckDB connections use one thread: the cores belong to the workers.
CLIENT_DB_CONFIG = {"threads": 1}


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
    merges: int = 0  # store transactions of the merges

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
    merge_every: float = MERGE_EVERY_SECONDS,
    on_reject: Any = None,
    on_progress: Any = None,
) -> DistributedIngestReport:
    """Ingest ``paths`` into the DuckDB store at ``db_path`` with Dask workers.

    workers (int | None): start a ``LocalCluster`` of this many single-threaded worker processes.
    scheduler (str | None): address of an existing Dask scheduler (``tcp://host:8786``) instead.
    partition_size (int | None): documents per task while input lasts (default: ``batch_size``);
        the last tasks are smaller (see ``tidings.scale.plan``).
    staging_dir (str | Path | None): where partitions are written; shared by workers and client.
        Default: a temporary folder with ``workers=N``; no folder (tables sent back through Dask)
        with ``scheduler=``.
    merge_every (float): least seconds between merges into the store while work is left (the
        interval grows to a quarter of the elapsed run time, at most 30 s; 0 merges every finished
        partition at once).
    on_reject (callable | None): called with each reject as it is recorded (an ``InputError`` or
        the reason as a string).
    on_progress (callable | None): called with the number of documents stored after each merge.
    RETURNS (DistributedIngestReport): counts and figures of the run.
    """
    if (workers is None) == (scheduler is None):
        raise ValueError("ingest_distributed: give exactly one of workers=N or scheduler=ADDRESS")
    if workers is not None and workers < 1:
        raise ValueError(f"ingest_distributed: workers must be at least 1, not {workers}")
    _check_model(model)
    from distributed import Client

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
            cluster = _local_cluster(workers, model)
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
                max_in_flight=max(1, n_workers * IN_FLIGHT_PER_WORKER), merge_every=merge_every,
            )
            state.run(paths, max_bytes=max_bytes, partition_size=partition_size, workers=n_workers)
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
        merges=state.merges,
    )


def _local_cluster(workers: int, model: str | None = None) -> Any:
    """Start ``workers`` single-threaded worker processes on this machine.

    Where the platform has it, the workers are forked from a forkserver that has imported spaCy and
    loaded ``model`` once (``tidings.scale.preload``), so a worker starts with the pipeline ready
    instead of importing and loading it itself: less CPU and a shorter start-up, the more so the
    more workers. A forkserver already running in this process (an earlier cluster) is reused as is.
    """
    import multiprocessing

    import dask
    from distributed import LocalCluster

    config = dict(WORKER_CONFIG)
    preload = model is not None and "forkserver" in multiprocessing.get_all_start_methods()
    if preload:
        config["distributed.worker.multiprocessing-method"] = "forkserver"
    with dask.config.set(config), _environ(PRELOAD_ENV, model if preload else None):
        if preload:
            from distributed.utils import get_mp_context

            get_mp_context().set_forkserver_preload(["distributed", PRELOAD_MODULE])
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: 8787 may be taken by another cluster
            silence_logs=logging.ERROR,
        )


@contextmanager
def _environ(name: str, value: str | None) -> Iterator[None]:
    """Set an environment variable for the block (processes started in it inherit it)."""
    if value is None:
        yield
        return
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


@dataclass(slots=True)
class _Run:
    """The client side of one run: feed partitions to the workers, merge finished ones in order."""

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
    merge_every: float
    counts: Any = None
    rejects: list[tuple[str, str]] = field(default_factory=list)
    partitions: int = 0
    merges: int = 0
    peak_rss_mb: float = 0.0
    cpu_seconds: float = 0.0
    wait_seconds: float = 0.0
    merge_seconds: float = 0.0
    started: float = 0.0
    unwritten: list[tuple[str, str]] = field(default_factory=list)  # rejects not in the store yet
    seen: dict[str, str] = field(default_factory=dict)  # doc_id -> content hash, sent this run
    seen_hashes: set[str] = field(default_factory=set)
    sources: dict[int, dict[str, str]] = field(default_factory=dict)  # partition -> doc_id -> source

    def run(self, paths: Sequence[str | Path], *, max_bytes: int, partition_size: int, workers: int) -> None:
        """Submit partitions (at most ``max_in_flight`` unfinished) and merge the finished prefix.

        Finished partitions are merged in submission order, all that are ready in one transaction, at
        most every ``_interval()`` seconds while work is left (the cost of a merge is mostly per
        transaction), and at once when the last task ends.
        """
        from distributed import wait

        from ..ingest import read_inputs
        from ..store import WriteCounts

        self.counts = WriteCounts()
        items = read_inputs([str(p) for p in paths], max_bytes=max_bytes)
        plan = plan_partitions(self._new_documents(items), partition_size, workers)
        unmerged: deque[Any] = deque()
        exhausted = False
        last_merge = self.started = time.perf_counter()
        while True:
            while not exhausted and sum(not f.done() for f in unmerged) < self.max_in_flight:
                part = next(plan, None)
                if part is None:
                    exhausted = True
                else:
                    unmerged.append(self._submit(part))
            if not unmerged:
                break
            ready = 0
            while ready < len(unmerged) and unmerged[ready].done():
                ready += 1
            running = [f for f in unmerged if not f.done()]
            since = time.perf_counter() - last_merge
            interval = self._interval()
            if ready and (since >= interval or not running):
                self._merge([unmerged.popleft() for _ in range(ready)])
                last_merge = time.perf_counter()
                continue
            started = time.perf_counter()
            try:
                wait(running, timeout=interval - since if ready else None, return_when="FIRST_COMPLETED")
            except TimeoutError:
                pass  # a merge is due
            self.wait_seconds += time.perf_counter() - started
        if self.unwritten:
            with _open(self.db_path) as con:
                self._write_rejects(con)

    def _interval(self) -> float:
        """Seconds between merges while work is left: longer as the run goes on, within bounds.

        ``merge_every=0`` merges every finished prefix at once (many small transactions).
        """
        if self.merge_every <= 0:
            return 0.0
        grown = MERGE_FRACTION * (time.perf_counter() - self.started)
        return max(self.merge_every, min(MERGE_MAX_SECONDS, grown))

    def _write_rejects(self, con: Any) -> None:
        from ..store import write_rejects

        write_rejects(con, self.unwritten, self.run_id)
        self.unwritten.clear()

    def _new_documents(self, items: Iterable[RawDocument | InputError]) -> Iterator[RawDocument]:
        """The documents to extract: input errors become rejects, stored texts are skipped."""
        chunk: list[RawDocument] = []
        for item in items:
            if isinstance(item, InputError):
                self._reject(item.source or str(item), str(item), shown=item)
                continue
            chunk.append(item)
            if len(chunk) >= CHECK_CHUNK:
                yield from self._unstored(chunk)
                chunk = []
        if chunk:
            yield from self._unstored(chunk)

    def _reject(self, source: str, reason: str, *, shown: object) -> None:
        self.rejects.append((source, reason))
        self.unwritten.append((source, reason))
        if self.on_reject is not None:
            self.on_reject(shown)
        else:
            logger.warning("%s", reason)

    def _unstored(self, docs: list[RawDocument]) -> Iterator[RawDocument]:
        """Drop texts already stored or already sent in this run (unless ``force``): nothing to extract.

        A document whose id was sent earlier in this run with another text is rejected as a conflict,
        as the one-process ingest rejects it when it reaches the store after the first.
        """
        if self.force:
            yield from docs
            return
        from ..store import content_hash, stored_hashes

        hashes = [content_hash(d.text) for d in docs]
        with _open(self.db_path) as con:
            stored = stored_hashes(con, hashes)
        for doc, digest in zip(docs, hashes):
            if digest in stored or digest in self.seen_hashes:
                self.counts.skipped += 1
                continue
            if doc.doc_id in self.seen:
                self._conflict(doc.source, doc.doc_id, Errors.E037)
                continue
            self.seen[doc.doc_id] = digest
            self.seen_hashes.add(digest)
            yield doc

    def _conflict(self, source: str, doc_id: str, message: str = Errors.E036) -> None:
        reason = message.format(source=source, doc_id=doc_id)
        self._reject(source, reason, shown=reason)

    def _submit(self, part: list[RawDocument]) -> Any:
        index = self.partitions
        self.partitions += 1
        self.sources[index] = {d.doc_id: d.source for d in part}
        return self.client.submit(
            _worker.extract_partition, index, part, str(self.staging) if self.staging else None,
            self.model, self.batch_size, self.run_id, key=f"tidings-extract-{self.tag}-{index:06d}",
            pure=False,
        )

    def _merge(self, futures: list[Any]) -> None:
        """Load finished partitions, in submission order, in ONE transaction of the store's loader."""
        from ..store import load_tables
        from ..store.parquet import concat_partitions, read_partition, remove_partition

        started = time.perf_counter()
        results: list[_worker.PartitionResult] = [f.result() for f in futures]
        sources: dict[str, str] = {}
        for result in results:
            sources |= self.sources.pop(result.index, {})
            for source, reason in result.failures:
                self._reject(source, reason, shown=reason if reason.startswith(source) else f"{source}: {reason}")
        parts = [
            result.tables if result.tables is not None
            else read_partition(result.directory, _worker.part_name(result.index))
            for result in results
        ]
        with _open(self.db_path) as con:  # one transaction; the file is free again between merges
            # With --force a later copy replaces an earlier one, as batch after batch would.
            loads = parts if self.force else [concat_partitions(parts)]
            for tables in loads:
                counts = load_tables(con, tables, force=self.force)
                self.counts.add(counts)
                for doc_id in counts.conflicts:
                    self._conflict(sources.get(doc_id, doc_id), doc_id)
            self._write_rejects(con)
        for result in results:
            if result.tables is None:
                remove_partition(result.directory, _worker.part_name(result.index))
            self.peak_rss_mb = max(self.peak_rss_mb, result.peak_rss_mb)
            self.cpu_seconds += result.cpu_seconds
        self.merges += 1
        self.merge_seconds += time.perf_counter() - started
        if self.on_progress is not None:
            self.on_progress(self.counts.documents)


def _check_model(model: str) -> None:
    """Fail early, in the client, on a model that is neither an installed package nor a folder.

    Otherwise every worker would fail to load it and log its own traceback. The test is spaCy's own
    (``spacy.util.is_package``: an installed distribution of that name) without importing spaCy, which
    would cost the client over a second of CPU before the workers can start.
    """
    import importlib.metadata

    if Path(model).is_dir():
        return
    try:
        importlib.metadata.distribution(model)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        raise ValueError(Errors.E010.format(model=model)) from None


@contextmanager
def _open(db_path: str | Path) -> Iterator[Any]:
    """Open the store for one step and close it, so read-only readers can get in between steps."""
    from ..store import connect

    con = connect(db_path, config=CLIENT_DB_CONFIG)
    try:
        yield con
    finally:
        con.close()

