"""One spaCy pipeline with the actor component for the whole test session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import tidings.annotate.actors  # noqa: F401  (registers the factory)
from tidings.settings import DEFAULT_MODEL


@pytest.fixture(scope="session")
def actor_nlp() -> Language:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("tidings_actors")
    return nlp
