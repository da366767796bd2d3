"""Segmentation: typed segments (body, post, caption, ...), embedded posts, duplicates, publication date."""

from __future__ import annotations

from .published import infer_published
from .segmenter import segment_text


def reset_caches() -> None:
    """Forget the loaded cue lists (after editing ``cues.json``)."""
    from . import duplicates, lines

    lines.cues.cache_clear()
    lines._disclaimer_res.cache_clear()
    duplicates._tables.cache_clear()


__all__ = ["segment_text", "infer_published", "reset_caches"]
