"""Several Parquet partitions read as one set of tables: rows in partition order, parts removable."""

from __future__ import annotations

import pyarrow as pa

from tidings.store.parquet import (
    concat_partitions,
    partitions,
    read_partitions,
    remove_partition,
    write_parquet,
)
from tidings.store.tables import SCHEMAS


def documents(*ids: str) -> pa.Table:
    schema = SCHEMAS["documents"]
    rows = [{name: None for name in schema.names} | {"doc_id": d, "content_hash": f"h-{d}", "text": d}
            for d in ids]
    return pa.Table.from_pylist(rows, schema=schema)


def mentions(*pairs: tuple[str, str]) -> pa.Table:
    schema = SCHEMAS["mentions"]
    rows = [{name: None for name in schema.names} | {"doc_id": d, "actor_id": a} for d, a in pairs]
    return pa.Table.from_pylist(rows, schema=schema)


def test_read_partitions_joins_tables_in_the_order_of_the_parts(tmp_path):
    write_parquet({"documents": documents("a", "b"), "mentions": mentions(("a", "x"))}, tmp_path, "part-000001")
    write_parquet({"documents": documents("c")}, tmp_path, "part-000000")  # no mentions in this part
    write_parquet({"documents": documents("d"), "mentions": mentions(("d", "y"), ("d", "z"))},
                  tmp_path, "part-000002")
    tables = read_partitions(tmp_path, ["part-000001", "part-000000", "part-000002"])
    assert tables["documents"]["doc_id"].to_pylist() == ["a", "b", "c", "d"]
    assert tables["mentions"]["actor_id"].to_pylist() == ["x", "y", "z"]
    assert "events" not in tables  # a table no part has stays missing (the loader reads it as empty)


def test_concat_of_one_partition_is_that_partition():
    part = {"documents": documents("a")}
    assert concat_partitions([part])["documents"] is part["documents"]
    assert concat_partitions([]) == {}


def test_remove_partition_deletes_every_table_file_of_the_part(tmp_path):
    write_parquet({"documents": documents("a"), "mentions": mentions(("a", "x"))}, tmp_path, "part-000000")
    write_parquet({"documents": documents("b")}, tmp_path, "part-000001")
    remove_partition(tmp_path, "part-000000")
    assert partitions(tmp_path) == ["part-000001"]
    assert not (tmp_path / "mentions" / "part-000000.parquet").exists()
    remove_partition(tmp_path, "part-000000")  # a second removal is harmless
