"""A worker that is shutting down does not print the traceback of a heartbeat that raced the shutdown."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest

pytest.importorskip("distributed")

from distributed.core import Status  # noqa: E402

from tidings.scale.worker import ClosingHeartbeatFilter  # noqa: E402


def record(message: str) -> logging.LogRecord:
    return logging.LogRecord("distributed.worker", logging.ERROR, __file__, 1, message, None, None)


@pytest.mark.parametrize("status, shown", [
    (Status.running, True), (Status.closing, False), (Status.closed, False), (Status.closing_gracefully, False),
])
def test_heartbeat_failure_is_shown_only_while_the_worker_runs(status, shown):
    worker = SimpleNamespace(status=status)
    assert ClosingHeartbeatFilter(worker).filter(record("Failed to communicate with scheduler during heartbeat.")) is shown


def test_other_worker_errors_are_always_shown():
    worker = SimpleNamespace(status=Status.closing)
    assert ClosingHeartbeatFilter(worker).filter(record("Compute Failed")) is True
