"""Questions to the store, as pandas DataFrames: relations, timeline, events, actors, read-only SQL.

Every function takes the store (a path or an open connection) and opens files read-only. Status is
kept apart everywhere: planned, negated, hypothetical and normative events are counted in their own
columns and never enter the score of what happened (occurred + ongoing).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from ..errors import first_line
from ..records import PLOVER_TYPES, STATUSES, UNORDERED_TYPES
from .mappings import plover_quads, plover_scores
from .schema import connect, registered

HAPPENED = ("occurred", "ongoing")
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
PERIODS = ("year", "quarter", "month")

Store = duckdb.DuckDBPyConnection | str | Path


class QueryError(ValueError):
    """A query the store refuses (not a single read query, unknown option, bad SQL)."""


@contextmanager
def reading(db: Store) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield a connection for reading: the given one, or the file opened read-only."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = connect(db, read_only=True)
    try:
        yield con
    finally:
        con.close()


def _scores_table() -> pa.Table:
    scores, quads = plover_scores(), plover_quads()
    types = sorted(scores)
    return pa.table({
        "type": types,
        "score": [scores[t] for t in types],
        "quad": [quads[t] for t in types],
    })


# Event rows with the period date (event date, else publication date) and its day range.
_EV = """
WITH ev0 AS (
    SELECT e.*, coalesce(e.date, e.published) AS pdate, d.url, d.title
    FROM events e JOIN documents d USING (doc_id)
), ev AS (
    SELECT *,
        CASE length(pdate) WHEN 4 THEN pdate || '-01-01' WHEN 7 THEN pdate || '-01'
             ELSE substr(pdate, 1, 10) END AS day_lo,
        CASE length(pdate) WHEN 4 THEN pdate || '-12-31' WHEN 7 THEN pdate || '-31'
             ELSE substr(pdate, 1, 10) END AS day_hi
    FROM ev0
)
"""


def _date_filters(since: str | None, until: str | None, where: list[str], params: list) -> None:
    if since:
        where.append("day_hi >= ?")
        params.append(since)
    if until:
        where.append("day_lo <= ?")
        params.append(until + ("-12-31" if len(until) == 4 else "-31" if len(until) == 7 else ""))


def _period_expr(period: str) -> str:
    if period not in PERIODS:
        raise QueryError(f"unknown period '{period}': choose one of {', '.join(PERIODS)}")
    if period == "year":
        return "coalesce(substr(pdate, 1, 4), 'undated')"
    if period == "month":
        return "coalesce(substr(pdate, 1, 7), 'undated')"
    return ("coalesce(CASE WHEN length(pdate) >= 7 THEN substr(pdate, 1, 4) || '-Q' || "
            "CAST((CAST(substr(pdate, 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR) "
            "ELSE substr(pdate, 1, 4) END, 'undated')")


def relations(
    db: Store,
    *,
    country: str | None = None,
    period: str = "month",
    since: str | None = None,
    until: str | None = None,
    directed: bool = False,
) -> pd.DataFrame:
    """Per country dyad and period: counts by status, type and quad, and the mean PLOVER score.

    country (str | None): ISO alpha-3 code; rows of its dyads only, with it as ``country_a``.
    period (str): ``year``, ``quarter`` or ``month`` (a coarser event date stays coarser).
    directed (bool): keep source -> target order (default: unordered pairs).
    RETURNS (DataFrame): one row per dyad and period. ``events`` counts every report;
    occurred/ongoing/planned/negated/hypothetical/normative split it by status; the quad columns,
    ``types``, ``clusters`` and ``score`` count only what happened (occurred + ongoing).
    """
    where = ["(source_country IS NOT NULL OR target_country IS NOT NULL)"]
    params: list = []
    _date_filters(since, until, where, params)
    code = country.upper() if country else None
    if directed:
        a, b = "source_country", "target_country"
    elif code:
        a = ("CASE WHEN source_country = ? THEN source_country ELSE target_country END")
        b = ("CASE WHEN source_country = ? THEN target_country ELSE source_country END")
    else:
        a = ("CASE WHEN target_country IS NOT NULL AND (source_country IS NULL "
             "OR target_country < source_country) THEN target_country ELSE source_country END")
        b = ("CASE WHEN target_country IS NOT NULL AND (source_country IS NULL "
             "OR target_country < source_country) THEN source_country ELSE target_country END")
    if code:
        where.append("(source_country = ? OR target_country = ?)")
    happened = "status IN ('occurred', 'ongoing')"
    status_cols = ",\n".join(f"count(*) FILTER (WHERE status = '{s}') AS {s}" for s in STATUSES)
    quad_cols = ",\n".join(f"count(*) FILTER (WHERE {happened} AND quad = '{q}') AS {q}" for q in QUADS)
    sql = _EV + f""",
    dy AS (
        SELECT {a} AS country_a, {b} AS country_b, {_period_expr(period)} AS period, ev.*,
               s.score, s.quad
        FROM ev LEFT JOIN _scores s USING (type)
        WHERE {' AND '.join(where)}
    ), per_type AS (
        SELECT country_a, country_b, period,
               string_agg(type || ':' || n, ' ' ORDER BY n DESC, type) AS types
        FROM (SELECT country_a, country_b, period, type, count(*) AS n FROM dy
              WHERE {happened} GROUP BY ALL)
        GROUP BY ALL
    ), other_type AS (
        SELECT country_a, country_b, period,
               string_agg(type || '/' || status || ':' || n, ' ' ORDER BY n DESC, type, status)
                 AS not_happened
        FROM (SELECT country_a, country_b, period, type, status, count(*) AS n FROM dy
              WHERE NOT {happened} GROUP BY ALL)
        GROUP BY ALL
    )
    SELECT g.*, coalesce(p.types, '') AS types, coalesce(o.not_happened, '') AS not_happened
    FROM (
        SELECT country_a, country_b, period, count(*) AS events,
               {status_cols},
               count(DISTINCT cluster_id) FILTER (WHERE {happened}) AS clusters,
               {quad_cols},
               round(avg(score) FILTER (WHERE {happened}), 3) AS score
        FROM dy GROUP BY ALL
    ) g
    LEFT JOIN per_type p ON p.country_a IS NOT DISTINCT FROM g.country_a
        AND p.country_b IS NOT DISTINCT FROM g.country_b AND p.period = g.period
    LEFT JOIN other_type o ON o.country_a IS NOT DISTINCT FROM g.country_a
        AND o.country_b IS NOT DISTINCT FROM g.country_b AND o.period = g.period
    ORDER BY g.country_a NULLS LAST, g.country_b NULLS LAST, g.period
    """
    full = ([code, code] if code and not directed else []) + params + ([code, code] if code else [])
    with reading(db) as con, registered(con, "_scores", _scores_table()):
        return con.execute(sql, full).df()


_EVENT_COLUMNS = (
    "date, type, mode, status, source_name AS source, source_country, target_name AS target, "
    "target_country, attributed_to, confidence, evidence_text AS evidence, doc_id, event_id, "
    "cluster_id, url"
)


def events(
    db: Store,
    *,
    type: str | None = None,  # noqa: A002 - mirrors the CLI option
    status: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    attributed_to: str | None = None,
    search: str | None = None,
    limit: int | None = 100,
) -> pd.DataFrame:
    """Events matching every given filter, oldest first (undated last)."""
    where: list[str] = []
    params: list = []
    if type:
        if type.upper() not in PLOVER_TYPES:
            raise QueryError(f"unknown event type '{type}': choose one of {', '.join(PLOVER_TYPES)}")
        where.append("type = ?")
        params.append(type.upper())
    if status:
        if status not in STATUSES:
            raise QueryError(f"unknown status '{status}': choose one of {', '.join(STATUSES)}")
        where.append("status = ?")
        params.append(status)
    if country:
        where.append("(source_country = ? OR target_country = ?)")
        params += [country.upper()] * 2
    if actor:
        where.append("(source_name ILIKE ? OR target_name ILIKE ?)")
        params += [f"%{actor}%"] * 2
    if attributed_to:
        where.append("attributed_to ILIKE ?")
        params.append(f"%{attributed_to}%")
    if search:
        where.append("(evidence_text ILIKE ? OR title ILIKE ?)")
        params += [f"%{search}%"] * 2
    _date_filters(since, until, where, params)
    sql = _EV + f"SELECT {_EVENT_COLUMNS} FROM ev"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY day_lo NULLS LAST, doc_id, evidence_start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    with reading(db) as con:
        return con.execute(sql, params).df()


def timeline(db: Store, actor: str, *, limit: int | None = None) -> pd.DataFrame:
    """Events of one actor (a name, matched case-insensitively, or an ISO alpha-3 code) by date.

    Three capitals are tried as a country code first, then as a name (``IMF``); a name with no
    exact match falls back to a substring match on source and target names.
    """
    actor = actor.strip()
    if not actor:
        raise QueryError("timeline needs an actor name or an ISO alpha-3 code")
    with reading(db) as con:
        if len(actor) == 3 and actor.isalpha() and actor.isupper():
            df = _timeline(con, "(source_country = ? OR target_country = ?)", [actor] * 2, limit)
            if not df.empty:
                return df
        cond = ("(lower(source_name) = lower(?) OR lower(target_name) = lower(?) OR source_actor_id IN "
                "(SELECT actor_id FROM actors WHERE lower(name) = lower(?)) OR target_actor_id IN "
                "(SELECT actor_id FROM actors WHERE lower(name) = lower(?)))")
        df = _timeline(con, cond, [actor] * 4, limit)
        if df.empty:
            return events(con, actor=actor, limit=limit)
        return df


def _timeline(con: duckdb.DuckDBPyConnection, cond: str, params: list, limit: int | None) -> pd.DataFrame:
    sql = (_EV + f"SELECT {_EVENT_COLUMNS} FROM ev WHERE {cond} "
           "ORDER BY day_lo NULLS LAST, doc_id, evidence_start")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return con.execute(sql, params).df()


def actors(db: Store, *, country: str | None = None, limit: int | None = None) -> pd.DataFrame:
    """Actors of the corpus with how many documents, mentions and events involve them."""
    where, params = "", []
    if country:
        where, params = "WHERE a.country = ?", [country.upper()]
    sql = f"""
    SELECT a.actor_id, a.name, a.type, a.country, a.sector,
           coalesce(m.documents, 0) AS documents, coalesce(m.mentions, 0) AS mentions,
           coalesce(s.n, 0) AS events_as_source, coalesce(t.n, 0) AS events_as_target
    FROM actors a
    LEFT JOIN (SELECT actor_id, count(DISTINCT doc_id) AS documents, count(*) AS mentions
               FROM mentions GROUP BY ALL) m USING (actor_id)
    LEFT JOIN (SELECT source_actor_id AS actor_id, count(*) AS n FROM events GROUP BY ALL) s USING (actor_id)
    LEFT JOIN (SELECT target_actor_id AS actor_id, count(*) AS n FROM events GROUP BY ALL) t USING (actor_id)
    {where}
    ORDER BY mentions DESC, name
    """
    if limit:
        sql += f" LIMIT {int(limit)}"
    with reading(db) as con:
        return con.execute(sql, params).df()


def sql(db: str | Path, query: str) -> pd.DataFrame:
    """Run ONE read query (SELECT / WITH ... SELECT) on the store opened read-only.

    Anything else (writes, DDL, COPY, ATTACH, PRAGMA, several statements) raises QueryError. The
    connection is read-only and without access to other files, so a query cannot change anything.
    """
    if isinstance(db, duckdb.DuckDBPyConnection):
        raise QueryError("sql() opens the store itself, read-only: pass its path")
    path = str(db)
    if not Path(path).exists():
        raise QueryError(f"{path}: no such database (run `tidings ingest` first)")
    try:
        statements = duckdb.connect().extract_statements(query)
    except duckdb.Error as exc:
        raise QueryError(f"cannot parse the query: {first_line(exc)}") from None
    if len(statements) != 1:
        raise QueryError(f"give exactly one statement, not {len(statements)}")
    if statements[0].type != duckdb.StatementType.SELECT:
        kind = str(statements[0].type).split(".")[-1]
        raise QueryError(f"only read queries (SELECT) are allowed, not {kind}")
    # Retried while an ingest batch holds the write lock, like every other open of the store.
    con = connect(path, read_only=True, config={"enable_external_access": False})
    try:
        return con.execute(query).df()
    except duckdb.Error as exc:
        raise QueryError(first_line(exc)) from None
    finally:
        con.close()




__all__ = [
    "HAPPENED", "PERIODS", "QUADS", "QueryError", "UNORDERED_TYPES", "actors", "events",
    "relations", "sql", "timeline",
]
