"""The batch commands' only contact with the SDK: ingest the checked rows, run a product's *_many
pipeline on them, submit without waiting, and re-attach to a job by id.

The rows are handed to the SDK's own ingest (read once, deduped into compact arrays and a
temporary spool; the rows themselves are not kept), and the pipeline runs on what it ingested:
the CLI learns the unique count before anything is sent, and the SDK answers duplicate rows
itself. Results are read from `row.raw`, the API's JSON object (camelCase, as the API sends it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ... import BatchJob, Enrich, JobStatus
    from ...journal import Journal
    from ...pipeline.ingest import Ingested
    from ...pipeline.result import PipelineResult
    from ...pipeline.spec import PipelineSpec
from ..dicts import as_dict
from .products import (
    EMAIL_FINDER,
    EMAIL_VALIDATION,
    IP_TO_COMPANY,
    PHONE_FINDER,
    REVERSE_LOOKUP,
    BatchKind,
)

ProgressCallback = Callable[["JobStatus"], object]


def pipeline_spec(kind: BatchKind) -> PipelineSpec[Any, Any]:
    """The SDK pipeline of a product (the one its *_many method runs)."""
    if kind is EMAIL_VALIDATION:
        from ...resources.email_validation import PIPELINE as validation

        return validation
    if kind is EMAIL_FINDER:
        from ...resources.email_finder import PIPELINE as finder

        return finder
    if kind is PHONE_FINDER:
        from ...resources.phone_finder import PIPELINE as phones

        return phones
    if kind is REVERSE_LOOKUP:
        from ...resources.reverse_lookup import PIPELINE as reverse

        return reverse
    if kind is IP_TO_COMPANY:
        from ...resources.ip_to_company import PIPELINE as ips

        return ips
    raise ValueError(kind.command)  # pragma: no cover - the five kinds above are all there is


def ingest(kind: BatchKind, rows: Iterable[Any]) -> Ingested:
    """The SDK's ingest of `rows` (each as kind.item made it; None for a row that is not sent):
    deduped and spooled, nothing submitted. Close it (it is a context manager)."""
    from ...pipeline.ingest import ingest as sdk_ingest

    return sdk_ingest(pipeline_spec(kind), rows, keep_rows=False)


def unusable_rows(data: Ingested) -> int:
    """Rows the SDK will not send (none, once the CLI's own checks passed)."""
    from ...pipeline.keys import NOT_A_KEY

    return 0 if data.distinct else data.row_items.count(NOT_A_KEY)


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
    from ...pipeline.many import run_many as sdk_run_many

    return sdk_run_many(
        client._transport,
        pipeline_spec(kind),
        data,
        journal=journal,
        on_progress=on_progress,
        timeout=timeout,
        max_credits=max_credits,
        batch_size=batch_size,
    )


def check_credits(client: Enrich, kind: BatchKind, unique: int, max_credits: float | None) -> None:
    """The SDK pipelines' credit preflight, for submits made without a pipeline (--no-wait):
    raises CreditBudgetExceededError or PreflightBalanceError before anything is sent."""
    from ..._core.flow import run_sync
    from ...pipeline.preflight import check_balance_flow, check_budget

    check_budget(kind.job_kind, total_items=unique, max_credits=max_credits)
    run_sync(client._transport, check_balance_flow(kind.job_kind, new_items=unique))


def submit_chunks(
    client: Enrich, kind: BatchKind, data: Ingested, batch_size: int | None, webhook_url: str | None
) -> Iterator[tuple[str, int, Any]]:
    """Submit the unique items without waiting, cut into batches as the pipeline cuts them (its
    own bodies, streamed from the ingest's spool): (job id, items, reserved credits) per batch,
    as each is submitted. A submit is never retried once sent."""
    from ..._core.batch import reserved_credits
    from ...pipeline.body import chunk_call
    from ...pipeline.run import chunk_bounds

    spec = pipeline_spec(kind)
    for lo, hi in chunk_bounds(spec, data.unique_count, batch_size):
        envelope = client._transport.request(chunk_call(spec, data, lo, hi, webhook_url))
        yield spec.batch_id_of(envelope), hi - lo, reserved_credits(envelope)


def attach(client: Enrich, kind: BatchKind, job_id: str) -> BatchJob[Any, Any]:
    """The job handle of an existing batch (no request is made)."""
    if kind is EMAIL_VALIDATION:
        return client.email_validation.batch(job_id)
    if kind is EMAIL_FINDER:
        return client.email_finder.batch(job_id)
    if kind is PHONE_FINDER:
        return client.phone_finder.batch(job_id)
    if kind is REVERSE_LOOKUP:
        return client.reverse_lookup.batch(job_id)
    if kind is IP_TO_COMPANY:
        return client.ip_to_company.batch(job_id)
    raise ValueError(kind.command)  # pragma: no cover


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
