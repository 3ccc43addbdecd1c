"""The batch commands' only contact with the SDK: run a product's *_many pipeline, submit without
waiting, and re-attach to a job by id. Results come back as plain API dicts (camelCase, as the API
sends them), which is what the result columns are read from."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ... import BatchJob, Enrich, JobStatus
    from ...journal import Journal
from ..dicts import as_dict
from .products import (
    EMAIL_FINDER,
    EMAIL_VALIDATION,
    IP_TO_COMPANY,
    PHONE_FINDER,
    REVERSE_LOOKUP,
    BatchKind,
    Lead,
    PhoneItem,
)

ProgressCallback = Callable[["JobStatus"], object]


class Outcome(NamedTuple):
    """What the API said about one item: its result as the API's JSON object ({} when nothing was
    found), or the pipeline's reason when the outcome is unknown."""

    result: dict[str, Any]
    error: str | None = None


def run_many(
    client: Enrich,
    kind: BatchKind,
    items: Sequence[Any],
    *,
    journal: Journal,
    on_progress: ProgressCallback,
    timeout: float | None,
    max_credits: float | None = None,
    batch_size: int | None = None,
) -> Iterator[Outcome]:
    """One Outcome per item, in the order of the items (from the first not yet delivered when the
    journal resumes an earlier run). Nothing happens before the first next()."""
    options: dict[str, Any] = {
        "journal": journal,
        "on_progress": on_progress,
        "timeout": timeout,
        "max_credits": max_credits,
        "batch_size": batch_size,
    }
    stream: Iterator[Any]
    if kind is EMAIL_VALIDATION:
        stream = client.email_validation.validate_many(items, **options)
    elif kind is EMAIL_FINDER:
        stream = client.email_finder.find_many([_lead(item) for item in items], **options)
    elif kind is PHONE_FINDER:
        stream = client.phone_finder.find_many([_phone(item) for item in items], **options)
    elif kind is REVERSE_LOOKUP:
        stream = client.reverse_lookup.lookup_many(items, **options)
    elif kind is IP_TO_COMPANY:
        stream = client.ip_to_company.lookup_many(items, **options)
    else:  # pragma: no cover - the five kinds above are all there is
        raise ValueError(kind.command)
    for row in stream:
        yield Outcome(as_dict(row.result), row.error)


def check_credits(client: Enrich, kind: BatchKind, unique: int, max_credits: float | None) -> None:
    """The SDK pipelines' credit preflight, for submits made without a pipeline (--no-wait):
    raises CreditBudgetExceededError or InsufficientBalanceError before anything is sent."""
    from ..._flow import run_sync
    from ..._preflight import check_balance_flow, check_budget

    check_budget(kind.job_kind, total_items=unique, max_credits=max_credits)
    run_sync(client._transport, check_balance_flow(kind.job_kind, new_items=unique))


def submit(client: Enrich, kind: BatchKind, items: Sequence[Any], webhook_url: str | None) -> tuple[str, Any]:
    """Submit one batch (at most kind.max_batch items) without waiting: (job id, reserved credits)."""
    job: BatchJob[Any, Any]
    if kind is EMAIL_VALIDATION:
        job = client.email_validation.submit_batch(items, webhook_url=webhook_url)
    elif kind is EMAIL_FINDER:
        job = client.email_finder.submit_batch([_lead(item) for item in items], webhook_url=webhook_url)
    elif kind is PHONE_FINDER:
        emails = [item.email for item in items if item.email]
        linkedins = [item.linkedin for item in items if item.linkedin]
        job = client.phone_finder.submit_batch(emails=emails, linkedins=linkedins, webhook_url=webhook_url)
    elif kind is REVERSE_LOOKUP:
        job = client.reverse_lookup.submit_batch(items, webhook_url=webhook_url)
    elif kind is IP_TO_COMPANY:
        job = client.ip_to_company.submit_batch(items)
    else:  # pragma: no cover
        raise ValueError(kind.command)
    return job.id, job.reserved_credits


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


def _lead(item: Lead) -> tuple[str, str, str]:
    return (item.first_name, item.last_name, item.domain)


def _phone(item: PhoneItem) -> str:
    """The phone pipeline takes one string per person: an email, or a profile URL."""
    return item.email or item.linkedin or ""
