"""Shared by the resolve tests: read a text the way the pipeline does and look up an entity by mention text."""

from __future__ import annotations

from tidings.annotate.actors import mentions_from_doc
from tidings.resolve import resolve_entities


def read_mentions(nlp, text, published=None):
    """Parse ``text`` paragraph by paragraph like the pipeline does; resolve the whole document."""
    jobs, pos = [], 0
    for index, para in enumerate(text.split("\n\n")):
        start = text.index(para, pos)
        pos = start + len(para)
        jobs.append((para, (index, start)))
    mentions = []
    for doc, (index, start) in nlp.pipe(jobs, as_tuples=True):
        mentions.extend(mentions_from_doc(doc, index, start))
    return mentions, resolve_entities(mentions, text, published)


def mention_with_text(mentions, text):
    """The first mention whose text is ``text``."""
    return next(m for m in mentions if m.text == text)


def entity_of(mentions, resolution, text):
    """The entity the mention with ``text`` resolves to."""
    return resolution.entity_for(mention_with_text(mentions, text))
