"""Cross-article merging: the same real-world event reported by several documents -> one cluster.

Events are compared only inside a *group*: same PLOVER type and same dyad (actor codes: the country,
else the corpus actor id; unordered for the symmetric types in ``UNORDERED_TYPES``). Inside a group:

1. day-precision events cluster on their exact date;
2. a month-precision event joins the one day cluster of that month if there is exactly one,
   otherwise it forms (or joins) the month cluster;
3. a year-precision event likewise joins the one cluster of that year, else the year cluster;
4. undated events cluster with undated events published in the same ISO week; an undated event
   of an undated document stays alone.

The cluster id is a hash of group + anchor date, so it does not depend on ingest order. Counts follow
GDELT: num_mentions = every evidence span of every member event, num_articles = distinct documents,
num_sources = distinct source domains (a document without a URL counts as its own source).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as Date

import duckdb
import pyarrow as pa

from ..records import content_id
from .schema import registered


@dataclass(frozen=True, slots=True)
class _Member:
    doc_id: str
    event_id: str
    date: str | None
    precision: str | None
    published: str | None
    source: str
    mentions: int


def precision_of(date: str | None, precision: str | None) -> str | None:
    """Return the precision of a date string, read off its length (YYYY, YYYY-MM, YYYY-MM-DD).

    The length decides, not the label, so that the SQL scopes below and this rule always agree.
    """
    if not date:
        return None
    return {4: "year", 7: "month"}.get(len(date), "day")


def iso_week(published: str | None) -> str | None:
    """Return ``YYYY-Www`` for an ISO date (None when absent or unparsable)."""
    if not published or len(published) < 10:
        return None
    try:
        y, w, _ = Date.fromisoformat(published[:10]).isocalendar()
    except ValueError:
        return None
    return f"{y}-W{w:02d}"


def anchors(members: list[_Member]) -> list[tuple[str, str | None, str]]:
    """Return (anchor, date, precision) for each member, in order: the clustering rule above."""
    prec = [precision_of(m.date, m.precision) for m in members]
    days_by_month: dict[str, set[str]] = defaultdict(set)
    for m, p in zip(members, prec):
        if p == "day" and m.date:
            days_by_month[m.date[:7]].add(m.date[:10])
    month_anchor: dict[str, str] = {}  # month -> its single day, or the month itself
    for m, p in zip(members, prec):
        if p == "month" and m.date and m.date[:7] not in month_anchor:
            inside = days_by_month.get(m.date[:7], set())
            month_anchor[m.date[:7]] = next(iter(inside)) if len(inside) == 1 else m.date[:7]
    finer_by_year: dict[str, set[str]] = defaultdict(set)
    for month, days in days_by_month.items():
        finer_by_year[month[:4]].update(days)
    for month, anchor in month_anchor.items():
        finer_by_year[month[:4]].add(anchor)
    out: list[tuple[str, str | None, str]] = []
    for m, p in zip(members, prec):
        if p == "day" and m.date:
            out.append((m.date[:10], m.date[:10], "day"))
        elif p == "month" and m.date:
            a = month_anchor[m.date[:7]]
            out.append((a, a, "day" if len(a) == 10 else "month"))
        elif p == "year" and m.date:
            inside = finer_by_year.get(m.date[:4], set())
            if len(inside) == 1:
                a = next(iter(inside))
                out.append((a, a, "day" if len(a) == 10 else "month"))
            else:
                out.append((m.date[:4], m.date[:4], "year"))
        else:
            week = iso_week(m.published)
            key = f"week:{week}" if week else f"alone:{m.doc_id}:{m.event_id}"
            out.append((key, None, "week" if week else "none"))
    return out


_CLUSTER_COLUMNS = (
    ("cluster_id", pa.string()), ("group_key", pa.string()), ("type", pa.string()),
    ("actor1_code", pa.string()), ("actor2_code", pa.string()), ("date", pa.string()),
    ("date_precision", pa.string()), ("first_doc_id", pa.string()), ("num_mentions", pa.int32()),
    ("num_sources", pa.int32()), ("num_articles", pa.int32()),
)

# Units of reclustering. A cluster never spans two calendar years, undated events only cluster with
# undated ones, and without year-precision reports a cluster never spans two months either. So an
# event touches the unit (group, YYYY-MM) -- widened to (group, YYYY) when that group-year holds a
# year-precision report -- or (group, YYYY) for a year-precision event, or (group, '') when undated.
# ``_in_unit`` matches an event or cluster date against a unit's scope.
_IN_UNIT = ("(CASE WHEN {u}.scope = '' THEN {t}.date IS NULL "
            "ELSE substr({t}.date, 1, length({u}.scope)) = {u}.scope END)")

_FETCH = f"""
SELECT e.group_key, e.doc_id, e.event_id, e.date, e.date_precision, e.published,
       coalesce(d.source_domain, e.doc_id) AS src, coalesce(v.n, 1) AS n
