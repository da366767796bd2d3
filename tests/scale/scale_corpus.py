"""A small team-written news corpus, generated at test time from templates in our own words.

``write_corpus(folder, n)`` writes ``n`` plain-text articles (several paragraphs each, with events
between states, a quoted speaker, a planned and a denied event) plus a JSONL file of short items,
and returns the paths. Deterministic: the same ``n`` gives the same files.
"""

from __future__ import annotations

import json
from pathlib import Path

PAIRS = (
    ("France", "Germany", "Paris", "Berlin"),
    ("Japan", "South Korea", "Tokyo", "Seoul"),
    ("Brazil", "Argentina", "Brasilia", "Buenos Aires"),
    ("India", "Bangladesh", "New Delhi", "Dhaka"),
    ("Kenya", "Ethiopia", "Nairobi", "Addis Ababa"),
    ("Canada", "Mexico", "Ottawa", "Mexico City"),
    ("Turkey", "Greece", "Ankara", "Athens"),
    ("Egypt", "Sudan", "Cairo", "Khartoum"),
    ("Poland", "Lithuania", "Warsaw", "Vilnius"),
    ("Vietnam", "Indonesia", "Hanoi", "Jakarta"),
    ("Chile", "Peru", "Santiago", "Lima"),
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

TITLES = (
    "{a} and {b} trade barbs over border crossings",
    "Ministers from {a} and {b} meet in {ca}",
    "{b} rejects claims made by {a}",
)

PARAGRAPHS = (
    "{ca}, {month} {day}, {year}. The foreign minister of {a} met her counterpart from {b} in {ca} "
    "on Tuesday to discuss fishing rights and the reopening of two border posts.",
    "Officials in {cb} said the government of {b} had signed a memorandum with {a} on energy "
    "transit, the first such deal since talks stalled two years ago.",
    "{b} accused {a} of detaining three of its citizens without charge, a spokesman for the "
    "foreign ministry in {cb} told reporters.",
    "\"We will not accept these terms,\" the deputy prime minister of {b} said, adding that "
    "{cb} would send a delegation to {ca} next month to continue the negotiations.",
    "{a} denied that its navy had entered the disputed waters, calling the report a fabrication.",
    "Analysts expect {a} to impose new tariffs on steel imports from {b} if the talks fail.",
    "The president of {a} called for calm after protesters gathered outside the embassy of {b}.",
    "Police in {ca} arrested several people during the demonstration, according to local media.",
    "{b} said it would provide humanitarian aid to flood victims in {a}, including tents and "
    "water purification equipment worth 4 million dollars.",
    "Both governments agreed to hold a second round of consultations in {cb} before the end of the year.",
)


def article(i: int) -> str:
    """The text of article ``i``: a title line, then four to seven paragraphs."""
    a, b, ca, cb = PAIRS[i % len(PAIRS)]
    fields = {
        "a": a, "b": b, "ca": ca, "cb": cb,
        "month": MONTHS[i % 12], "day": 1 + (i * 7) % 27, "year": 2019 + i % 5,
    }
    count = 4 + i % 4
    picked = [PARAGRAPHS[(i + 3 * k) % len(PARAGRAPHS)] for k in range(count)]
    title = TITLES[i % len(TITLES)].format(**fields)
    return title + "\n\n" + "\n\n".join(p.format(**fields) for p in picked) + "\n"


def jsonl_items(n: int) -> list[dict]:
    """Short JSON Lines items, each with its own id and publication date."""
    items = []
    for i in range(n):
        a, b, ca, _cb = PAIRS[(i + 5) % len(PAIRS)]
        items.append({
            "id": f"wire-{i:03d}",
            "text": f"{a} and {b} signed a trade agreement in {ca} on Monday, officials said. "
                    f"{b} later rejected a request from {a} to extradite a former minister.",
            "published": f"202{i % 4}-0{1 + i % 9}-1{i % 9}",
        })
    return items


def write_corpus(folder: Path, n_articles: int = 16, n_items: int = 6, *, bad: bool = True) -> list[Path]:
    """Write the corpus under ``folder`` and return the input paths (a directory and a JSONL file).

    With ``bad`` the corpus also holds an empty file and a malformed JSON line, which must be rejected.
    """
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for i in range(n_articles):
        (articles / f"article-{i:03d}.txt").write_text(article(i), encoding="utf-8")
    lines = [json.dumps(item) for item in jsonl_items(n_items)]
    if bad:
        (articles / "empty.txt").write_text("", encoding="utf-8")
        lines.insert(2, '{"id": "broken", "text": "unterminated')
    wire = folder / "wire.jsonl"
    wire.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [articles, wire]
