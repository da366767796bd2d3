"""The pinning tool: floors only go up unless --lower; the hash follows the corpus files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

GOLDEN = Path(__file__).resolve().parent


def _corpus_copy(coverage: ModuleType, tmp_path: Path, n: int = 2) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for gold in coverage.gold_files()[:n]:
        shutil.copy(gold, root / gold.name)
        shutil.copy(GOLDEN / json.loads(gold.read_text(encoding="utf-8"))["file"], root)
    return root


def test_pin_raises_floors_but_never_lowers_without_flag(golden_tool: ModuleType, tmp_path: Path) -> None:
    root = _corpus_copy(golden_tool, tmp_path)
    floors = tmp_path / "floors.json"
    first = golden_tool.pin({"full_f1": 0.30, "type_dyad_f1": 0.40, "status_accuracy": 0.70}, False, floors, root)
    assert first["floors"] == {"full_f1": 0.30, "type_dyad_f1": 0.40, "status_accuracy": 0.70}
    second = golden_tool.pin({"full_f1": 0.25, "type_dyad_f1": 0.45, "status_accuracy": 0.70}, False, floors, root)
    assert second["floors"] == {"full_f1": 0.30, "type_dyad_f1": 0.45, "status_accuracy": 0.70}
    third = golden_tool.pin({"full_f1": 0.25, "type_dyad_f1": 0.45, "status_accuracy": 0.60}, True, floors, root)
    assert third["floors"] == {"full_f1": 0.25, "type_dyad_f1": 0.45, "status_accuracy": 0.60}
    assert json.loads(floors.read_text(encoding="utf-8")) == third


def test_corpus_hash_changes_with_any_corpus_file(golden_tool: ModuleType, tmp_path: Path) -> None:
    root = _corpus_copy(golden_tool, tmp_path)
    before = golden_tool.corpus_sha256(root)
    text = next(root.glob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert golden_tool.corpus_sha256(root) != before


def test_check_reports_a_broken_offset(golden_tool: ModuleType, tmp_path: Path) -> None:
    root = _corpus_copy(golden_tool, tmp_path, n=1)
    gold_path = next(root.glob("*.gold.json"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["events"][0]["start"] += 1
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    report = golden_tool.check(root)
    assert any("!= evidence" in p for p in report.problems)


def test_real_corpus_meets_the_coverage_minimums(golden_tool: ModuleType) -> None:
    report = golden_tool.check()
    assert report.problems == []
    assert report.documents >= golden_tool.MIN_DOCS
    assert all(report.types[t] >= golden_tool.MIN_PER_LABEL for t in golden_tool.TYPES)
    assert all(report.statuses[s] >= golden_tool.MIN_PER_LABEL for s in golden_tool.STATUSES)


def test_readme_counts_are_current(golden_tool: ModuleType) -> None:
    readme = (GOLDEN / "README.md").read_text(encoding="utf-8")
    assert golden_tool.counts_markdown(golden_tool.check()) in readme, "run `python tests/golden/golden_tool.py --readme`"
