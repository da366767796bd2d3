"""Offset checks shared by the robustness tests."""

from __future__ import annotations

import dataclasses

from tidings.records import Record


def span_problems(value: object, text: str, path: str = "reading") -> list[str]:
    """Every offset problem in a record tree: out of bounds, start > end, or text not at its offsets."""
    problems: list[str] = []
    if isinstance(value, Record):
        names = {f.name for f in dataclasses.fields(value)}  # type: ignore[arg-type]
        if {"start", "end"} <= names:
            start, end = value.start, value.end  # type: ignore[attr-defined]
            if start is not None or end is not None:
                if start is None or end is None or not 0 <= start <= end <= len(text):
                    problems.append(f"{path}: bad offsets {start}..{end} (text length {len(text)})")
                elif "text" in names and value.text is not None:  # type: ignore[attr-defined]
                    if text[start:end] != value.text:  # type: ignore[attr-defined]
                        problems.append(f"{path}: text {value.text!r} is not text[{start}:{end}]")  # type: ignore[attr-defined]
        for name in names:
            if name == "text":
                continue
            problems.extend(span_problems(getattr(value, name), text, f"{path}.{name}"))
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            problems.extend(span_problems(item, text, f"{path}[{i}]"))
    return problems


def segment_problems(segments, posts, text: str) -> list[str]:
    """Segments must be in bounds, in order and non-overlapping; post indexes must be valid."""
    problems: list[str] = []
    previous_end = 0
    for i, seg in enumerate(segments):
        if not 0 <= seg.start <= seg.end <= len(text):
            problems.append(f"segment {i}: bad offsets {seg.start}..{seg.end} (text length {len(text)})")
        if seg.start < previous_end:
            problems.append(f"segment {i}: starts at {seg.start}, before the previous end {previous_end}")
        if seg.index != i:
            problems.append(f"segment {i}: index {seg.index}")
        if seg.post is not None and not 0 <= seg.post < len(posts):
            problems.append(f"segment {i}: post index {seg.post} of {len(posts)} posts")
        if seg.duplicate_of is not None and not 0 <= seg.duplicate_of < len(segments):
            problems.append(f"segment {i}: duplicate_of {seg.duplicate_of}")
        previous_end = max(previous_end, seg.end)
    for i, post in enumerate(posts):
        if not 0 <= post.start <= post.end <= len(text):
            problems.append(f"post {i}: bad offsets {post.start}..{post.end}")
    return problems
