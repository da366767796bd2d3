"""Genre of a document: "news", "opinion" or "analysis", from cue phrases listed in ``genre_cues.json``.

Opinion: the author speaks (first person, "I hope", "we must", should/must, a column reference, a
disclaimer or author's note, an "Opinion |" section label). News: reporting verbs, a dateline, a news
or interview label. Analysis: longer explanatory text with analysts, hedges and assessments but no
author's voice. Quoted speech and interview answers are someone else's voice and are not counted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
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
DISCLAIMER_WEIGHT = 4.0
DATELINE_WEIGHT = 5.0

Patterns = tuple[tuple[re.Pattern[str], float], ...]


@dataclass(frozen=True, slots=True)
class GenreCues:
    """The compiled cue lists of ``genre_cues.json``."""

    opinion: Patterns
    news: Patterns
    analysis: Patterns
    dateline: re.Pattern[str]
    labels: dict[str, re.Pattern[str]]
    label_weight: float
    interview: re.Pattern[str]
    opinion_per_100_words: float
    analysis_min_words: float
    analysis_over_news: float


def _compile(rows: list[list], flags: int) -> Patterns:
    return tuple((re.compile(rf"\b{pattern}\b", flags), float(weight)) for pattern, weight in rows)


@lru_cache(maxsize=1)
def cues() -> GenreCues:
    """The cues, compiled once."""
    table = json.loads(CUES_PATH.read_text(encoding="utf-8"))
    limits = table["thresholds"]
    return GenreCues(
        opinion=_compile(table["opinion"], re.IGNORECASE) + _compile(table["opinion_case_sensitive"], 0),
        news=_compile(table["news"], 0),
        analysis=_compile(table["analysis"], re.IGNORECASE),
        dateline=re.compile(table["news_dateline"]),
        labels={
            genre: re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})\s*[|:,–—-]", re.IGNORECASE)
            for genre, words in table["section_labels"].items()
        },
        label_weight=float(table["section_label_weight"]),
        interview=re.compile(table["interview_turn"]),
        opinion_per_100_words=float(limits["opinion_per_100_words"]),
        analysis_min_words=float(limits["analysis_min_words"]),
        analysis_over_news=float(limits["analysis_over_news"]),
    )


def _score(text: str, patterns: Patterns) -> float:
    return sum(weight * len(pattern.findall(text)) for pattern, weight in patterns)


def _section_label(text: str, segments: list[Segment], table: GenreCues) -> str | None:
    """The genre named by a section label at the head of the text ("Opinion | May 2, 2024")."""
    for seg in [s for s in segments if s.kind == "body"][:HEAD_SEGMENTS]:
        chunk = text[seg.start : seg.end]
        if len(chunk.split()) > LABEL_LINE_WORDS:
            continue
        for genre, pattern in table.labels.items():
            if pattern.match(chunk):
                return genre
    return None


def genre_scores(text: str, segments: Iterable[Segment]) -> dict[str, float]:
    """Cue scores per 100 words of the author's own text (body and title, repeats, quotes and interview
    turns left out), and that text's word count."""
    segments = list(segments)
    table = cues()
    own = "\n".join(
        text[s.start : s.end]
        for s in segments
        if s.kind in AUTHOR_KINDS and s.duplicate_of is None and not table.interview.match(text[s.start : s.end])
    )
    own = QUOTE_RE.sub(" ", own)
    scores = {
        "opinion": _score(own, table.opinion),
        "news": _score(own, table.news),
        "analysis": _score(own, table.analysis),
    }
    if any(s.kind == "disclaimer" for s in segments):
        scores["opinion"] += DISCLAIMER_WEIGHT
    first = next((text[s.start : s.end] for s in segments if s.kind == "body"), "")
    if table.dateline.match(first):
        scores["news"] += DATELINE_WEIGHT
    label = _section_label(text, segments, table)
    if label in scores:
        scores[label] += table.label_weight
    words = max(1, len(WORD_RE.findall(own)))
    result = {genre: score * 100.0 / words for genre, score in scores.items()}
    result["words"] = float(words)
    return result


def classify_genre(text: str, segments: Iterable[Segment]) -> str:
    """Return "news", "opinion" or "analysis" for the document.

    text (str): the document text.
    segments (Iterable[Segment]): its segments from ``segment_text``.
    """
    scores = genre_scores(text, segments)
    table = cues()
    if scores["opinion"] >= table.opinion_per_100_words:
        return "opinion"
    if scores["words"] >= table.analysis_min_words and scores["analysis"] - scores["news"] >= table.analysis_over_news:
        return "analysis"
    return "news"


def reset_caches() -> None:
    """Forget the loaded cues (after editing ``genre_cues.json``)."""
    cues.cache_clear()
