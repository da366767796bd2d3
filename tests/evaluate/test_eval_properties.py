"""Properties of the scorer over generated documents (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.evaluate import EvalDocument, EvalEvent, score
from tidings.records import PLOVER_TYPES, STATUSES

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "FRA", None]

events = st.builds(
    EvalEvent,
    type=st.sampled_from(PLOVER_TYPES),
    source_country=st.sampled_from(COUNTRIES),
    target_country=st.sampled_from(COUNTRIES),
    status=st.sampled_from(STATUSES),
)
documents = st.lists(st.lists(events, max_size=6), min_size=1, max_size=4).map(
    lambda docs: [EvalDocument(doc_id=f"d{i}", events=tuple(evs)) for i, evs in enumerate(docs)]
)


@settings(max_examples=150, deadline=None)
@given(documents)
def test_score_against_itself_is_perfect(docs: list[EvalDocument]) -> None:
    s = score(docs, docs)
    assert s.type_dyad.fp == s.type_dyad.fn == 0
    assert s.full is not None and s.full.fp == s.full.fn == 0
    assert s.status is not None and s.status.correct == s.status.total
    assert s.errors == ()


@settings(max_examples=150, deadline=None)
@given(documents, documents)
def test_swapping_gold_and_prediction_swaps_precision_and_recall(gold: list[EvalDocument], pred: list[EvalDocument]) -> None:
    forward, backward = score(gold, pred), score(pred, gold)
    common = {d.doc_id for d in gold} & {d.doc_id for d in pred}
    if common == {d.doc_id for d in gold} == {d.doc_id for d in pred}:
        assert forward.type_dyad.tp == backward.type_dyad.tp
        assert forward.type_dyad.fp == backward.type_dyad.fn
        assert forward.type_dyad.precision == backward.type_dyad.recall
        assert forward.dyad.f1 == backward.dyad.f1
    for counts in (forward.full, forward.type_dyad, forward.dyad):
        assert counts is not None and 0.0 <= counts.f1 <= 1.0


@settings(max_examples=150, deadline=None)
@given(documents, documents)
def test_levels_are_nested(gold: list[EvalDocument], pred: list[EvalDocument]) -> None:
    """Full-tuple hits are exactly the status agreements on (type, dyad) hits; errors agree with the counts."""
    s = score(gold, pred)
    assert s.full is not None and s.status is not None
    assert s.full.tp == s.status.correct
    assert s.status.total >= s.type_dyad.tp
    assert s.type_dyad.fn == sum(1 for e in s.errors if e.kind == "fn")
    assert s.type_dyad.fp == sum(1 for e in s.errors if e.kind == "fp")
    assert sum(t.counts.tp for t in s.per_type) == s.type_dyad.tp
