"""The batch commands' only contact with the SDK: ingest the checked rows, run a product's *_many
pipeline on them, submit without waiting, and re-attach to a job by id.

The rows are handed to the SDK's own ingest (read once, deduped into compact arrays and a
temporary spool; the rows themselves are not kept), and the pipeline runs on what it ingested:
the CLI learns the unique count before anything is sent, and the SDK answers duplicate rows
itself. Result columns are read through the product's typed view (its declaration).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ... import pipeline

if TYPE_CHECKING:
    from ... import BatchJob, Enrich, JobStatus
    from ...journal import Journal
    from ...pipeline import Ingested, PipelineResult, PipelineSpec
from ...pipeline.needs import BatchKind
from ..dicts import as_dict

ProgressCallback = Callable[["JobStatus"], object]


def resource(client: Enrich, kind: BatchKind) -> Any:
    """The client's resource of a product (client.email_validation ...)."""
    return getattr(client, kind.job_kind)


def pipeline_spec(kind: BatchKind, client: Enrich | None = None) -> PipelineSpec[Any, Any]:
    """The SDK pipeline of a product (the one its *_many method runs)."""
    if client is not None:
        spec: PipelineSpec[Any, Any] = resource(client, kind).pipeline
        return spec
    return pipeline.spec_of(kind.job_kind)


def ingest(kind: BatchKind, rows: Iterable[Any]) -> Ingested:
    """The SDK's ingest of `rows` (each as kind.item made it; None for a row that is not sent):
    deduped and spooled, nothing submitted. Close it (it is a context manager)."""
    return pipeline.ingest_rows(pipeline_spec(kind), rows)


def unusable_rows(data: Ingested) -> int:
    """Rows the SDK will not send (none, once the CLI's own checks passed)."""
    return pipeline.unusable_rows(data)


def run_many(
    client: Enrich,
    kind: BatchKind,
    data: Ingested,
    *,
    journal: Journal,
    on_progress: ProgressCallback,
    timeout: float | None,
    max_credits: float | None = None,
    batch_size: int | None = None,
) -> Iterator[PipelineResult[Any, Any]]:
    """One PipelineResult per ingested row, in order (from the first not yet delivered when the
    journal resumes an earlier run). Nothing happens before the first next()."""
    return iter(
        pipeline.run_ingested(
            client,
            pipeline_spec(kind, client),
            data,
            journal=journal,
            on_progress=on_progress,
            timeout=timeout,
            max_credits=max_credits,
            batch_size=batch_size,
        )
    )


def submit_chunks(
    client: Enrich,
    kind: BatchKind,
    data: Ingested,
    batch_size: int | None,
    webhook_url: str | None,
    journal: Journal,
    max_credits: float | None,
) -> Iterator[tuple[str, int, Any]]:
    """Submit the unique items without waiting, cut into batches as the pipeline cuts them:
    (job id, items, reserved credits) per batch. Recorded in `journal` as a run's submits are, so
    the same batch command without --no-wait re-attaches to them (None reserved: an earlier run's
    batch) instead of paying again; the wallet is checked for the new batches only."""
    spec = pipeline_spec(kind, client)
    return pipeline.submit(client, spec, data, batch_size, webhook_url, journal, max_credits)


def attach(client: Enrich, kind: BatchKind, job_id: str) -> BatchJob[Any, Any]:
    """The job handle of an existing batch (no request is made)."""
    job: BatchJob[Any, Any] = resource(client, kind).batch(job_id)
    return job


def settlement(client: Enrich, kind: BatchKind, job_ids: Sequence[str]) -> tuple[float, float] | None:
    """(credits charged, credits refunded) of finished jobs, as their results report them (reading
    them again is free and never charges twice); None when a job does not say."""
    charged = refunded = 0.0
    for job_id in job_ids:
        page = attach(client, kind, job_id).results(page_size=1).first_page()
        meta = as_dict(page.model).get("meta") or {}
        used, back = meta.get("creditsUsed"), meta.get("creditsRefunded")
        if not isinstance(used, int | float):
            return None
        charged += used
        refunded += back if isinstance(back, int | float) else 0
    return charged, refunded
