"""Who claims an event, inside one segment: "X said (that) ...", "..., X reported", "according to X".

Quotations that run over several paragraphs and end with ", writes X" are handled at document level
(tidings.extract.quotes); embedded posts are attributed to the post author in finalize.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actor_index import ActorIndex
from ..records import ActorMention
from .lexicon import reporting_verbs

REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl"})
SPEAKER_DEPS = ("nsubj", "nsubjpass")


def _speaker_phrase(tok: Token) -> Span:
    """The speaker noun phrase without trailing clauses or appositions."""
    left = min((t.i for t in tok.subtree if t.i <= tok.i), default=tok.i)
    right = tok.i
    for t in tok.rights:
        if t.dep_ in ("compound", "flat", "nummod") or (t.dep_ == "prep" and t.lower_ == "of"):
            right = max(right, max(x.i for x in t.subtree))
    return tok.doc[left : right + 1]


def _speaker_of(verb: Token) -> Token | None:
    agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agent:
        return agent[0]
    subj = [c for c in verb.children if c.dep_ in SPEAKER_DEPS]
    if subj and subj[0].dep_ == "nsubj":
        return subj[0]
    return None


def _according_to(sent: Span) -> Token | None:
    for tok in sent:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return pobj
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for pobj in nxt.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return None


def speaker_for(head: Token, index: ActorIndex) -> tuple[ActorMention | None, str | None]:
    """(speaker mention, speaker text) for the event whose trigger head is ``head``; (None, None) if none."""
    reporting = reporting_verbs()
    speaker: Token | None = None
    tok = head
    steps = 0
    while tok.head is not tok and steps < 10:  # a reporting verb above the trigger
        parent = tok.head
        if parent.lemma_.lower() in reporting and tok.dep_ in REPORTED_DEPS | {"conj"}:
            speaker = _speaker_of(parent)
            if speaker is not None:
                break
        tok = parent
        steps += 1
    if speaker is None:  # "..., X said": the reporting verb hangs off the event's clause
        root = head.sent.root
        for child in root.children:
            if child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_.lower() in reporting:
                if child.i > head.i:
                    speaker = _speaker_of(child)
                    break
    if speaker is None:
        speaker = _according_to(head.sent)
    if speaker is None or speaker.i == head.i:
        return None, None
    span = index.at(speaker)
    phrase = _speaker_phrase(speaker).text
    if span is not None:
        return index.mention(span), phrase
    return None, phrase
