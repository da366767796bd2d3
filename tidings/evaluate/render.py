"""Rich tables and JSON for ``Scores``."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from .metrics import Counts, Scores


def scores_json(scores: Scores, errors: bool = False) -> str:
    """The figures as pretty JSON; the error list only when ``errors`` is true."""
    data: dict[str, Any] = scores.to_dict()
    if not errors:
        data.pop("errors")
    return json.dumps(data, indent=2, ensure_ascii=False)


def _row(name: str, counts: Counts | None, note: str = "") -> list[str]:
    if counts is None:
        return [name, "-", "-", "-", "-", "-", "-", note or "skipped"]
    return [
        name,
        f"{counts.precision:.3f}",
        f"{counts.recall:.3f}",
        f"{counts.f1:.3f}",
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
        note,
    ]


def print_scores(scores: Scores, console: Console, errors: bool = False) -> None:
    """Print the summary table, the per-type table and, if asked, the errors."""
    table = Table(title=f"tidings eval: {scores.documents} documents")
    for col in ("level", "P", "R", "F1", "TP", "FP", "FN", "note"):
        table.add_column(col, justify="left" if col in ("level", "note") else "right")
    skipped = len(scores.skipped_status_docs)
    skip_note = f"{skipped} docs skipped: null gold status" if skipped else ""
    table.add_row(*_row("full tuple", scores.full, skip_note))
    table.add_row(*_row("type + dyad", scores.type_dyad))
    table.add_row(*_row("dyad", scores.dyad, "unordered pair"))
    if scores.status is None:
        table.add_row("status acc.", "-", "-", "-", "-", "-", "-", "skipped: no gold status")
    else:
        st = scores.status
        table.add_row(
            "status acc.", "", "", f"{st.accuracy:.3f}", str(st.correct), "", str(st.total - st.correct),
            f"on {st.total} type+dyad matches",
        )
    if scores.date is not None and scores.date.total:
        dt = scores.date
        table.add_row(
            "date acc.", "", "", f"{dt.accuracy:.3f}", str(dt.correct), "", str(dt.total - dt.correct),
            f"on {dt.total} dated full matches",
        )
    console.print(table)
    per_type = Table(title="per type (type + dyad)")
    for col in ("type", "gold", "pred", "P", "R", "F1"):
        per_type.add_column(col, justify="left" if col == "type" else "right")
    for ts in scores.per_type:
        c = ts.counts
        per_type.add_row(
            ts.type, str(ts.gold), str(ts.predicted), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"
        )
    console.print(per_type)
    if scores.missing_predictions:
        console.print(f"{len(scores.missing_predictions)} gold document(s) had no prediction.")
    if scores.extra_predictions:
        console.print(f"{len(scores.extra_predictions)} predicted document(s) are not in the gold (ignored).")
    if errors:
        err = Table(title=f"errors ({len(scores.errors)})")
        for col in ("doc", "kind", "type", "source", "target", "status", "evidence"):
            err.add_column(col, overflow="fold")
        for e in scores.errors:
            status = e.status or "-"
            if e.kind == "status":
                status = f"{e.status} (gold {e.other_status})"
            err.add_row(e.doc_id, e.kind, e.type, e.source_country or "-", e.target_country or "-", status, e.evidence)
        console.print(err)
