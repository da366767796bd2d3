"""Schema, single writer, idempotence, --force semantics and the Parquet merge path."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from store_readings import mixed_status_reading, visit_reading

from tidings.store import (
    SCHEMA_VERSION, connect, load_tables, merge_parquet, readings_to_tables, schema_version,
    write_parquet, write_readings,
)
from tidings.store.schema import TABLE_COLUMNS

ALL_TABLES = (*TABLE_COLUMNS, "event_clusters", "rejects", "runs", "schema_version")


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ALL_TABLES}


def dump(con, table: str, skip: tuple[str, ...] = ("ingested_at", "run_id")) -> list[tuple]:
    cols = [c for c in TABLE_COLUMNS.get(table, ()) if c not in skip] or ["*"]
    sel = ", ".join(f'"{c}"' if c != "*" else c for c in cols)
    return sorted(con.execute(f"SELECT {sel} FROM {table}").fetchall(), key=repr)


def test_schema_created_on_a_new_file(db_path: Path) -> None:
    con = connect(db_path)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(ALL_TABLES) <= names
    assert schema_version(con) == SCHEMA_VERSION
    con.close()
    again = connect(db_path)  # reopening applies nothing twice
    assert again.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION  # one row a step
    again.close()


def test_a_version_1_store_gains_the_new_event_column_and_keeps_its_rows(db_path: Path) -> None:
    from tidings.store.schema import _MIGRATIONS

    old = duckdb.connect(str(db_path))
    old.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TIMESTAMP)")
    old.execute(_MIGRATIONS[0][1])
    old.execute("INSERT INTO schema_version VALUES (1, now())")
    old.execute("INSERT INTO events (doc_id, event_id, type, status, group_key) VALUES ('d', 'e', 'AID', 'occurred', 'k')")
    old.close()
    con = connect(db_path)
    assert schema_version(con) == SCHEMA_VERSION == 2
    assert con.execute("SELECT type, target_found_by FROM events").fetchall() == [("AID", None)]
    write_readings(con, [mixed_status_reading()], "run")  # the writer fills the added column
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 5
    con.close()


def test_read_only_open_of_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such database"):
        connect(tmp_path / "absent.duckdb", read_only=True)


def test_writer_stores_every_table(con) -> None:
    r = visit_reading("a1", url="https://www.example.org/a1")
    c = write_readings(con, [r, mixed_status_reading()], "run1")
    assert c.documents == 2 and c.events == 5 and c.skipped == 0
    n = counts(con)
    assert n["documents"] == 2 and n["events"] == 5 and n["segments"] == 2
    assert n["actors"] == 4  # Norway, Chile, Kenya, Peru: one row each across documents
    assert n["evidence"] == 6  # the first visit event has a second evidence span
    assert n["mentions"] == sum(len(e.mentions) for rr in (r, mixed_status_reading()) for e in rr.entities)
    domain, = con.execute("SELECT source_domain FROM documents WHERE doc_id = 'a1'").fetchone()
    assert domain == "example.org"
    text, s, e = con.execute("SELECT d.text, v.start, v.\"end\" FROM evidence v JOIN documents d "
                             "USING (doc_id) WHERE v.text = 'The visit to Chile'").fetchone()
    assert text[s:e] == "The visit to Chile"
    assert con.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone()[0] == 0


def test_reingest_same_documents_adds_nothing(con) -> None:
    batch = [visit_reading("a1"), mixed_status_reading()]
    write_readings(con, batch, "run1")
    before = counts(con)
    again = write_readings(con, batch, "run2")
    assert again.documents == 0 and again.skipped == 2
    assert counts(con) == before


def test_same_text_under_another_id_is_skipped(con) -> None:
    write_readings(con, [visit_reading("a1")], "run1")
    c = write_readings(con, [visit_reading("copy-of-a1")], "run2")
    assert c.skipped == 1 and c.documents == 0
    assert con.execute("SELECT doc_id FROM documents").fetchall() == [("a1",)]


def test_force_replaces_rows_of_that_document(con) -> None:
    write_readings(con, [visit_reading("a1"), mixed_status_reading()], "run1")
    before = counts(con)
    c = write_readings(con, [visit_reading("a1")], "run2", force=True)
    assert c.replaced == 1 and c.documents == 1
    assert counts(con) == before
    assert con.execute("SELECT run_id FROM documents WHERE doc_id = 'a1'").fetchone()[0] == "run2"


def test_changed_text_under_an_old_id_is_a_conflict_unless_forced(con) -> None:
    write_readings(con, [visit_reading("a1", wording=0)], "run1")
    before = counts(con)
    c = write_readings(con, [visit_reading("a1", wording=1)], "run2")
    assert c.conflicts == ["a1"] and c.documents == 0 and c.replaced == 0
    assert counts(con) == before
    c = write_readings(con, [visit_reading("a1", wording=1)], "run3", force=True)
    assert c.replaced == 1 and c.conflicts == []
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1


def test_duplicate_inside_one_batch_is_stored_once(con) -> None:
    c = write_readings(con, [visit_reading("a1"), visit_reading("a1")], "run1")
    assert c.documents == 1
    assert counts(con)["events"] == 1


def test_failed_batch_leaves_nothing(con) -> None:
    tables = readings_to_tables([visit_reading("a1")])
    bad = tables["segments"].set_column(1, "idx", pa.array([None], pa.int32()))  # NOT NULL column
    tables["segments"] = bad
    with pytest.raises(duckdb.ConstraintException):
        load_tables(con, tables)
    assert counts(con)["documents"] == 0 and counts(con)["events"] == 0


def test_parquet_merge_gives_the_same_rows_as_the_writer(tmp_path: Path) -> None:
    batches = [[visit_reading("a1", url="https://a.example/1"), mixed_status_reading()],
               [visit_reading("b1", url="https://b.example/1", wording=1)]]
    direct = connect(tmp_path / "direct.duckdb")
    for i, b in enumerate(batches):
        write_readings(direct, b, "run")
    parts = tmp_path / "parts"
    for i, b in enumerate(batches):
        write_parquet(readings_to_tables(b, run_id="run"), parts, f"part-{i:05d}")
    merged = connect(tmp_path / "merged.duckdb")
    merge_parquet(merged, parts)
    merge_parquet(merged, parts)  # a second merge adds nothing
    for table in (*TABLE_COLUMNS, "event_clusters"):
        assert dump(direct, table) == dump(merged, table), table
    direct.close()
    merged.close()


def test_empty_batch_writes_nothing(con) -> None:
    c = write_readings(con, [], "run1")
    assert c.documents == 0 and counts(con)["documents"] == 0
