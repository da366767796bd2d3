"""Relations, timeline, events, actors and the read-only sql command, through the API and the CLI."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import connect, queries, write_readings


def test_relations_keeps_unrealised_events_apart(store: Path) -> None:
    df = queries.relations(store, country="KEN", period="year")
    rows = {r.period: r for r in df.itertuples()}
    y23, y24 = rows["2023"], rows["2024"]
    assert (y23.country_a, y23.country_b) == ("KEN", "PER")
    assert (y23.events, y23.occurred, y23.negated, y23.normative, y23.planned) == (3, 1, 1, 1, 0)
    # The denied sanction (-6) and the normative support (+5) do not move the score of what happened.
    assert y23.score == pytest.approx(2.5)
    assert y23.verbal_cooperation == 1 and y23.material_conflict == 0
    assert y23.types == "CONSULT:1"
    assert "SANCTION/negated:1" in y23.not_happened
    assert (y24.planned, y24.occurred, y24.clusters) == (1, 0, 0)
    assert y24.score != y24.score  # NaN: nothing happened in 2024


def test_relations_counts_one_cluster_for_two_reports(store: Path) -> None:
    df = queries.relations(store, country="NOR")
    assert list(df[["country_a", "country_b", "period", "events", "clusters"]].itertuples(index=False, name=None)) \
        == [("NOR", "CHL", "2023-05", 2, 1)]


def test_relations_date_window_includes_coarse_dates(store: Path) -> None:
    df = queries.relations(store, since="2024-03-01", until="2024-06-30")
    assert list(df["period"]) == ["2024"] and list(df["planned"]) == [1]
    assert queries.relations(store, since="2025").empty


def test_relations_rejects_unknown_period(store: Path) -> None:
    with pytest.raises(queries.QueryError, match="unknown period"):
        queries.relations(store, period="week")


def test_events_filters(store: Path) -> None:
    assert list(queries.events(store, status="planned")["evidence"]) == ["Kenya will host Peru next spring"]
    assert len(queries.events(store, type="consult")) == 4
    assert len(queries.events(store, country="CHL")) == 2
    assert list(queries.events(store, search="salmon")["doc_id"]) == []
    assert list(queries.events(store, search="held talks")["doc_id"]) == ["b"]
    # a window keeps events whose date range overlaps it: the two visits and the May-2023 denial
    one_day = queries.events(store, since="2023-05-09", until="2023-05-09")
    assert sorted(one_day["date"]) == ["2023-05", "2023-05-09", "2023-05-09"]
    with pytest.raises(queries.QueryError):
        queries.events(store, status="rumoured")


def test_timeline_by_name_and_by_code(store: Path) -> None:
    by_name = queries.timeline(store, "kenya")
    assert list(by_name["type"]) == ["SANCTION", "CONSULT", "SUPPORT", "CONSULT"]
    assert len(queries.timeline(store, "CHL")) == 2
    assert len(queries.timeline(store, "Nor")) == 2  # substring fallback


def test_actors_are_canonical_across_documents(store: Path) -> None:
    df = queries.actors(store)
    chile = df[df.name == "Chile"].iloc[0]
    assert (chile.documents, chile.events_as_target) == (2, 2)
    assert len(df) == 4


@pytest.mark.parametrize("query", [
    "DELETE FROM events",
    "INSERT INTO actors VALUES ('x', 'y', 'COUNTRY', NULL, NULL)",
    "DROP TABLE events",
    "SELECT 1; DELETE FROM events",
    "COPY events TO 'out.csv'",
    "ATTACH 'other.duckdb'",
    "CREATE TABLE t AS SELECT 1",
])
def test_sql_refuses_anything_but_one_read(store: Path, query: str) -> None:
    with pytest.raises(queries.QueryError):
        queries.sql(store, query)
    con = connect(store, read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 6
    con.close()


def test_sql_runs_a_read_query(store: Path) -> None:
    df = queries.sql(store, "WITH t AS (SELECT type FROM events) SELECT type, count(*) n FROM t GROUP BY 1 ORDER BY 1")
    assert dict(zip(df["type"], df["n"])) == {"CONSULT": 4, "SANCTION": 1, "SUPPORT": 1}


def test_cli_queries(store: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["relations", "--country", "PER", "--db", str(store), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["country_a"] for r in rows} == {"PER"}
    res = runner.invoke(app, ["sql", "UPDATE events SET status = 'occurred'", "--db", str(store)])
    assert res.exit_code == 2 and "only read queries" in res.stderr
    assert "Traceback" not in res.output
    res = runner.invoke(app, ["events", "--status", "negated", "--db", str(store), "--format", "csv"])
    assert res.exit_code == 0 and "Kenya did not sanction Peru" in res.stdout
    res = runner.invoke(app, ["timeline", "Peru", "--db", str(store)])
    assert res.exit_code == 0 and "4 rows" in res.stdout
    res = runner.invoke(app, ["actors", "--db", str(store.parent / "missing.duckdb")])
    assert res.exit_code == 2 and "no such database" in res.stderr


def test_relations_row_with_one_known_country_keeps_its_types(db_path: Path) -> None:
    from store_readings import reading

    text = "Japan criticised the unnamed group over the raid."
    r = reading("one-sided", text, ["Japan"], [
        dict(etype="ACCUSE", source="Japan", target=None, evidence="Japan criticised the unnamed group")])
    con = connect(db_path)
    write_readings(con, [r], "run")
    df = queries.relations(con)
    con.close()
    assert list(df["country_a"]) == ["JPN"] and df["country_b"].isna().all()
    assert list(df["types"]) == ["ACCUSE:1"] and list(df["score"]) == [-3.0]


def test_timeline_three_capitals_that_are_not_a_country_are_a_name(db_path: Path) -> None:
    from store_readings import reading

    text = "Kenya asked the IMF for a loan."
    r = reading("imf", text, ["Kenya"], [
        dict(etype="REQUEST", source="Kenya", target=None, evidence="Kenya asked the IMF for a loan")])
    r = dataclasses.replace(r, events=(dataclasses.replace(r.events[0], target="IMF"),))
    con = connect(db_path)
    write_readings(con, [r], "run")
    assert list(queries.timeline(con, "IMF")["type"]) == ["REQUEST"]
    assert list(queries.timeline(con, "KEN")["type"]) == ["REQUEST"]
    con.close()
