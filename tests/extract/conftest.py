"""Shared fixtures for the extraction tests: the real spaCy pipeline, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tidings.annotate import load_pipeline
from tidings.extract.component import candidates_from_doc
from tidings.records import EventCandidate

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def candidates(nlp: Language):
    """Parse one sentence (or paragraph) and return its event candidates."""

    def run(text: str) -> list[EventCandidate]:
        return candidates_from_doc(nlp(text), 0, 0)

    return run


def _triples(cands: list[EventCandidate]) -> set[tuple[str, str | None, str | None]]:
    return {
        (c.type, c.source.country if c.source else None, c.target.country if c.target else None) for c in cands
    }


@pytest.fixture(scope="session")
def triples():
    """(type, source country, target country) of candidates."""
    return _triples
