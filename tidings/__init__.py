"""tidings: read news and opinion articles and rebuild the geopolitical events they describe."""

from __future__ import annotations

import logging

from .records import Entity, Event, Post, Quantity, Reading, Segment

__version__ = "0.1.0"


def read(text: str, published: str | None = None, **kwargs: object) -> Reading:
    """Read one article and return its Reading (see ``tidings.pipeline.read``)."""
    from .pipeline import read as _read

    return _read(text, published=published, **kwargs)  # type: ignore[arg-type]


__all__ = ["read", "Reading", "Segment", "Post", "Entity", "Event", "Quantity", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
