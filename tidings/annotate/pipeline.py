"""Load the spaCy pipeline once per process and add tidings' components to it."""

from __future__ import annotations

import gc
from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import Errors
from ..settings import DEFAULT_MODEL

# Component names, in pipeline order, as registered with ``Language.factory``.
ACTOR_COMPONENT = "tidings_actors"
EVENT_COMPONENT = "tidings_events"


def _register_components() -> None:
    # Importing the modules registers their factories with spaCy.
    from . import actors  # noqa: F401
    from ..extract import component  # noqa: F401


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL, *, extraction: bool = True) -> Language:
    """Load ``model`` and, unless ``extraction`` is False, add the actor and event components.

    The pipeline is cached per process: workers load the model once.
    """
    _register_components()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ValueError(Errors.E010.format(model=model)) from exc
    if extraction:
        nlp.add_pipe(ACTOR_COMPONENT, last=True)
        nlp.add_pipe(EVENT_COMPONENT, last=True)
    # The model's many long-lived objects need never be scanned by the garbage collector again:
    # about 12 % less CPU on long runs (docs/performance.md).
    gc.collect()
    gc.freeze()
    return nlp


def reset_pipelines() -> None:
    """Forget cached pipelines (tests, or after changing a lexicon file)."""
    load_pipeline.cache_clear()
