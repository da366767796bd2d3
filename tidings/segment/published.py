"""``infer_published``: the publication date of a document and the evidence for it."""

from __future__ import annotations

import re

from ..records import Post, PublishedEvidence, Segment
from .dates import FoundDate, find_day_months, find_full_dates, normalise_date
from .posts import signature_date_span

FUTURE_RE = re.compile(
    r"\b(?:will|shall|going to|scheduled|planned|plans? to|expected to|due to|is to|are to|next|"
    r"upcoming|forthcoming|set to|to be held)\b",
    re.IGNORECASE,
)
SENTENCE_BOUNDARY_RE = re.compile(r"[.!?]\s|\n")
# "MANILA, Nov. 4, 2023 - ..." / "MEDYKA, Poland, Feb. 21, 2024 (Reuters) - ..."
DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][A-Za-z.'’ -]{1,30})?,\s+(?P<date>[^\n]{6,25}?)\s*"
    r"(?:\([A-Za-z ]{2,20}\)\s*)?[-—–]{1,2}\s"
)
BYLINE_MAX_WORDS = 12
HEAD_SEGMENTS = 3
TEXT_KINDS = frozenset({"title", "body"})


def _sentence(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The sentence around ``text[start:end]`` within the segment ``text[lo:hi]``."""
    left = lo
    for match in SENTENCE_BOUNDARY_RE.finditer(text, lo, start):
        left = match.end()
    right_match = SENTENCE_BOUNDARY_RE.search(text, end, hi)
    right = right_match.start() + 1 if right_match else hi
    return text[left:right]


def _announced(text: str, segments: tuple[Segment, ...]) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of year-less dates announced as still to come in body text."""
    found = []
    for seg in segments:
        if seg.kind not in TEXT_KINDS or seg.duplicate_of is not None:
            continue
        for month, day, start, end in find_day_months(text, seg.start, seg.end):
            if FUTURE_RE.search(_sentence(text, start, end, seg.start, seg.end)):
                found.append((month, day, start, end))
    return found


def _text_dates(text: str, segments: tuple[Segment, ...]) -> list[FoundDate]:
    """Explicit full dates of body text that are not announced as future."""
    found = []
    for seg in segments:
        if seg.kind not in TEXT_KINDS or seg.duplicate_of is not None:
            continue
        for date in find_full_dates(text, seg.start, seg.end):
            if not FUTURE_RE.search(_sentence(text, date.start, date.end, seg.start, seg.end)):
                found.append(date)
    return found


def _dateline(text: str, segments: tuple[Segment, ...]) -> FoundDate | None:
    """The date of a dateline ("MANILA, Nov. 4, 2023 - ...") or of a byline line ("By Ana Ruiz | May 2, 2024")
    at the head of the document."""
    head = [s for s in segments if s.kind == "body"][:HEAD_SEGMENTS]
    for seg in head:
        chunk = text[seg.start : seg.end]
        match = DATELINE_RE.match(chunk)
        if match:
            dates = find_full_dates(text, seg.start + match.start("date"), seg.start + match.end("date"))
            if dates:
                return dates[0]
        if len(chunk.split()) <= BYLINE_MAX_WORDS and not chunk.rstrip().endswith((".", "!", "?")):
            dates = find_full_dates(text, seg.start, seg.end)
            if len(dates) == 1:
                return dates[0]
    return None


def _post_evidence(text: str, post: Post) -> PublishedEvidence:
    span = signature_date_span(text, post)
    if span is None:
        return PublishedEvidence("post", text=post.date)
    return PublishedEvidence("post", text=text[span[0] : span[1]], start=span[0], end=span[1])


def infer_published(
    text: str,
    segments: tuple[Segment, ...],
    posts: tuple[Post, ...],
    metadata: str | None = None,
) -> tuple[str | None, PublishedEvidence]:
    """The ISO publication date of ``text`` and how it was found.

    Order: the metadata date; else the date of a dateline or byline at the head of the text; else a
    post dated the same day as an event the text announces as still to come; else the newest dated post; else the newest explicit full date of the body that
    is not announced as future; else none.
    """
    if metadata:
        iso = normalise_date(metadata)
        if iso:
            return iso, PublishedEvidence("metadata", text=metadata)
    head = _dateline(text, segments)
    if head is not None:
        return head.iso, PublishedEvidence("text", text=head.text, start=head.start, end=head.end)
    dated = [p for p in posts if p.date]
    if dated:
        announced = {(month, day) for month, day, _, _ in _announced(text, segments)}
        same_day = [p for p in dated if (int(p.date[5:7]), int(p.date[8:10])) in announced]  # type: ignore[index]
        pool = same_day or dated
        best = max(pool, key=lambda p: p.date or "")
        return best.date, _post_evidence(text, best)
    dates = _text_dates(text, segments)
    if dates:
        best_date = max(dates, key=lambda d: (d.iso, -d.start))
        return best_date.iso, PublishedEvidence(
            "text", text=best_date.text, start=best_date.start, end=best_date.end
        )
    return None, PublishedEvidence("none")