FROM events e
JOIN _scopes g ON g.group_key = e.group_key AND {_IN_UNIT.format(u="g", t="e")}
JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN (
    SELECT ev.doc_id, ev.event_id, count(*) AS n
    FROM evidence ev JOIN events e2 ON e2.doc_id = ev.doc_id AND e2.event_id = ev.event_id
    JOIN _scopes g2 ON g2.group_key = e2.group_key AND {_IN_UNIT.format(u="g2", t="e2")}
    GROUP BY ALL
) v ON v.doc_id = e.doc_id AND v.event_id = e.event_id
ORDER BY e.group_key, e.doc_id, e.event_id
"""

# Month units whose group-year holds a year-precision report must be widened to the whole year.
_WIDEN = """
SELECT DISTINCT u.group_key, substr(u.scope, 1, 4)
FROM _units u JOIN events e ON e.group_key = u.group_key AND e.date = substr(u.scope, 1, 4)
WHERE length(u.scope) = 7
"""


def scope_of(date: str | None) -> str:
    """The narrowest reclustering scope of an event date: YYYY-MM, YYYY (year precision) or ''."""
    if not date:
        return ""
    return date[:4] if len(date) == 4 else date[:7]


def _units(con: duckdb.DuckDBPyConnection, scopes: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Widen month units to their year where needed and drop units covered by a year unit."""
    units = set(scopes)
    months = sorted(u for u in units if len(u[1]) == 7)
    if months:
        table = pa.table({"group_key": pa.array([u[0] for u in months], pa.string()),
                          "scope": pa.array([u[1] for u in months], pa.string())})
        with registered(con, "_units", table):
            units |= {(g, y) for g, y in con.execute(_WIDEN).fetchall()}
    years = {u for u in units if len(u[1]) == 4}
    return sorted(u for u in units if not (len(u[1]) == 7 and (u[0], u[1][:4]) in years))


def recluster(con: duckdb.DuckDBPyConnection, scopes: Iterable[tuple[str, str]]) -> int:
    """Recompute the clusters of the given (group_key, scope) units inside the caller's transaction.

    scopes: (group_key, ``scope_of(date)``) of every event added or removed (a year scope covers its
    months).

    RETURNS (int): the number of clusters written.
    """
    units = _units(con, scopes)
    if not units:
        return 0
    table = pa.table({"group_key": pa.array([u[0] for u in units], pa.string()),
                      "scope": pa.array([u[1] for u in units], pa.string())})
    with registered(con, "_scopes", table):
        rows = con.execute(_FETCH).fetchall()
        by_group: dict[str, list[_Member]] = defaultdict(list)
        for g, doc, eid, date, precision, published, src, n in rows:
            by_group[g].append(_Member(doc, eid, date, precision, published, src, int(n)))
        assign: list[tuple[str, str, str]] = []
        clusters: list[tuple] = []
        for g, members in by_group.items():
            _cluster_group(g, members, assign, clusters)
        con.execute(
            "DELETE FROM event_clusters c USING _scopes g WHERE c.group_key = g.group_key "
            f"AND {_IN_UNIT.format(u='g', t='c')}"
        )
        if clusters:
            cols = list(zip(*clusters))
            table = pa.table({name: pa.array(col, typ) for (name, typ), col in zip(_CLUSTER_COLUMNS, cols)})
            with registered(con, "_clusters", table):
                con.execute("INSERT INTO event_clusters SELECT * FROM _clusters")
        if assign:
            mapping = pa.table({
                "doc_id": [a[0] for a in assign],
                "event_id": [a[1] for a in assign],
                "cluster_id": [a[2] for a in assign],
            })
            with registered(con, "_assign", mapping):
                con.execute(
                    "UPDATE events SET cluster_id = a.cluster_id FROM _assign a "
                    "WHERE events.doc_id = a.doc_id AND events.event_id = a.event_id "
                    "AND events.cluster_id IS DISTINCT FROM a.cluster_id"
                )
    return len(clusters)


def _cluster_group(
    group: str, members: list[_Member], assign: list[tuple[str, str, str]], clusters: list[tuple]
) -> None:
    etype, a1, a2 = (group.split("|") + ["", ""])[:3]
    parts: dict[str, list[_Member]] = defaultdict(list)
    info: dict[str, tuple[str | None, str]] = {}
    for m, (anchor, date, precision) in zip(members, anchors(members)):
        cid = content_id("cluster", group, anchor)
        parts[cid].append(m)
        info[cid] = (date, precision)
        assign.append((m.doc_id, m.event_id, cid))
    for cid, ms in sorted(parts.items()):
        date, precision = info[cid]
        first = min(ms, key=lambda m: (m.published or "9999", m.doc_id)).doc_id
        clusters.append((
            cid, group, etype, a1 or None, a2 or None, date, precision, first,
            sum(m.mentions for m in ms), len({m.source for m in ms}), len({m.doc_id for m in ms}),
        ))


def recluster_all(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute every cluster of the store from scratch (maintenance; in one transaction)."""
    units = con.execute(
        "SELECT DISTINCT group_key, coalesce(substr(date, 1, 4), '') FROM events"
    ).fetchall()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM event_clusters")
        n = recluster(con, [(g, s) for g, s in units])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return n
