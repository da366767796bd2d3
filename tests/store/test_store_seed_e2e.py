"""End to end on the shared seed article: ingest it, then ask for Pakistan's relations.

Reads ../shared at run time only; skipped when it is absent. Asserts the store's contract
(status kept apart, score from what happened only), not the extraction's exact numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import connect
from tidings.store.mappings import plover_scores

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.txt"
STATUS_COLUMNS = ("occurred", "ongoing", "planned", "negated", "hypothetical", "normative")

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")


def test_seed_relations_keep_planned_and_normative_apart(tmp_path: Path) -> None:
    db = tmp_path / "seed.duckdb"
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(SEED), "--db", str(db)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["relations", "--country", "PAK", "--period", "year", "--db", str(db),
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    rus = [r for r in rows if r["country_a"] == "PAK" and r["country_b"] == "RUS"]
    assert rus, "no Pakistan-Russia rows"
    assert sum(r["occurred"] + r["ongoing"] for r in rus) >= 1
    assert sum(r["planned"] for r in rus) >= 1  # the announced visit is not counted as done
    assert sum(r["normative"] + r["hypothetical"] for r in rus) >= 1
    for r in rus:
        assert sum(r[c] for c in STATUS_COLUMNS) == r["events"]
    # The score of each row is the mean PLOVER score of occurred/ongoing events only.
    scores = plover_scores()
    con = connect(db, read_only=True)
    happened = con.execute(
        "SELECT type, coalesce(date, published) FROM events WHERE status IN ('occurred', 'ongoing') "
        "AND 'PAK' IN (source_country, target_country) AND 'RUS' IN (source_country, target_country)"
    ).fetchall()
    con.close()
    for r in rus:
        mine = [scores[t] for t, d in happened if (d or "undated")[:4] == r["period"][:4]]
        if mine:
            assert r["score"] == pytest.approx(round(sum(mine) / len(mine), 3))
        else:
            assert r["score"] is None
