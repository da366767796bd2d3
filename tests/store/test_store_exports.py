"""Each export opens in its target tool and carries valid codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import networkx as nx
import polars as pl
import pycountry
import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.records import PLOVER_TYPES, STATUSES
from tidings.store.exports import export
from tidings.store.gdelt import gdelt_columns
from tidings.store.mappings import load_mapping
from tidings.store.plover import ACTOR_FIELDS, EXTENSION_KEY, PLOVER_FIELDS, REQUIRED_FIELDS

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GSR = SHARED / "eval" / "peer" / "plover_gsr" / "PLOVER_GSR_dev.json"


def test_gdelt_column_table_has_the_61_codebook_columns() -> None:
    cols = gdelt_columns()
    assert len(cols) == 61 and len(set(cols)) == 61
    assert cols[0] == "GLOBALEVENTID" and cols[26] == "EventCode" and cols[-1] == "SOURCEURL"


def test_gdelt_export_rows_have_61_fields_and_valid_codes(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    n = export(store, "gdelt", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 2  # one row per cluster that happened: Norway-Chile and Kenya-Peru
    cols = gdelt_columns()
    goldstein = {r["cameo_root"]: float(r["goldstein"]) for r in load_mapping("cameo_goldstein")}
    for line in lines:
        row = dict(zip(cols, line.split("\t")))
        assert len(line.split("\t")) == 61
        assert int(row["GLOBALEVENTID"]) > 0
        assert len(row["SQLDATE"]) == 8 and row["SQLDATE"].startswith(row["MonthYear"])
        assert row["EventRootCode"] in goldstein and row["EventCode"].startswith(row["EventRootCode"])
        assert row["QuadClass"] in {"1", "2", "3", "4"}
        assert float(row["GoldsteinScale"]) == goldstein[row["EventRootCode"]]
        for side in ("Actor1CountryCode", "Actor2CountryCode"):
            assert pycountry.countries.get(alpha_3=row[side]) is not None
        assert row["SOURCEURL"].startswith("https://") or row["SOURCEURL"].endswith(".txt")
    by_url = {dict(zip(cols, ln.split("\t")))["Actor1Code"]: dict(zip(cols, ln.split("\t"))) for ln in lines}
    nor = by_url["NOR"]
    assert (nor["NumMentions"], nor["NumSources"], nor["NumArticles"]) == ("3", "2", "2")


def test_gdelt_export_all_statuses_adds_unrealised_clusters(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.tsv"
    assert export(store, "gdelt", out, statuses=STATUSES) == 5


def test_parquet_opens_in_duckdb_and_polars(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out) == 6
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0] == 6
    assert con.execute(f"SELECT max(len(evidence)) FROM read_parquet('{out}')").fetchone()[0] == 2
    df = pl.read_parquet(out)
    assert df.height == 6 and set(df["type"].to_list()) == {"CONSULT", "SANCTION", "SUPPORT"}
    assert df.filter(pl.col("status") == "planned").height == 1


def test_jsonl_and_csv_round_trip(store: Path, tmp_path: Path) -> None:
    export(store, "jsonl", tmp_path / "e.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(rows) == 6 and all(r["evidence"][0]["text"] == r["evidence_text"] for r in rows)
    export(store, "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(newline="") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 6 and json.loads(table[0]["evidence"])[0]["start"] == int(table[0]["evidence_start"])


def _required_plover_fields() -> tuple[set[str], set[str]]:
    """Fields every PLOVER gold record has (read from the shared file when present)."""
    if not GSR.exists():
        return set(REQUIRED_FIELDS), {"actorText", "code"}
    records = json.loads(GSR.read_text(encoding="utf-8"))
    required = set.intersection(*(set(r) for r in records))
    actor = set.intersection(*(set(a) for r in records for a in r["source"]))
    return required, actor


def test_plover_json_validates_against_the_field_list(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "plover.json"
    assert export(store, "plover", out) == 6
    records = json.loads(out.read_text(encoding="utf-8"))
    required, actor_required = _required_plover_fields()
    for rec in records:
        assert required <= set(rec), required - set(rec)
        assert set(rec) - {EXTENSION_KEY} <= set(PLOVER_FIELDS)
        assert rec["event"] in PLOVER_TYPES
        for side in ("source", "target"):
            assert rec[side] == "" or isinstance(rec[side], list)
            for actor in rec[side] or []:
                assert actor_required <= set(actor) and set(actor) <= set(ACTOR_FIELDS)
        assert rec[EXTENSION_KEY]["status"] in STATUSES
        assert all(v is not None for v in rec.values())
    denial = next(r for r in records if r[EXTENSION_KEY]["status"] == "negated")
    assert denial["textInfo"]["markup"] == "(SRC: Kenya) did not sanction (TAR: Peru)"
    # PLOVER has no status: a planned visit is written as the promise it is, its own type kept aside
    promise = next(r for r in records if r[EXTENSION_KEY]["status"] == "planned")
    assert (promise["event"], promise[EXTENSION_KEY]["type"]) == ("AGREE", "CONSULT")
    assert denial["event"] == denial[EXTENSION_KEY]["type"] == "SANCTION"


def test_graphml_opens_in_networkx(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    assert export(store, "graphml", out) == 2
    g = nx.read_graphml(out)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert labels == {"Norway", "Chile", "Kenya", "Peru"}
    kenya = next(n for n, d in g.nodes(data=True) if d["label"] == "Kenya")
    peru = next(n for n, d in g.nodes(data=True) if d["label"] == "Peru")
    edge = g.edges[kenya, peru]
    assert (edge["weight"], edge["n_CONSULT"], edge["happened"], edge["status_negated"]) == (4, 2, 1, 1)
    assert edge["mean_score"] == pytest.approx(2.5)
    export(store, "graphml", tmp_path / "countries.graphml", nodes="country")
    gc = nx.read_graphml(tmp_path / "countries.graphml")
    assert set(gc.nodes) == {"NOR", "CHL", "KEN", "PER"} and gc.nodes["KEN"]["label"] == "Kenya"


def test_export_cli_refuses_to_overwrite_and_unknown_scheme(store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "x.tsv"
    ok = runner.invoke(app, ["export", "--format", "gdelt", "-o", str(out), "--db", str(store)])
    assert ok.exit_code == 0 and "wrote 2 records" in ok.stdout
    again = runner.invoke(app, ["export", "--format", "gdelt", "-o", str(out), "--db", str(store)])
    assert again.exit_code == 2 and "output file exists" in again.stderr
    bad = runner.invoke(app, ["export", "--format", "gdelt", "-o", str(out), "--force", "--db", str(store),
                              "--quad-scheme", "nonsense"])
    assert bad.exit_code == 2 and "unknown quad scheme" in bad.stderr
