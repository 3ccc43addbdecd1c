"""Which function answers which operationId.

A product module declares its handlers with the `operation` decorator; every module of the
`enrichso_mock.products` package is imported at start-up (simulator.load_products), so adding a
product is adding a file.
A product whose jobs are not batch.BatchJobs (kept in its own `org.store(...)`) lists them for
GET /_mock/jobs with the `job_listing` decorator. See mock/README.md ("Adding a product").
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call import Call
    from .org import Organization

HandlerFunction = Callable[["Call"], Any] | Callable[["Call"], Awaitable[Any]]
# (organization, the simulator's seed, the organization's clock now) -> the /_mock/jobs entries
JobListing = Callable[["Organization", int, float], Iterable[dict[str, Any]]]


@dataclass(frozen=True)
class Handler:
    operation_id: str
    function: HandlerFunction
    category: str | None  # rate-limit category: "enrichment", "bulk" or None
    is_async: bool
    # The documented detail of a 400 for a value the spec's schemas reject, by field
    # ("body/company_linkedin_url"); other fields get the generic validation detail.
    invalid_details: Mapping[str, str] = field(default_factory=dict)


_HANDLERS: dict[str, Handler] = {}
_JOB_LISTINGS: dict[str, JobListing] = {}  # by qualified name: a re-import does not list twice


def operation(
    operation_id: str, *, category: str | None = None, invalid_details: Mapping[str, str] | None = None
) -> Callable[[HandlerFunction], HandlerFunction]:
    """Register the decorated function as the handler of `operation_id`.

    category: "enrichment" for single lookups, "bulk" for batch submits (their rate-limit
    overrides, docs/api-notes.md 6), None otherwise.
    invalid_details: the documented 400 detail of a field the spec's schemas reject, e.g.
    {"body/company_linkedin_url": "company_linkedin_url: Must be a LinkedIn company URL ..."}.
    """

    def register(function: HandlerFunction) -> HandlerFunction:
        existing = _HANDLERS.get(operation_id)
        if existing is not None and existing.function is not function:
            raise ValueError(
                f"operation {operation_id} already has a handler: {existing.function.__qualname__}"
            )
        is_async = inspect.iscoroutinefunction(function)
        details = dict(invalid_details or {})
        _HANDLERS[operation_id] = Handler(operation_id, function, category, is_async, details)
        return function

    return register


def job_listing(function: JobListing) -> JobListing:
    """Register the decorated function as a lister of a product's jobs for GET /_mock/jobs. Each
    entry has the keys of a batch job's: batchId (the job's id), product, status, totalItems,
    processedItems, webhookUrl, settled (None where the product has no such notion), and may add
    its own."""
    _JOB_LISTINGS[f"{function.__module__}.{function.__qualname__}"] = function
    return function


def job_listings() -> list[JobListing]:
    """Every registered job lister (after simulator.load_products)."""
    return list(_JOB_LISTINGS.values())


def handlers() -> dict[str, Handler]:
    """Every registered handler, by operationId (after simulator.load_products)."""
    return dict(_HANDLERS)
