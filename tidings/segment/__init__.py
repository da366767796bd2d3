"""Segmentation: typed segments (body, post, caption, ...), embedded posts, duplicates, publication date."""

from __future__ import annotations

from .published import infer_published
from .segmenter import segment_text

__all__ = ["segment_text", "infer_published"]
