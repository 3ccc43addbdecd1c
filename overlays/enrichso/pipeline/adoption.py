"""Proof that a batch found in the wallet is this chunk's, before any of its rows is handed out.

A lost submit is reconciled through the wallet (pipeline/reconcile.py): a reservation of the right
operation and item count made after the submit. Another client of the same organization may have
made one just like it, so that is only a candidate. The proof reads the candidate's results
(once it has finished) and checks them against what this chunk sent: each result names its input
(the email, the lead, the IP...), so every result must name one of this chunk's items, and a
product that lists every item must list all of them. A result naming anything else: another
client's batch. Results that name nothing, or too few: it cannot be told (the pipeline then
reports instead of guessing).

Only adopted batches are proven (a batch id from the submit's own answer needs no proof): the
normal path reads nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from .._core.batch import RESULTS_PAGE_MAX, BatchProduct
from .._core.flow import Flow
from .._core.pagination import has_more_by_count
from .._core.patience import read_patiently
from ..errors import JobError
from .ingest import Ingested


class Verdict(NamedTuple):
    """ours: True (proven ours), False (another client's batch), None (cannot be told, `why`)."""

    ours: bool | None
    why: str = ""


def prove_flow(
    product: BatchProduct[Any, Any],
    result_key: Callable[[Any], str | None],
    lists_every_item: bool,
    data: Ingested,
    bounds: tuple[int, int],
    batch_id: str,
    wait: Callable[[str], Flow[None]],
) -> Flow[Verdict]:
    """Whether batch `batch_id` answers the unique items `bounds` (see the module docstring)."""
    lo, hi = bounds
    try:
        yield from wait(batch_id)
    except JobError as exc:  # failed or still running: its results cannot be compared
        return Verdict(None, f"batch {batch_id} could not be checked ({exc})")
    answered: set[int] = set()
    unnamed = 0
    page = 1
    while True:
        raw = yield from read_patiently(
            lambda number=page: product.raw_results_call(batch_id, number, RESULTS_PAGE_MAX)  # type: ignore[misc]
        )
        for result in raw.items:
            key = result_key(result)
            if key is None:
                unnamed += 1
                continue
            unique = data.find(key)
            if unique is None or not lo <= unique < hi:
                return Verdict(False, f"batch {batch_id} answers items this run did not send")
            answered.add(unique)
        if not raw.items or not has_more_by_count(page, RESULTS_PAGE_MAX, len(raw.items), raw.total, None):
            break
        page += 1
    if unnamed:
        return Verdict(None, f"{unnamed} results of batch {batch_id} do not name their input")
    if lists_every_item and len(answered) != hi - lo:
        return Verdict(None, f"batch {batch_id} answers {len(answered)} of the {hi - lo} items sent")
    if not answered:
        return Verdict(None, f"batch {batch_id} returned no result to compare")
    return Verdict(True)
