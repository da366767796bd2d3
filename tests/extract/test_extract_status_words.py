"""The word classes of status_words.tsv load, each with words, and the classes the code reads exist."""

from __future__ import annotations

from tidings.extract.status import WORD_CLASSES, status_words


def test_status_words_every_class_has_words() -> None:
    words = status_words()
    assert set(words) == WORD_CLASSES
    assert all(words[c] for c in WORD_CLASSES)
    assert "despite" in words["given_prep"] and "after" in words["time_point_prep"]
