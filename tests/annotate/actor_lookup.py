"""What the annotate tests share: the actor mentions of a text, by their text."""

from __future__ import annotations

from typing import Any


def found_actors(nlp: Any, text: str) -> dict[str, Any]:
    """The ``tidings_actors`` mentions of ``text`` keyed by their text."""
    return {m.text: m for m in nlp(text)._.tidings_actors}
