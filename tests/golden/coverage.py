"""Check the golden corpus, count its coverage, and pin its hash and F1 floors.

    python tests/golden/coverage.py            # check offsets, entities, coverage minimums; print counts
    python tests/golden/coverage.py --readme   # also rewrite the counts table in README.md
    python tests/golden/coverage.py --pin      # re-pin the corpus sha256 in floors.json after an edit
    python tests/golden/coverage.py --pin --measure          # run the pipeline, raise floors to what it scores
    python tests/golden/coverage.py --pin --measure --lower  # ... and allow floors to go down

Floors only go up: ``--measure`` never lowers a floor unless ``--lower`` is given.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.json"
README = HERE / "README.md"
TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "ongoing", "planned", "negated", "hypothetical", "normative")
MIN_DOCS = 30
MIN_PER_LABEL = 4  # minimum events per PLOVER type and per status
MIN_WORDS, MAX_WORDS = 120, 350
FLOOR_KEYS = ("full_f1", "type_dyad_f1", "status_accuracy")
_CODE = re.compile(r"^[A-Z]{3}$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_BEGIN, _END = "<!-- coverage:begin -->", "<!-- coverage:end -->"


@dataclass
class Report:
    """What the check found: counts and problems."""

    documents: int = 0
    words: list[int] = field(default_factory=list)
    types: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    genres: Counter = field(default_factory=Counter)
    features: Counter = field(default_factory=Counter)
    events: int = 0
    problems: list[str] = field(default_factory=list)


def gold_files(root: Path = HERE) -> list[Path]:
    """The corpus gold files, sorted."""
    return sorted(root.glob("*.gold.json"))


def corpus_files(root: Path = HERE) -> list[Path]:
    """Every file the corpus hash covers: the texts and their gold files."""
    return sorted([*root.glob("*.txt"), *root.glob("*.gold.json")])


def corpus_sha256(root: Path = HERE) -> str:
    """sha256 over the names and bytes of the corpus files."""
    digest = hashlib.sha256()
    for path in corpus_files(root):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def check(root: Path = HERE) -> Report:
    """Validate every gold file against its text and count coverage."""
    report = Report()
    for gold_path in gold_files(root):
        _check_one(gold_path, report)
    if report.documents < MIN_DOCS:
        report.problems.append(f"only {report.documents} documents (minimum {MIN_DOCS})")
    for label, counter, names in (("type", report.types, TYPES), ("status", report.statuses, STATUSES)):
        for name in names:
            if counter[name] < MIN_PER_LABEL:
                report.problems.append(f"{label} {name}: {counter[name]} events (minimum {MIN_PER_LABEL})")
    return report


def _check_one(gold_path: Path, report: Report) -> None:
    name = gold_path.name
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        report.problems.append(f"{name}: unreadable ({exc})")
        return
    text_path = gold_path.parent / str(gold.get("file", ""))
    if not text_path.is_file():
        report.problems.append(f"{name}: text file {gold.get('file')!r} missing")
        return
    text = text_path.read_text(encoding="utf-8")
    report.documents += 1
    words = len(text.split())
    report.words.append(words)
    if not MIN_WORDS <= words <= MAX_WORDS:
        report.problems.append(f"{name}: {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if gold.get("doc_id") != gold_path.name.removesuffix(".gold.json"):
        report.problems.append(f"{name}: doc_id does not match the file name")
    report.genres[gold.get("genre")] += 1
    names = set()
    for ent in gold.get("entities", []):
        names.add(ent["name"])
        country = ent.get("country")
        if country is not None and not _CODE.match(country):
            report.problems.append(f"{name}: entity {ent['name']!r} country {country!r} is not a 3-letter code")
        for form in ent.get("forms", []):
            if form not in text:
                report.problems.append(f"{name}: form {form!r} of {ent['name']!r} not in the text")
    for i, ev in enumerate(gold.get("events", [])):
        where = f"{name} event {i}"
        report.events += 1
        report.types[ev.get("event_type")] += 1
        report.statuses[ev.get("status")] += 1
        if ev.get("event_type") not in TYPES:
            report.problems.append(f"{where}: unknown type {ev.get('event_type')!r}")
        if ev.get("status") not in STATUSES:
            report.problems.append(f"{where}: unknown status {ev.get('status')!r}")
        start, end, evidence = ev.get("start"), ev.get("end"), ev.get("evidence")
        if not isinstance(start, int) or not isinstance(end, int) or text[start:end] != evidence:
            report.problems.append(f"{where}: text[{start}:{end}] != evidence {evidence!r}")
        for role in ("source", "target"):
            if ev.get(role) is not None and ev[role] not in names:
                report.problems.append(f"{where}: {role} {ev[role]!r} is not an entity")
        date = ev.get("date")
        if date is not None and not _ISO_DATE.match(date):
            report.problems.append(f"{where}: date {date!r} is not ISO")
        if ev.get("attributed_to") not in (None, "author"):
            report.features["attributed events"] += 1
        if ev.get("status") == "negated":
            report.features["negated events"] += 1
    if gold.get("embedded_posts"):
        report.features["documents with embedded posts"] += 1
    non_body = gold.get("non_body") or {}
    if any(non_body.values()):
        report.features["documents with captions/credits/disclaimers"] += 1
    for items in non_body.values():
        for item in items:
            if item not in text:
                report.problems.append(f"{name}: non_body item {item!r} not in the text")
    for quantity in gold.get("quantities", []):
        if quantity not in text:
            report.problems.append(f"{name}: quantity {quantity!r} not in the text")


def counts_markdown(report: Report) -> str:
    """The coverage counts as markdown tables."""
    lines = [
        f"Documents: {report.documents} ({', '.join(f'{g}: {n}' for g, n in sorted(report.genres.items()))}); "
        f"events: {report.events}; words per article: {min(report.words, default=0)}-{max(report.words, default=0)}.",
        "",
        "| type | events |",
        "|---|---|",
        *(f"| {t} | {report.types[t]} |" for t in TYPES),
        "",
        "| status | events |",
        "|---|---|",
        *(f"| {s} | {report.statuses[s]} |" for s in STATUSES),
        "",
        "| feature | count |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in sorted(report.features.items())),
    ]
    return "\n".join(lines)


def write_readme(report: Report) -> None:
    """Replace the counts block of README.md."""
    text = README.read_text(encoding="utf-8")
    if _BEGIN not in text or _END not in text:
        raise SystemExit(f"{README}: coverage markers missing")
    head, rest = text.split(_BEGIN, 1)
    _, tail = rest.split(_END, 1)
    README.write_text(f"{head}{_BEGIN}\n{counts_markdown(report)}\n{_END}{tail}", encoding="utf-8")


def load_floors(path: Path = FLOORS) -> dict:
    """floors.json as a dict (zero floors and no hash when absent)."""
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"corpus_sha256": None, "floors": {k: 0.0 for k in FLOOR_KEYS}}


def measure() -> dict[str, float]:
    """Run the real pipeline over the corpus and return the gated figures (rounded down to 2 decimals)."""
    sys.path.insert(0, str(HERE.parents[1]))
    from tidings.evaluate import evaluate_path

    scores = evaluate_path(HERE, run=True)
    figures = {
        "full_f1": scores.full.f1 if scores.full else 0.0,
        "type_dyad_f1": scores.type_dyad.f1,
        "status_accuracy": scores.status.accuracy if scores.status else 0.0,
    }
    print("measured: " + ", ".join(f"{k}={v:.4f}" for k, v in figures.items()))
    return {k: math.floor(v * 100) / 100 for k, v in figures.items()}


def pin(measured: dict[str, float] | None, lower: bool, path: Path = FLOORS, root: Path = HERE) -> dict:
    """Write the corpus hash and (optionally) new floors; refuse to lower floors without ``lower``."""
    data = load_floors(path)
    floors = dict(data.get("floors", {}))
    if measured is not None:
        for key, value in measured.items():
            old = floors.get(key, 0.0)
            if value < old and not lower:
                print(f"{key}: measured {value:.2f} is below the floor {old:.2f}; kept (use --lower to lower it)")
                continue
            floors[key] = value
    data = {"corpus_sha256": corpus_sha256(root), "floors": floors}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"pinned {path.name}: sha256 {data['corpus_sha256'][:12]}..., floors {floors}")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--readme", action="store_true", help="rewrite the counts table in README.md")
    parser.add_argument("--pin", action="store_true", help="re-pin the corpus sha256 in floors.json")
    parser.add_argument("--measure", action="store_true", help="with --pin: run the pipeline and raise floors")
    parser.add_argument("--lower", action="store_true", help="with --measure: allow floors to go down")
    args = parser.parse_args(argv)
    report = check()
    print(counts_markdown(report))
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    if report.problems:
        return 1
    if args.readme:
        write_readme(report)
    if args.pin:
        pin(measure() if args.measure else None, args.lower)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
