"""The keyword options every *_many pipeline method takes, turned into a Stream / AsyncStream.
`inputs` is any iterable of rows (read once, lazily), or an input already ingested (_ingest.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from ._flow import AsyncStream, Stream
from ._ingest import Ingested
from ._jobs import ProgressCallback
from ._pipeline import DEFAULT_REORDER_WINDOW, PipelineResult, PipelineSpec
from ._pipeline_flow import pipeline_flow
from ._transport import AsyncTransport, SyncTransport
from .journal import Journal

In = TypeVar("In")
Item = TypeVar("Item")


def run_many(
    transport: SyncTransport,
    spec: PipelineSpec[In, Item],
    inputs: Iterable[In] | Ingested,
    *,
    batch_size: int | None = None,
    journal: Journal | None = None,
    timeout: float | None = None,
    poll_interval: float | None = None,
    on_progress: ProgressCallback | None = None,
    reorder_window: int = DEFAULT_REORDER_WINDOW,
    max_credits: float | None = None,
) -> Stream[PipelineResult[In, Item]]:
    return Stream(
        transport,
        _flow(
            spec,
            inputs,
            batch_size,
            journal,
            timeout,
            poll_interval,
            on_progress,
            reorder_window,
            max_credits,
        ),
    )


def run_many_async(
    transport: AsyncTransport,
    spec: PipelineSpec[In, Item],
    inputs: Iterable[In] | Ingested,
    *,
    batch_size: int | None = None,
    journal: Journal | None = None,
    timeout: float | None = None,
    poll_interval: float | None = None,
    on_progress: ProgressCallback | None = None,
    reorder_window: int = DEFAULT_REORDER_WINDOW,
    max_credits: float | None = None,
) -> AsyncStream[PipelineResult[In, Item]]:
    return AsyncStream(
        transport,
        _flow(
            spec,
            inputs,
            batch_size,
            journal,
            timeout,
            poll_interval,
            on_progress,
            reorder_window,
            max_credits,
        ),
    )


def _flow(
    spec: PipelineSpec[In, Item],
    inputs: Iterable[In] | Ingested,
    batch_size: int | None,
    journal: Journal | None,
    timeout: float | None,
    poll_interval: float | None,
    on_progress: ProgressCallback | None,
    reorder_window: int,
    max_credits: float | None,
) -> Any:
    return pipeline_flow(
        spec,
        inputs,
        batch_size=batch_size,
        journal=journal,
        timeout=timeout,
        poll_interval=poll_interval,
        on_progress=on_progress,
        reorder_window=reorder_window,
        max_credits=max_credits,
    )
