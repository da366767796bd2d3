"""Shared helper of the extraction tests: read a text with the real pipeline, return its events as tuples."""

from __future__ import annotations

from spacy.language import Language

from tidings.pipeline import read

PUBLISHED = "2024-05-10"


def event_triples(nlp: Language, text: str, published: str = PUBLISHED) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of every event of ``text``."""
    return {(e.type, e.source_country, e.target_country) for e in read(text, published=published, nlp=nlp).events}
