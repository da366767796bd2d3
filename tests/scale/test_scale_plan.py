"""Partition planning: order kept, every document once, full partitions first, a shrinking tail."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.records import RawDocument
from tidings.scale.plan import plan_partitions, words


def docs_of(lengths: list[int]) -> list[RawDocument]:
    return [
        RawDocument(doc_id=f"d{i}", text=" ".join(["word"] * n), source=f"d{i}")
        for i, n in enumerate(lengths)
    ]


@settings(max_examples=200, deadline=None)
@given(
    lengths=st.lists(st.integers(min_value=1, max_value=400), max_size=120),
    size=st.integers(min_value=1, max_value=40),
    workers=st.integers(min_value=1, max_value=6),
)
def test_plan_keeps_every_document_once_in_order(lengths, size, workers):
    docs = docs_of(lengths)
    parts = list(plan_partitions(iter(docs), size, workers))
    assert [d for part in parts for d in part] == docs
    assert all(1 <= len(part) <= size for part in parts)


def test_plan_cuts_full_partitions_while_input_lasts_then_shrinks():
    docs = docs_of([100] * 200)
    parts = list(plan_partitions(docs, 16, 2))
    sizes = [len(p) for p in parts]
    head = (200 - 16 * 2 * 2) // 16  # full partitions before the read-ahead reaches the end
    assert sizes[:head] == [16] * head
    tail = sizes[head:]
    assert tail == sorted(tail, reverse=True) and tail[-1] < 16
    assert all(n >= 4 for n in tail[:-1])  # no task below a quarter partition, but the last


def test_plan_tail_is_balanced_by_words_not_by_count():
    # The end of the input: long documents then short ones; the long ones go out in smaller groups.
    docs = docs_of([10] * 40 + [1000] * 8 + [10] * 16)
    parts = list(plan_partitions(docs, 16, 2))
    long_parts = [p for p in parts if any(words(d.text) == 1000 for d in p)]
    assert len(long_parts) >= 4  # cut by count, all eight would share one or two tasks
    assert all(sum(words(d.text) == 1000 for d in p) <= 2 and len(p) < 16 for p in long_parts)


def test_plan_of_nothing_is_nothing():
    assert list(plan_partitions([], 8, 2)) == []


@pytest.mark.parametrize("size, workers", [(0, 2), (5, 0)])
def test_plan_treats_sizes_below_one_as_one(size, workers):
    parts = list(plan_partitions(docs_of([3, 4, 5]), size, workers))
    assert [d.doc_id for p in parts for d in p] == ["d0", "d1", "d2"]
