"""Genre of a document: "news", "opinion" or "analysis", from cue phrases listed in ``genre_cues.json``.

Opinion: the author speaks (first person, "I hope", "we must", a column reference, a disclaimer of the
author's point of view). News: reporting verbs and a dateline. Analysis: longer explanatory text with
analysts, hedges and assessments but no author's voice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..records import Segment

CUES_PATH = Path(__file__).with_name("genre_cues.json")
AUTHOR_KINDS = frozenset({"title", "body"})
WORD_RE = re.compile(r"\b\w+\b")
# Quoted speech is the speaker's voice, not the author's.
QUOTE_RE = re.compile(r"“[^”\n]{0,600}”|\"[^\"\n]{0,600}\"|«[^»\n]{0,600}»")
HEAD_SEGMENTS = 3
LABEL_LINE_WORDS = 12


@lru_cache(maxsize=1)
def _cues() -> dict[str, object]:
    table = json.loads(CUES_PATH.read_text(encoding="utf-8"))

    def compile_all(rows: list[list], flags: int) -> list[tuple[re.Pattern[str], float]]:
        return [(re.compile(rf"\b{pattern}\b", flags), float(weight)) for pattern, weight in rows]

    return {
        "opinion": compile_all(table["opinion"], re.IGNORECASE)
        + compile_all(table["opinion_case_sensitive"], 0),
        "news": compile_all(table["news"], 0),
        "analysis": compile_all(table["analysis"], re.IGNORECASE),
        "dateline": re.compile(table["news_dateline"]),
        "thresholds": table["thresholds"],
        "labels": {
            genre: re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})\s*[|:,–—-]", re.IGNORECASE)
            for genre, words in table["section_labels"].items()
        },
        "label_weight": float(table["section_label_weight"]),
        "interview": re.compile(table["interview_turn"]),
    }


def _score(text: str, patterns: list[tuple[re.Pattern[str], float]]) -> float:
    return sum(weight * len(pattern.findall(text)) for pattern, weight in patterns)


def _section_label(text: str, segments: list[Segment], labels: dict[str, re.Pattern[str]]) -> str | None:
    """The genre named by a section label at the head of the text ("Opinion | May 2, 2024")."""
    for seg in [s for s in segments if s.kind == "body"][:HEAD_SEGMENTS]:
        chunk = text[seg.start : seg.end]
        if len(chunk.split()) > LABEL_LINE_WORDS:
            continue
        for genre, pattern in labels.items():
            if pattern.match(chunk):
                return genre
    return None


def genre_scores(text: str, segments: Iterable[Segment]) -> dict[str, float]:
    """Cue scores per 100 words of the author's own text (body and title, duplicates excluded)."""
    segments = list(segments)
    cues = _cues()
    own = "\n".join(
        text[s.start : s.end]
        for s in segments
        if s.kind in AUTHOR_KINDS and s.duplicate_of is None
        and not cues["interview"].match(text[s.start : s.end])  # type: ignore[union-attr]
    )
    own = QUOTE_RE.sub(" ", own)
    label = _section_label(text, segments, cues["labels"])  # type: ignore[arg-type]
    words = max(1, len(WORD_RE.findall(own)))
    scale = 100.0 / words
    opinion = _score(own, cues["opinion"])  # type: ignore[arg-type]
    if any(s.kind == "disclaimer" for s in segments):
        opinion += 4.0
    news = _score(own, cues["news"])  # type: ignore[arg-type]
    first = next((text[s.start : s.end] for s in segments if s.kind == "body"), "")
    if cues["dateline"].match(first):  # type: ignore[union-attr]
        news += 5.0
    analysis = _score(own, cues["analysis"])  # type: ignore[arg-type]
    if label == "opinion":
        opinion += cues["label_weight"]  # type: ignore[operator]
    elif label == "analysis":
        analysis += cues["label_weight"]  # type: ignore[operator]
    elif label == "news":
        news += cues["label_weight"]  # type: ignore[operator]
    return {
        "opinion": opinion * scale,
        "news": news * scale,
        "analysis": analysis * scale,
        "words": float(words),
    }


def classify_genre(text: str, segments: Iterable[Segment]) -> str:
    """Return "news", "opinion" or "analysis" for the document.

    text (str): the document text.
    segments (Iterable[Segment]): its segments from ``segment_text``.
    """
    scores = genre_scores(text, segments)
    limits = _cues()["thresholds"]
    if scores["opinion"] >= limits["opinion_per_100_words"]:  # type: ignore[index]
        return "opinion"
    long_enough = scores["words"] >= limits["analysis_min_words"]  # type: ignore[index]
    if long_enough and scores["analysis"] - scores["news"] >= limits["analysis_over_news"]:  # type: ignore[index]
        return "analysis"
    return "news"
