"""Floors on the shared gold sets (read at run time; skipped when ../shared is absent).

Full tuple (type, source country, target country, status) on the seed article, status accuracy on the
events whose (type, dyad) matches, and (type, dyad) on the PLOVER dev sentences. The floors sit a little
under the figures measured when they were set; raise them as extraction improves.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tidings.pipeline import read
from tidings.records import UNORDERED_TYPES

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

SEED_TEXT = SHARED / "examples" / "seed-article.txt"
SEED_GOLD = SHARED / "examples" / "seed-article.gold.json"
PLOVER = SHARED / "eval" / "peer" / "plover_gsr" / "plover_dev.gold.jsonl"


def _key(etype: str, src: str | None, tgt: str | None, status: str | None = None) -> tuple:
    if etype in UNORDERED_TYPES:
        src, tgt = sorted((src or "", tgt or ""))
        src, tgt = src or None, tgt or None
    return (etype, src, tgt) if status is None else (etype, src, tgt, status)


def _f1(gold: Counter, pred: Counter) -> float:
    tp = sum((gold & pred).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(pred.values()), tp / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold not available")
def test_gold_seed_article_floors(nlp) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    countries = {e["name"]: e["country"] for e in gold["entities"]}
    reading = read(SEED_TEXT.read_text(encoding="utf-8"), nlp=nlp)
    g = Counter(
        _key(e["event_type"], countries.get(e["source"]), countries.get(e["target"]), e["status"])
        for e in gold["events"]
    )
    p = Counter(_key(e.type, e.source_country, e.target_country, e.status) for e in reading.events)
    assert _f1(g, p) >= 0.50
    by_dyad: dict[tuple, list[str]] = {}
    for k in g.elements():
        by_dyad.setdefault(k[:3], []).append(k[3])
    matched = [k for k in p.elements() if k[:3] in by_dyad]
    assert len(matched) >= 15
    assert sum(k[3] in by_dyad[k[:3]] for k in matched) / len(matched) >= 0.85


@pytest.mark.skipif(not PLOVER.exists(), reason="shared gold not available")
def test_gold_plover_dev_floor(nlp) -> None:
    gold_total, pred_total = Counter(), Counter()
    for n, line in enumerate(PLOVER.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        g = Counter(_key(e["event_type"], e["source_country"], e["target_country"]) for e in record["events"])
        events = read(record["text"], "2000-01-01", nlp=nlp).events
        p = Counter(_key(e.type, e.source_country, e.target_country) for e in events)
        # keep documents apart: tag every tuple with the record number
        gold_total.update({(n, *k): v for k, v in g.items()})
        pred_total.update({(n, *k): v for k, v in p.items()})
    assert _f1(gold_total, pred_total) >= 0.25
