"""What runs inside a Dask worker: load the pipeline once, extract a partition, write Parquet."""

from __future__ import annotations

import logging
import resource
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from distributed.diagnostics.plugin import WorkerPlugin

from ..records import RawDocument, Reading

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """Where a worker wrote one partition, and what it saw."""

    index: int
    directory: str
    documents: int
    failures: tuple[tuple[str, str], ...]  # (source, reason) of documents whose extraction failed
    peak_rss_mb: float
    tables: dict | None = None  # the tables themselves when there is no shared staging folder
    cpu_seconds: float = 0.0  # CPU time this task used in its worker


class PipelinePlugin(WorkerPlugin):
    """Load the spaCy pipeline when a worker starts, so every task finds it in the process cache.

    It also keeps a worker that is being shut down from printing a traceback for a heartbeat that
    raced the scheduler's shutdown (``ClosingHeartbeatFilter``): at the end of a run that is noise.
    """

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed's Worker
        from ..annotate import load_pipeline

        logging.getLogger("distributed.worker").addFilter(ClosingHeartbeatFilter(worker))
        load_pipeline(self.model)


class ClosingHeartbeatFilter(logging.Filter):
    """Drop "Failed to communicate with scheduler during heartbeat" once the worker is not running.

    While the worker runs the message stays: then the scheduler is really out of reach.
    """

    MESSAGE = "Failed to communicate with scheduler during heartbeat"

    def __init__(self, worker) -> None:  # noqa: ANN001 - anything with a ``status``
        super().__init__()
        self.worker = worker

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().startswith(self.MESSAGE):
            return True
        return getattr(self.worker.status, "name", str(self.worker.status)) == "running"


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def part_name(index: int) -> str:
    """The name of partition ``index`` in the staging folder (sorts in submission order)."""
    return f"part-{index:06d}"


def extract_partition(
    index: int,
    documents: list[RawDocument],
    staging: str | None,
    model: str,
    batch_size: int,
    run_id: str | None = None,
) -> PartitionResult:
    """Extract ``documents`` and write their tables as partition ``index`` under ``staging``.

    The layout is the store's (``tidings.store.write_parquet``): ``staging/<table>/part-<index>.parquet``.
    With ``staging=None`` (workers that share no filesystem with the client) the Arrow tables travel
    back in the result instead.
    """
    from ..store import readings_to_tables, write_parquet

    cpu = time.process_time()
    readings, failures = extract_documents(documents, model=model, batch_size=batch_size)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    tables = readings_to_tables(readings, run_id=run_id, ingested_at=now)
    if staging is not None:
        write_parquet(tables, staging, part_name(index))
    return PartitionResult(
        index=index,
        directory=staging or "",
        documents=len(readings),
        failures=tuple(failures),
        peak_rss_mb=peak_rss_mb(),
        tables=None if staging is not None else tables,
        cpu_seconds=time.process_time() - cpu,
    )


def extract_documents(
    documents: list[RawDocument], *, model: str, batch_size: int
) -> tuple[list[Reading], list[tuple[str, str]]]:
    """Readings of ``documents`` in order; a document whose extraction raises becomes a failure.

    A batch that raises is retried one document at a time (``tidings._internal.isolate``), so one bad
    document does not lose its partition.
    """
    from .._internal.isolate import read_isolated
    from ..annotate import load_pipeline

    failures: list[tuple[str, str]] = []

    def failed(doc: RawDocument, exc: Exception) -> None:
        logger.warning("%s: extraction failed, document left out", doc.source)
        failures.append((doc.source, f"extraction failed: {type(exc).__name__}: {exc}"))

    readings = list(read_isolated(documents, load_pipeline(model), batch_size, failed))
    return readings, failures
