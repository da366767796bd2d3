"""A JSON Lines record over the document-size limit is rejected with one clear line; the rest loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from tidings.errors import InputError
from tidings.ingest import read_inputs
from tidings.records import RawDocument

LIMIT = 4096
TIDINGS = Path(sys.executable).with_name("tidings")


def _write_dump(path: Path) -> Path:
    small = "Uruguay and Paraguay signed a river transport accord in Asuncion on Thursday."
    big = "Officials from Ghana met their counterparts from Togo to discuss border trade. " * 80
    assert len(big.encode()) > LIMIT
    lines = [
        {"id": "small-1", "text": small},
        {"id": "too-big", "text": big},
        {"id": "small-2", "text": small.replace("Thursday", "Friday")},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_read_inputs_rejects_an_oversized_jsonl_record(tmp_path):
    dump = _write_dump(tmp_path / "dump.jsonl")
    items = list(read_inputs([dump], max_bytes=LIMIT))
    assert [type(i) for i in items] == [RawDocument, InputError, RawDocument]
    error = items[1]
    message = str(error)
    assert message.startswith("[E005]")
    assert f"{dump}:2" in message and str(LIMIT) in message and "limit" in message
    assert "\n" not in message
    assert [i.doc_id for i in items if isinstance(i, RawDocument)] == ["small-1", "small-2"]


def test_ingest_cli_rejects_an_oversized_jsonl_record(tmp_path):
    dump = _write_dump(tmp_path / "dump.jsonl")
    db = tmp_path / "store.duckdb"
    env = dict(os.environ, TIDINGS_MAX_DOCUMENT_BYTES=str(LIMIT))
    done = subprocess.run(
        [str(TIDINGS), "ingest", str(dump), "--db", str(db)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if "E005" in line]
    assert len(lines) == 1 and f"{dump}:2" in lines[0], done.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert sorted(r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()) == ["small-1", "small-2"]
        rejects = con.execute("SELECT input, reason FROM rejects").fetchall()
    finally:
        con.close()
    assert len(rejects) == 1 and rejects[0][0] == f"{dump}:2" and "[E005]" in rejects[0][1]
