"""Named mapping tables (TSV files under ``tidings/data/mappings``), loaded once per process.

- ``plover_scores``: PLOVER type -> PLOVER cooperation/conflict score and PLOVER quad class.
- ``plover_to_cameo``: PLOVER type (+ optional mode) -> CAMEO event code, for the GDELT export.
- ``cameo_goldstein``: CAMEO root -> name and root-level Goldstein value.
- ``cameo_quad``: CAMEO root -> QuadClass under a named scheme (``gdelt_usual`` or ``icews``).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

MAPPINGS_DIR = Path(__file__).resolve().parents[1] / "data" / "mappings"
DEFAULT_QUAD_SCHEME = "gdelt_usual"


@lru_cache(maxsize=None)
def load_mapping(name: str) -> tuple[dict[str, str], ...]:
    """Return the rows of ``<name>.tsv`` as dicts (lines starting with ``#`` are comments)."""
    path = MAPPINGS_DIR / f"{name}.tsv"
    if not path.exists():
        raise ValueError(f"{path}: no such mapping table")
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


def reset_caches() -> None:
    """Forget loaded mapping tables."""
    load_mapping.cache_clear()


def plover_scores() -> dict[str, float]:
    """PLOVER type -> cooperation/conflict score (-10..+10)."""
    return {r["plover_type"]: float(r["score"]) for r in load_mapping("plover_scores")}


def plover_quads() -> dict[str, str]:
    """PLOVER type -> PLOVER quad class (verbal_cooperation, ..., material_conflict)."""
    return {r["plover_type"]: r["plover_quad"] for r in load_mapping("plover_scores")}


def cameo_code(plover_type: str, mode: str | None = None) -> str | None:
    """Return the CAMEO event code of a PLOVER type (mode-specific row first)."""
    rows = load_mapping("plover_to_cameo")
    for want in ((plover_type, mode or ""), (plover_type, "")):
        for r in rows:
            if (r["plover_type"], r["mode"] or "") == want:
                return r["cameo_code"]
    return None


def goldstein(root: str) -> float | None:
    """Return the root-level Goldstein value of a CAMEO root ("01".."20")."""
    for r in load_mapping("cameo_goldstein"):
        if r["cameo_root"] == root:
            return float(r["goldstein"])
    return None


def quad_class(root: str, scheme: str = DEFAULT_QUAD_SCHEME) -> int | None:
    """Return the QuadClass (1-4) of a CAMEO root under the named scheme."""
    schemes = {r["scheme"] for r in load_mapping("cameo_quad")}
    if scheme not in schemes:
        raise ValueError(f"unknown quad scheme '{scheme}': choose one of {', '.join(sorted(schemes))}")
    for r in load_mapping("cameo_quad"):
        if r["scheme"] == scheme and r["cameo_root"] == root:
            return int(r["quad_class"])
    return None
