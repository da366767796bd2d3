"""Actor resolution: mentions -> canonical entities (countries, organisations, people)."""

from .entities import Resolution, resolve_entities
from .lexicon import lexicon, reset_caches

__all__ = ["Resolution", "lexicon", "reset_caches", "resolve_entities"]
