"""A pipeline's wait polls again after a transient failure, but never pauses past its deadline."""

from __future__ import annotations

from typing import Any

import pytest
from enrichso._core.flow import Sleep
from enrichso.errors import APIConnectionError
from enrichso.pipeline import run as pipeline_run


def test_a_pause_after_a_failed_poll_stops_at_the_wait_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_wait_flow(**_: Any) -> Any:
        raise APIConnectionError("connection reset")
        yield  # a generator, like the real flow

    monkeypatch.setattr(pipeline_run, "wait_flow", failing_wait_flow)
    monkeypatch.setattr(pipeline_run, "pause_after", lambda error, attempt: 300.0)  # a server's long ask
    product: Any = type("Product", (), {"kind": "email_validation", "status_call": None})()
    flow = pipeline_run.wait_batch_flow(product, "b1", timeout=2.0, poll_interval=None, on_progress=None)
    step = next(flow)
    assert isinstance(step, Sleep)
    assert step.seconds <= 2.0  # 300 s before: a wait of 2 s could sleep 5 minutes after one failure


def test_without_a_deadline_the_pause_is_the_policy_s(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_wait_flow(**_: Any) -> Any:
        raise APIConnectionError("connection reset")
        yield

    monkeypatch.setattr(pipeline_run, "wait_flow", failing_wait_flow)
    monkeypatch.setattr(pipeline_run, "pause_after", lambda error, attempt: 7.0)
    product: Any = type("Product", (), {"kind": "email_validation", "status_call": None})()
    step = next(
        pipeline_run.wait_batch_flow(product, "b1", timeout=None, poll_interval=None, on_progress=None)
    )
    assert isinstance(step, Sleep) and step.seconds == 7.0
