"""The pinning tool: floors only go up unless --lower; the hash follows the corpus files."""

from __future__ import annotations

import importlib.util
import sys
import json
import shutil
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent


def _coverage():
    spec = importlib.util.spec_from_file_location("golden_coverage_tool", GOLDEN / "coverage.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


coverage = _coverage()


def _corpus_copy(tmp_path: Path, n: int = 2) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for gold in coverage.gold_files()[:n]:
        shutil.copy(gold, root / gold.name)
        shutil.copy(GOLDEN / json.loads(gold.read_text(encoding="utf-8"))["file"], root)
    return root


def test_pin_raises_floors_but_never_lowers_without_flag(tmp_path: Path) -> None:
    root = _corpus_copy(tmp_path)
    floors = tmp_path / "floors.json"
    first = coverage.pin({"full_f1": 0.30, "type_dyad_f1": 0.40, "status_accuracy": 0.70}, False, floors, root)
    assert first["floors"] == {"full_f1": 0.30, "type_dyad_f1": 0.40, "status_accuracy": 0.70}
    second = coverage.pin({"full_f1": 0.25, "type_dyad_f1": 0.45, "status_accuracy": 0.70}, False, floors, root)
    assert second["floors"] == {"full_f1": 0.30, "type_dyad_f1": 0.45, "status_accuracy": 0.70}
    third = coverage.pin({"full_f1": 0.25, "type_dyad_f1": 0.45, "status_accuracy": 0.60}, True, floors, root)
    assert third["floors"] == {"full_f1": 0.25, "type_dyad_f1": 0.45, "status_accuracy": 0.60}
    assert json.loads(floors.read_text(encoding="utf-8")) == third


def test_corpus_hash_changes_with_any_corpus_file(tmp_path: Path) -> None:
    root = _corpus_copy(tmp_path)
    before = coverage.corpus_sha256(root)
    text = next(root.glob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert coverage.corpus_sha256(root) != before


def test_check_reports_a_broken_offset(tmp_path: Path) -> None:
    root = _corpus_copy(tmp_path, n=1)
    gold_path = next(root.glob("*.gold.json"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["events"][0]["start"] += 1
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    report = coverage.check(root)
    assert any("!= evidence" in p for p in report.problems)


def test_real_corpus_meets_the_coverage_minimums() -> None:
    report = coverage.check()
    assert report.problems == []
    assert report.documents >= coverage.MIN_DOCS
    assert all(report.types[t] >= coverage.MIN_PER_LABEL for t in coverage.TYPES)
    assert all(report.statuses[s] >= coverage.MIN_PER_LABEL for s in coverage.STATUSES)


def test_readme_counts_are_current() -> None:
    readme = (GOLDEN / "README.md").read_text(encoding="utf-8")
    assert coverage.counts_markdown(coverage.check()) in readme, "run `python tests/golden/coverage.py --readme`"
