"""The pipeline with an `Enrich` client, step by step, for a caller that wants more than `*_many`
(the command line): ingest first (learn the unique count before anything is sent), check the
credits, then run the pipeline on what was ingested, or submit its batches without waiting.

`spec` is a product's pipeline, `client.<product>.pipeline` (e.g. client.email_validation.pipeline).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, Unpack

from .._core.batch import reserved_credits
from .._core.flow import Stream, run_sync
from .._core.transport import SyncTransport
from ..journal import Journal
from . import products
from .body import chunk_call
from .ingest import Ingested, ingest
from .keys import NOT_A_KEY
from .many import ManyOptions, check_options, run_many
from .preflight import check_balance_flow, check_budget, credits_per_item
from .result import PipelineResult
from .run import chunk_bounds, submit_only_flow
from .spec import PipelineSpec


class Enrich(Protocol):
    """An enrichso.Enrich client (named by what is used, so this package does not depend on the
    client module, which depends on the resources, which depend on this package)."""

    _transport: SyncTransport


def spec_of(kind: str) -> PipelineSpec[Any, Any]:
    """The pipeline of a declared product by kind ("email_validation"), without a client: the
    same object as client.<kind>.pipeline. Its resource module is loaded on first use, by name,
    as the client loads its resources (the resources build on this package, not the reverse)."""
    if kind not in products.ABOUT:
        raise ValueError(f"no batch product {kind!r}; the products are {', '.join(products.ABOUT)}")
    spec: PipelineSpec[Any, Any] = products.module_of(kind).PIPELINE
    return spec


def ingest_rows(spec: PipelineSpec[Any, Any], rows: Iterable[Any]) -> Ingested:
    """Read `rows` once (each a row as the product's *_many takes it; None for one not to send):
    deduped and spooled, nothing submitted, the rows themselves not kept. Close it (it is a
    context manager)."""
    return ingest(spec, rows, keep_rows=False)


def unusable_rows(data: Ingested) -> int:
    """Rows of an ingested input that will not be sent (empty or malformed)."""
    return 0 if data.distinct else data.row_items.count(NOT_A_KEY)


def run_ingested(
    client: Enrich, spec: PipelineSpec[Any, Any], data: Ingested, **options: Unpack[ManyOptions]
) -> Stream[PipelineResult[Any, Any]]:
    """The product's *_many on an ingested input: one PipelineResult per row, in order (from the
    first not yet delivered when the journal resumes an earlier run). Runs when iterated."""
    return run_many(client._transport, spec, data, **options)


def check_credits(
    client: Enrich, spec: PipelineSpec[Any, Any], unique: int, max_credits: float | None
) -> None:
    """The pipeline's credit preflight, for submits made without it (`submit`): raises
    CreditBudgetExceededError or InsufficientBalanceError before anything is sent."""
    kind = spec.product.kind
    check_budget(kind, total_items=unique, max_credits=max_credits)
    run_sync(client._transport, check_balance_flow(kind, new_items=unique))


def submit(
    client: Enrich,
    spec: PipelineSpec[Any, Any],
    data: Ingested,
    batch_size: int | None,
    webhook_url: str | None,
    journal: Journal | None = None,
    max_credits: float | None = None,
) -> Iterator[tuple[str, int, float | None]]:
    """Submit the unique items without waiting, cut into batches as the pipeline cuts them (its
    own bodies, streamed from the ingest's spool): (job id, items, reserved credits) per batch,
    as each is submitted. A submit is never retried once sent. A webhook URL the product cannot
    take is refused (InvalidParameterError) before the first submit.

    With a `journal`, the submits are the pipeline's own: recorded before they are sent, a lost
    answer reconciled, and a batch the journal already holds re-attached (reserved credits None:
    nothing new was reserved) instead of submitted again; a later *_many or run_ingested with the
    same journal and input then waits for these batches instead of paying for them again. The
    reserved credits of a new batch are then its items at the product's price, and the wallet is
    checked for the new batches only (without a journal, `check_credits` is the caller's).
    `max_credits`: CreditBudgetExceededError before anything is sent when the input's unique items
    would cost more."""
    check_options(client._transport, spec, {"webhook_url": webhook_url})
    check_budget(spec.product.kind, total_items=data.unique_count, max_credits=max_credits)
    if journal is not None:
        price = credits_per_item(spec.product.kind)
        flow = submit_only_flow(spec, data, batch_size, journal, webhook_url)
        for batch_id, items, earlier in run_sync(client._transport, flow):
            yield batch_id, items, None if earlier or price is None else items * price
        return
    for lo, hi in chunk_bounds(spec, data.unique_count, batch_size):
        envelope = client._transport.request(chunk_call(spec, data, lo, hi, webhook_url))
        yield spec.batch_id_of(envelope), hi - lo, reserved_credits(envelope)
