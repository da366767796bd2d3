"""Token -> actor span lookup for one parsed Doc, used by argument finding and attribution.

Actors come from ``doc.spans["tidings_actors"]`` (set by the ``tidings_actors`` component, each span with
``span._.tidings_actor``); when that group is absent, named entities stand in for them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import ActorMention

ACTOR_GROUP = "tidings_actors"
ENT_TYPES = {"GPE": "COUNTRY", "NORP": "GROUP", "ORG": "ORGANIZATION", "PERSON": "PERSON", "LOC": "LOCATION"}
NP_DEPS = frozenset({"compound", "amod", "nmod", "appos", "npadvmod"})


class ActorIndex:
    """Token index -> actor span, for one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        if ACTOR_GROUP in doc.spans:
            spans = [s for s in doc.spans[ACTOR_GROUP] if _mention_of(s) is not None]
        else:
            spans = [e for e in doc.ents if e.label_ in ENT_TYPES]
        self.spans = spans
        self.by_token: dict[int, Span] = {}
        for span in sorted(spans, key=lambda s: s.end - s.start):  # shortest span wins a token
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, span)

    def mention(self, span: Span) -> ActorMention:
        """The ActorMention of an actor span (segment-relative offsets)."""
        found = _mention_of(span)
        if found is not None:
            return found
        return ActorMention(
            start=span.start_char, end=span.end_char, text=span.text, kind="NAME",
            entity_type=ENT_TYPES.get(span.label_, "ORGANIZATION"), name=span.text, key=span.text,
        )

    def at(self, token: Token, depth: int = 2) -> Span | None:
        """The actor span covering ``token`` or, failing that, one inside its noun phrase."""
        span = self.by_token.get(token.i)
        if span is not None:
            return span
        if depth == 0:
            return None
        for child in token.children:
            if child.dep_ in NP_DEPS:
                found = self.at(child, depth - 1)
                if found is not None:
                    return found
        for prep in token.children:  # "the President of the United States", "the troops of X"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":  # "of" chains go one step deeper ("thousands of supporters of X")
                        found = self.at(pobj, depth if depth < 3 else depth - 1)
                        if found is not None:
                            return found
        for child in token.children:  # last resort: the possessor ("Haiti's efforts", "Serbia's crackdown")
            if child.dep_ == "poss":
                found = self.by_token.get(child.i)
                if found is not None:
                    return found
        return None


def _mention_of(span: Span) -> ActorMention | None:
    if Span.has_extension("tidings_actor"):
        value = span._.tidings_actor
        if isinstance(value, ActorMention):
            return value
    return None
