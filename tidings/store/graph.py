"""GraphML export of the actor network, for Gephi and networkx.

Nodes are actors (``nodes="actor"``: corpus actor id, name, type, country, sector) or countries
(``nodes="country"``: ISO alpha-3). Directed edges go from source to target and carry the number of
events, the count per PLOVER type and per status, and the mean PLOVER score of what happened
(occurred + ongoing; the attribute is absent when nothing did). Events without a target add no edge.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx

from ..records import PLOVER_TYPES, STATUSES
from .mappings import plover_scores
from .queries import HAPPENED

NODE_KINDS = ("actor", "country")


def _country_name(code: str) -> str:
    try:
        import pycountry

        found = pycountry.countries.get(alpha_3=code)
    except (ImportError, LookupError, KeyError):
        found = None
    return found.name if found else code


def actor_graph(con: duckdb.DuckDBPyConnection, nodes: str = "actor") -> nx.DiGraph:
    """Build the directed actor (or country) network of the stored events."""
    if nodes not in NODE_KINDS:
        raise ValueError(f"unknown node kind '{nodes}': choose one of {', '.join(NODE_KINDS)}")
    scores = plover_scores()
    g = nx.DiGraph(name=f"tidings {nodes} network")
    actors = {r[0]: r for r in con.execute(
        "SELECT actor_id, name, type, country, sector FROM actors").fetchall()}
    rows = con.execute(
        "SELECT source_actor_id, source_name, source_country, target_actor_id, target_name, "
        "target_country, type, status FROM events"
    ).fetchall()
    node_events: Counter[str] = Counter()
    edges: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"types": Counter(), "statuses": Counter(), "scores": []})

    def node(aid: str | None, name: str | None, country: str | None) -> str | None:
        if nodes == "country":
            if not country:
                return None
            if country not in g:
                g.add_node(country, label=_country_name(country), country=country)
            return country
        key = aid or (f"name:{name}" if name else None)
        if key is None:
            return None
        if key not in g:
            a = actors.get(aid) if aid else None
            attrs = {"label": a[1] if a else name or key, "type": (a[2] if a else None) or "",
                     "country": (a[3] if a else country) or "", "sector": (a[4] if a else None) or ""}
            g.add_node(key, **attrs)
        return key

    for s_id, s_name, s_c, t_id, t_name, t_c, etype, status in rows:
        s = node(s_id, s_name, s_c)
        t = node(t_id, t_name, t_c)
        for n in {s, t} - {None}:
            node_events[n] += 1  # type: ignore[index]
        if s is None or t is None or s == t:
            continue
        e = edges[(s, t)]
        e["types"][etype] += 1
        e["statuses"][status] += 1
        if status in HAPPENED and etype in scores:
            e["scores"].append(scores[etype])
    for n, count in node_events.items():
        g.nodes[n]["events"] = count
    for (s, t), e in edges.items():
        attrs: dict[str, Any] = {"weight": sum(e["types"].values())}
        attrs.update({f"n_{t_}": e["types"].get(t_, 0) for t_ in PLOVER_TYPES})
        attrs.update({f"status_{s_}": e["statuses"].get(s_, 0) for s_ in STATUSES})
        attrs["happened"] = len(e["scores"])
        if e["scores"]:
            attrs["mean_score"] = round(sum(e["scores"]) / len(e["scores"]), 3)
        g.add_edge(s, t, **attrs)
    return g


def export_graphml(
    con: duckdb.DuckDBPyConnection, out: Path, *, nodes: str = "actor", **_: Any
) -> int:
    """Write the network as GraphML; return the number of edges."""
    g = actor_graph(con, nodes)
    nx.write_graphml(g, out)
    return g.number_of_edges()
