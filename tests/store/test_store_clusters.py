"""Cross-document clustering of events (GDELT-style counts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store_readings import visit_reading

from tidings.store import connect, write_readings
from tidings.store.clusters import _Member, anchors


def clusters(con) -> list[tuple]:
    return con.execute(
        "SELECT type, actor1_code, actor2_code, date, num_mentions, num_sources, num_articles "
        "FROM event_clusters ORDER BY date NULLS LAST"
    ).fetchall()


def test_two_reports_of_one_visit_make_one_cluster(con) -> None:
    write_readings(con, [visit_reading("a", url="https://one.example/x")], "r")
    write_readings(con, [visit_reading("b", url="https://two.example/y", wording=1)], "r")
    assert clusters(con) == [("CONSULT", "CHL", "NOR", "2023-05-09", 3, 2, 2)]
    ids = con.execute("SELECT DISTINCT cluster_id FROM events").fetchall()
    assert len(ids) == 1


def test_symmetric_type_ignores_dyad_order(con) -> None:
    # wording 2 reports the same talks with Chile as the source
    write_readings(con, [visit_reading("a"), visit_reading("c", wording=2)], "r")
    assert [c[4:] for c in clusters(con)] == [(3, 2, 2)]


def test_same_domain_counts_as_one_source(con) -> None:
    write_readings(con, [visit_reading("a", url="https://www.same.example/1"),
                         visit_reading("b", url="https://same.example/2", wording=1)], "r")
    assert clusters(con)[0][5:] == (1, 2)


def test_different_days_are_different_events(con) -> None:
    write_readings(con, [visit_reading("a", date="2023-05-09"),
                         visit_reading("b", date="2023-05-11", wording=1)], "r")
    assert len(clusters(con)) == 2


def test_month_report_joins_the_only_day_of_that_month(con) -> None:
    write_readings(con, [visit_reading("a", date="2023-05-09"),
                         visit_reading("b", date="2023-05", wording=1)], "r")
    assert [(c[3], c[6]) for c in clusters(con)] == [("2023-05-09", 2)]


def test_month_report_stays_apart_when_the_month_has_two_days(con) -> None:
    write_readings(con, [visit_reading("a", date="2023-05-09"),
                         visit_reading("b", date="2023-05-20", wording=1),
                         visit_reading("c", date="2023-05", wording=2)], "r")
    assert sorted(c[3] for c in clusters(con)) == ["2023-05", "2023-05-09", "2023-05-20"]


def test_undated_events_cluster_by_publication_week() -> None:
    def m(doc: str, published: str | None) -> _Member:
        return _Member(doc, "e", None, None, published, doc, 1)

    got = anchors([m("a", "2023-05-08"), m("b", "2023-05-14"), m("c", "2023-05-15"), m("d", None)])
    assert got[0][0] == got[1][0] == "week:2023-W19"
    assert got[2][0] == "week:2023-W20"
    assert got[3][0].startswith("alone:")


def test_cluster_ids_do_not_depend_on_ingest_order(tmp_path: Path) -> None:
    docs = [visit_reading("a", date="2023-05-09"), visit_reading("b", date="2023-05", wording=1),
            visit_reading("c", date="2023", wording=2)]
    one, two = connect(tmp_path / "1.duckdb"), connect(tmp_path / "2.duckdb")
    for d in docs:
        write_readings(one, [d], "r")
    for d in reversed(docs):
        write_readings(two, [d], "r")
    q = "SELECT doc_id, cluster_id FROM events ORDER BY doc_id"
    assert one.execute(q).fetchall() == two.execute(q).fetchall()
    assert len({c for _, c in one.execute(q).fetchall()}) == 1
    one.close()
    two.close()


def test_replacing_a_document_updates_its_cluster(con) -> None:
    write_readings(con, [visit_reading("a"), visit_reading("b", wording=1)], "r")
    write_readings(con, [visit_reading("b", wording=1, date="2023-06-01")], "r", force=True)
    assert sorted((c[3], c[6]) for c in clusters(con)) == [("2023-05-09", 1), ("2023-06-01", 1)]


def test_incremental_clusters_equal_a_full_recompute(con) -> None:
    from tidings.store.clusters import recluster_all

    dates = ["2023-05-09", "2023-05", "2023", "2023-05-20", None, "2024-01-02", "2024", "2023-05-09"]
    for i, d in enumerate(dates):
        write_readings(con, [visit_reading(f"d{i}", date=d, wording=i, suffix=f" Report {i}.",
                                           url=f"https://s{i % 3}.example/{i}")], "r")
    write_readings(con, [visit_reading("d1", date="2023-06", wording=1, suffix=" Report 1.")], "r",
                   force=True)
    q_events = "SELECT doc_id, cluster_id FROM events ORDER BY ALL"
    q_clusters = "SELECT * FROM event_clusters ORDER BY ALL"
    incremental = (con.execute(q_events).fetchall(), con.execute(q_clusters).fetchall())
    recluster_all(con)
    assert (con.execute(q_events).fetchall(), con.execute(q_clusters).fetchall()) == incremental
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(dates)
    # 2023-05-09 (x2), 2023-05-20, 2023-06, 2023 (three anchors in that year: stays alone),
    # the undated week, and 2024-01-02 joined by the 2024 report
    assert len(incremental[1]) == 6


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_batches_and_replacements_match_a_full_recompute(db_path: Path, seed: int) -> None:
    import random

    from tidings.store.clusters import recluster_all

    rng = random.Random(seed)
    choices = ["2023-05-09", "2023-05-10", "2023-05", "2023-06", "2023-06-30", "2023", "2024",
               "2024-02-02", None]
    con = connect(db_path)
    docs = [visit_reading(f"r{i}", date=rng.choice(choices), wording=rng.randrange(3),
                          suffix=f" Note {i}.", url=f"https://s{rng.randrange(4)}.example/{i}")
            for i in range(30)]
    rng.shuffle(docs)
    for start in range(0, len(docs), 4):
        write_readings(con, docs[start:start + 4], "r")
        if rng.random() < 0.5:  # replace an earlier document with a new date
            old = rng.choice(docs[: start + 4])
            new = visit_reading(old.doc_id, date=rng.choice(choices), wording=0,
                                suffix=old.text.rsplit(" Note", 1)[-1].join([" Note", ""]),
                                url=old.url)
            write_readings(con, [new], "r", force=True)
    q_events = "SELECT doc_id, cluster_id FROM events ORDER BY ALL"
    q_clusters = "SELECT * FROM event_clusters ORDER BY ALL"
    incremental = (con.execute(q_events).fetchall(), con.execute(q_clusters).fetchall())
    recluster_all(con)
    assert (con.execute(q_events).fetchall(), con.execute(q_clusters).fetchall()) == incremental
    con.close()
