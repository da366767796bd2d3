"""Parquet partitions of flat reading tables, for workers that cannot write the store themselves.

Layout: ``DIR/<table>/<part>.parquet`` for every table of ``readings_to_tables``. A worker writes one
part per batch (atomically: temp file then rename); ``merge_parquet`` then loads part after part
through the same ``load_tables`` as the in-process writer, one transaction per part, so a merge that
is interrupted can simply be run again. ``read_partitions`` reads several parts as one set of tables
(rows in part order), for a writer that loads many parts in one transaction: the cost of a load is
mostly per transaction (registering the tables, reclustering the touched groups), not per row.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import TABLE_COLUMNS
from .writer import Connectable, WriteCounts, _connection, load_tables


def write_parquet(tables: dict[str, pa.Table], directory: str | Path, part: str) -> list[Path]:
    """Write one partition (every table) under ``directory``; return the files written."""
    root = Path(directory)
    written: list[Path] = []
    for name in TABLE_COLUMNS:
        table = tables.get(name)
        if table is None:
            continue
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{part}.parquet"
        tmp = folder / f".{part}.parquet.tmp"
        pq.write_table(table, tmp)
        os.replace(tmp, final)
        written.append(final)
    return written


def partitions(directory: str | Path) -> list[str]:
    """Return the part names found under ``directory`` (those with a documents file), sorted."""
    docs = Path(directory) / "documents"
    if not docs.is_dir():
        return []
    return sorted(p.stem for p in docs.glob("*.parquet"))


def read_partition(directory: str | Path, part: str) -> dict[str, pa.Table]:
    """Read every table of one partition."""
    root = Path(directory)
    out: dict[str, pa.Table] = {}
    for name in TABLE_COLUMNS:
        path = root / name / f"{part}.parquet"
        if path.exists():
            out[name] = pq.read_table(path)
    return out


def read_partitions(directory: str | Path, parts: list[str]) -> dict[str, pa.Table]:
    """Read ``parts`` and join each table's rows in the order of ``parts``."""
    return concat_partitions([read_partition(directory, part) for part in parts])


def concat_partitions(partitions: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """Join the tables of several partitions, table by table, rows in the order given."""
    out: dict[str, pa.Table] = {}
    for name in TABLE_COLUMNS:
        pieces = [tables[name] for tables in partitions if tables.get(name) is not None]
        if pieces:
            out[name] = pieces[0] if len(pieces) == 1 else pa.concat_tables(pieces, promote_options="permissive")
    return out


def remove_partition(directory: str | Path, part: str) -> None:
    """Delete every table file of one partition (after it is merged)."""
    for name in TABLE_COLUMNS:
        (Path(directory) / name / f"{part}.parquet").unlink(missing_ok=True)


def merge_parquet(
    db: Connectable, directory: str | Path, *, force: bool = False
) -> WriteCounts:
    """Load every partition under ``directory`` into the store, idempotently (one transaction each)."""
    total = WriteCounts()
    with _connection(db) as con:
        for part in partitions(directory):
            total.add(load_tables(con, read_partition(directory, part), force=force))
    return total
