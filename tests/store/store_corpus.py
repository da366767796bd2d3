"""A small generated corpus of short news items (template sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

PAIRS = [("Norway", "Chile"), ("Kenya", "Peru"), ("Japan", "Brazil"), ("Egypt", "Ghana"),
         ("Canada", "Mexico"), ("India", "Nepal"), ("Spain", "Morocco"), ("Turkey", "Greece")]
TEMPLATES = [
    "{a} and {b} signed a fisheries agreement on {day} May 2023, the ministry of {a} said. "
    "Officials in {b} welcomed the deal.",
    "The foreign minister of {a} visited {b} on {day} June 2023 for talks on trade. "
    "She will return to {b} next year, her office said.",
    "{a} accused {b} of blocking a shipment of grain on {day} April 2023. "
    "{b} rejected the claim and said it had not stopped any ship.",
    "Police in {a} arrested two traders from {b} on {day} March 2023. "
    "{b} demanded their release.",
    "{a} pledged emergency aid to {b} after floods on {day} July 2023. "
    "The aid has not yet arrived, according to local officials in {b}.",
]


def write_corpus(folder: Path, n: int = 40) -> list[Path]:
    """Write ``n`` distinct short articles as .txt files; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        text = TEMPLATES[(i // len(PAIRS)) % len(TEMPLATES)].format(a=a, b=b, day=1 + i % 28)
        path = folder / f"item-{i:03d}.txt"
        path.write_text(f"Item {i}. {text}\n", encoding="utf-8")
        paths.append(path)
    return paths
