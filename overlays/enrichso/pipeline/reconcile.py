"""Exactly-once batch submits for the *_many pipelines, even when an answer is lost.

A batch submit reserves credits and is not idempotent: the API has no Idempotency-Key (docs/api-notes.md
1.8, 11.7). So the transport never repeats a submit the server may have received; it raises
SubmitOutcomeUnknownError instead. A pipeline must still finish, without ever reserving twice.
The protocol, for each chunk of a run:

1. Marker. Just before each attempt, read the newest wallet deduction
   (GET /wallets/transactions?type=deduction&limit=1) and the balance (GET /wallets/balance):
   they mean "before this attempt".
2. Journal. Record the attempt and its marker, durably, BEFORE the request leaves.
3. Send.
   - An answer with a batch id: record it. Done.
   - A 429, a refusal (4xx) or a connection that never opened: the server did not take it.
     Record that; a 429 or a connection failure tries again from 1, a refusal is raised.
   - Anything that leaves the outcome open (a 5xx, a dropped connection, a truncated or garbled
     2xx body, a read timeout): reconcile (4).
4. Reconcile. List the deductions newer than the marker (newest first, down to the marker's own)
   and look for reservations that could be this chunk's: metadata.operation == the submit's
   operationId and metadata.itemCount == the chunk's unique count, with a batch id no other chunk
   of the journal has. Without metadata, a description naming a batch id ("... in batch 665a...")
   with exactly the amount the chunk reserves is the fallback. Another client of the organization
   may have made one just like it, so each candidate is PROVEN before it is adopted: its results
   must name this chunk's items (pipeline/adoption.py); one proven to be another's is set aside.
   - Exactly one proven this chunk's: adopt its batchId (record it, as if the answer had arrived).
   - None left, and every newer deduction is accounted for: check again after each GRACE pause (a
     ledger may lag behind the submit). Still none, and the balance (also read at the marker)
     fell by no more than the listed deductions: the server did not take it. Record that, and
     try again from 1 (the new attempt is journaled before it is sent).
   - Anything else: a candidate that cannot be proven either way (its results name no input, or
     too few); several proven; a deduction of exactly that amount that names nothing; the same
     operation with another item count; a balance that fell by a reservation no deduction lists;
     a wallet the key cannot read; more deductions than SCAN_PAGES pages.
     Then SubmitNotReconciledError says what was sent and how to check. Never a guess, never a
     second submit.
A rerun that finds attempts without a known outcome in its journal (the previous run died during
a submit) starts at 4, from the oldest such attempt's marker.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from enrichso_api.api.wallets import get_wallet_transactions

from .._core.call import Call, from_generated
from .._core.config import logger
from .._core.flow import Flow, Sleep
from .._core.patience import pause_after, read_patiently
from ..errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    RateLimitError,
    SubmitNotReconciledError,
    SubmitOutcomeUnknownError,
)
from ..journal import Chunk, Journal, SubmitMarker
from .adoption import Verdict
from .mistyped import batch_id_despite
from .preflight import balance_call

# Pauses (seconds) between the re-checks of the wallet before concluding "not received".
GRACE: tuple[float, ...] = (1.0, 2.0, 4.0)
# Attempts at one chunk (each one either provably not received, or reconciled) before giving up.
MAX_SENDS = 5
SCAN_PAGE = 100  # transactions per page (the documented maximum)
SCAN_PAGES = 50  # pages of deductions read back at most, before giving up on reconciling
# "... in batch 665a1f4e2c3b7800129dce01": batch ids are 24-hex or UUIDs (docs/api-notes.md 1.6)
_NAMED_BATCH = re.compile(
    r"\bbatch\s+([0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b", re.IGNORECASE
)


class Deduction(NamedTuple):
    id: str | None
    created_at: str | None
    amount: float | None
    description: str
    metadata: Mapping[str, Any] | None


class Deductions(NamedTuple):
    items: list[Deduction]
    total_pages: int | None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def read_deductions(body: Any) -> Deductions:
    """A transactions page, read defensively (what reconciling needs, nothing more)."""
    data = body["data"]
    listed = data["transactions"]
    if not isinstance(listed, list):
        raise TypeError("data.transactions is not a list")
    items = []
    for entry in listed:
        if not isinstance(entry, Mapping):
            raise TypeError("a transaction is not an object")
        metadata = entry.get("metadata")
        items.append(
            Deduction(
                id=_text(entry.get("id")),
                created_at=_text(entry.get("createdAt")),
                amount=_number(entry.get("amount")),
                description=_text(entry.get("description")) or "",
                metadata=metadata if isinstance(metadata, Mapping) else None,
            )
        )
    paging = data.get("pagination")
    pages = _number(paging.get("totalPages")) if isinstance(paging, Mapping) else None
    return Deductions(items, int(pages) if pages is not None else None)


def deductions_call(page: int, limit: int) -> Call[Deductions]:
    return from_generated(
        get_wallet_transactions._get_kwargs(page=page, limit=limit, type_="deduction"),
        read_deductions,
        operation="getWalletTransactions",
    )


def marker_flow() -> Flow[SubmitMarker]:
    """Where the wallet stands now (see SubmitMarker)."""
    try:
        first = yield from read_patiently(lambda: deductions_call(1, 1))
    except (APIStatusError, APIResponseValidationError) as exc:
        if isinstance(exc, APIStatusError) and exc.status_code not in (403, 404):
            raise
        logger.warning(
            "the wallet's transactions cannot be read (%s): a submit whose answer is lost could not "
            "be reconciled",
            exc.message,
        )
        return SubmitMarker(None, None, time.time(), readable=False)
    balance = yield from _balance()
    newest = first.items[0] if first.items else None
    return SubmitMarker(
        newest.id if newest else None, newest.created_at if newest else None, time.time(), balance=balance
    )


def _balance() -> Flow[float | None]:
    """The wallet's balance, or None when this key cannot read it."""
    try:
        return (yield from read_patiently(balance_call))
    except (APIStatusError, APIResponseValidationError) as exc:
        if isinstance(exc, APIStatusError) and exc.status_code not in (403, 404):
            raise
        return None


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _older(candidate: Deduction, marker_time: datetime | None) -> bool:
    when = _parse_time(candidate.created_at)
    if when is None or marker_time is None:
        return False
    try:
        return when < marker_time
    except TypeError:  # one has a time zone, the other not
        return False


def _newer_than(marker: SubmitMarker) -> Flow[list[Deduction] | None]:
    """The deductions made after the marker, newest first; None when there are too many to read."""
    marker_time = _parse_time(marker.newest_at)
    newer: list[Deduction] = []
    seen: set[str | None] = set()
    for page in range(1, SCAN_PAGES + 1):
        listed = yield from read_patiently(lambda page=page: deductions_call(page, SCAN_PAGE))  # type: ignore[misc]
        for deduction in listed.items:
            if marker.newest_id is not None and deduction.id == marker.newest_id:
                return newer
            if _older(deduction, marker_time):
                return newer
            if deduction.id is None or deduction.id not in seen:  # pages shift as new ones arrive
                seen.add(deduction.id)
                newer.append(deduction)
        if not listed.items or (listed.total_pages is not None and page >= listed.total_pages):
            return newer
    return None


class Wanted(NamedTuple):
    """What this chunk's reservation looks like."""

    operation: str
    item_count: int
    credits: float | None  # what it reserves (None when the price is not known)
    taken: set[str]  # batch ids other chunks already have


def judge(newer: Sequence[Deduction], wanted: Wanted) -> tuple[list[str], list[str]]:
    """(the batch ids of the reservations that could be this chunk's, why others leave a doubt).
    A candidate is only that: another client of the organization may have submitted a batch just
    like it (it is proven before it is adopted, pipeline/adoption.py)."""
    exact: list[str] = []
    doubts: list[str] = []
    for deduction in newer:
        meta = deduction.metadata
        if meta is not None and isinstance(meta.get("operation"), str):
            batch_id = meta.get("batchId")
            if meta["operation"] != wanted.operation or batch_id in wanted.taken:
                continue
            count = _number(meta.get("itemCount"))
            if count == wanted.item_count and isinstance(batch_id, str) and batch_id:
                exact.append(batch_id)
            else:
                doubts.append(f"a {wanted.operation} reservation of {meta.get('itemCount')} items")
            continue
        amount = deduction.amount
        if wanted.credits is not None and amount is not None and abs(abs(amount) - wanted.credits) > 1e-6:
            continue  # another amount: not this chunk's reservation
        named = _NAMED_BATCH.search(deduction.description)
        if named is not None:
            if named.group(1) not in wanted.taken and wanted.credits is not None:
                exact.append(named.group(1))
            continue
        doubts.append(
            f"deduction {deduction.id} of {amount if amount is not None else '?'} credits "
            f"({deduction.description[:80]!r}) names no batch"
        )
    return sorted(set(exact)), doubts


class Submission(NamedTuple):
    """One chunk's submit, as the protocol needs it."""

    call: Call[Any]
    batch_id_of: Callable[[Any], str]
    chunk: Chunk
    wanted: Wanted
    describe: str  # e.g. "chunk 2 of 5 (1,000 unique items)"
    # whether a batch found in the wallet is this chunk's (pipeline/adoption.py); None: taken on trust
    prove: Callable[[str], Flow[Verdict]] | None = None


def reconcile_flow(
    submission: Submission, markers: Sequence[SubmitMarker], cause: APIError | None
) -> Flow[str | None]:
    """The batch id the server gave this chunk, or None when it provably took nothing (step 4)."""
    oldest, newest = markers[0], markers[-1]
    if not oldest.readable:
        raise _unreconciled(
            submission, oldest, cause, "the wallet's transactions cannot be read with this key"
        )
    grace = GRACE if time.time() - newest.taken_at < sum(GRACE) else ()
    checks = (0.0, *grace)
    foreign: set[str] = set()  # candidates proven to be another client's batch
    for number, pause in enumerate(checks, start=1):
        if pause:
            yield Sleep(pause)
        try:
            newer = yield from _newer_than(oldest)
            if newer is None:
                reason = (
                    f"more than {SCAN_PAGES * SCAN_PAGE:,} deductions were made since, too many to read back"
                )
                raise _unreconciled(submission, oldest, cause, reason)
            candidates, doubts = judge(newer, submission.wanted)
            candidates = [c for c in candidates if c not in foreign]
            batch_id, doubt = yield from _choose(submission, candidates, foreign)
            if batch_id is None and doubt is None and doubts:
                doubt = "; ".join(doubts)
            if batch_id is None and doubt is None and number == len(checks):
                doubt = yield from _unexplained_drop(oldest, newer, submission.wanted)
        except (APIStatusError, APIResponseValidationError, APIConnectionError) as exc:
            reason = f"the wallet could not be read: {exc.message}"
            raise _unreconciled(submission, oldest, cause, reason) from exc
        if batch_id is not None:
            if doubts:
                logger.warning(
                    "adopting batch %s; also seen since the submit: %s", batch_id, "; ".join(doubts)
                )
            logger.info(
                "%s: the lost answer's batch is %s (found in the wallet)", submission.describe, batch_id
            )
            return batch_id
        if doubt is not None:
            raise _unreconciled(submission, oldest, cause, doubt)
    return None


def _choose(
    submission: Submission, candidates: list[str], foreign: set[str]
) -> Flow[tuple[str | None, str | None]]:
    """(the candidate proven to be this chunk's batch, None), (None, why it cannot be told), or
    (None, None) when there is no candidate left (those proven foreign join `foreign`)."""
    if not candidates:
        return None, None
    if submission.prove is None:  # nothing to prove it with: only a lone candidate is adopted
        if len(candidates) == 1:
            return candidates[0], None
        return None, f"several reservations match it (batches {', '.join(candidates)})"
    ours: list[str] = []
    unknown: list[str] = []
    for candidate in candidates:
        verdict = yield from submission.prove(candidate)
        if verdict.ours is True:
            ours.append(candidate)
        elif verdict.ours is False:
            logger.warning("%s: %s, not adopted", submission.describe, verdict.why)
            foreign.add(candidate)
        else:
            unknown.append(verdict.why)
    if len(ours) == 1 and not unknown:
        return ours[0], None
    if len(ours) > 1:
        return None, f"several batches answer its items (batches {', '.join(ours)})"
    if unknown:
        return None, "a reservation like it was found, but not proven to be this run's: " + "; ".join(unknown)
    return None, None


def _unexplained_drop(marker: SubmitMarker, newer: Sequence[Deduction], wanted: Wanted) -> Flow[str | None]:
    """Why the wallet cannot vouch that nothing was reserved, if it cannot: its balance fell by
    at least the reservation more than the listed deductions explain (a ledger that does not
    list reservations). None when the balance agrees, or cannot be compared."""
    if marker.balance is None or wanted.credits is None:
        return None
    now = yield from _balance()
    if now is None:
        return None
    listed = sum(abs(d.amount) for d in newer if d.amount is not None)
    unexplained = marker.balance - now - listed
    if unexplained < wanted.credits - 1e-6:
        return None
    return f"the balance fell by {unexplained:,.0f} credits that no listed deduction explains"


def resolve_flow(submission: Submission, journal: Journal) -> Flow[str | None]:
    """A chunk a previous run may have submitted: its batch id, or None (safe to submit)."""
    markers = journal.unresolved(submission.chunk)
    if not markers:
        return None
    batch_id = yield from reconcile_flow(submission, markers, None)
    if batch_id is None:
        journal.not_received(submission.chunk)
    else:
        journal.submitted(submission.chunk, batch_id)
    return batch_id


def submit_flow(submission: Submission, journal: Journal) -> Flow[str]:
    """Submit one chunk exactly once (steps 1-4); returns its batch id."""
    chunk, sends = submission.chunk, 0
    while True:
        marker = yield from marker_flow()
        journal.before_submit(chunk, marker)
        sends += 1
        try:
            envelope = yield submission.call
            batch_id = _batch_id(submission, envelope)
        except (SubmitOutcomeUnknownError, APIResponseValidationError) as exc:
            readable = None
            if isinstance(exc, APIResponseValidationError):
                readable = batch_id_despite(submission.call.parse, submission.batch_id_of, exc)
            if readable is not None:
                batch_id, mistyped = readable
                logger.warning(
                    "%s: batch %s taken; its answer's %s had another type than the spec's",
                    submission.describe,
                    batch_id,
                    ", ".join(mistyped),
                )
                journal.submitted(chunk, batch_id)
                return batch_id
            journal.outcome_unknown(chunk, exc)
            logger.warning("%s: the submit's answer was lost (%s); reconciling", submission.describe, exc)
            adopted = yield from reconcile_flow(submission, journal.unresolved(chunk) or [marker], exc)
            if adopted is not None:
                journal.submitted(chunk, adopted)
                return adopted
            journal.not_received(chunk)
            if sends >= MAX_SENDS:
                raise
            logger.info("%s: the server did not take it; submitting again", submission.describe)
            continue
        except (RateLimitError, APIConnectionError) as exc:
            journal.not_received(chunk)
            pause = pause_after(exc, sends)
            if sends >= MAX_SENDS or pause is None:
                raise
            yield Sleep(pause)
            continue
        except APIError:
            journal.not_received(chunk)  # refused (400, 402...): nothing was reserved
            raise
        journal.submitted(chunk, batch_id)
        return batch_id


def _batch_id(submission: Submission, envelope: Any) -> str:
    """The batch id of a submit's answer; a 2xx answer without one is as good as lost."""
    call = submission.call
    try:
        batch_id = submission.batch_id_of(envelope)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        batch_id, problem = None, f"{type(exc).__name__}: {exc}"
    else:
        problem = "no batch id"
    if isinstance(batch_id, str) and batch_id:
        return batch_id
    raise APIResponseValidationError(
        f"{call.method} {call.path} answered without a usable batch id ({problem})",
        status_code=200,
        body=b"",
        method=call.method,
        path=call.path,
    )


def _unreconciled(
    submission: Submission, marker: SubmitMarker, cause: APIError | None, reason: str
) -> SubmitNotReconciledError:
    wanted, call = submission.wanted, submission.call
    since = marker.newest_at or "the first deduction"
    amount = f"{wanted.credits:,.0f} credits" if wanted.credits is not None else "credits"
    return SubmitNotReconciledError(
        f"{wanted.operation} for {submission.describe} may have reached the server, and was not sent "
        f"again: the wallet cannot tell whether it did ({reason}). Check the wallet's deductions after "
        f"{since} (`enrichso wallet transactions --type deduction`, or "
        f"client.wallets.transactions(type='deduction')) for a reservation of {amount} for "
        f"{wanted.item_count:,} items: if there is one, its batch exists (re-attach by id); if there "
        "is none, forget the attempt (delete the journal) to submit again",
        method=call.method,
        path=call.path,
        operation=wanted.operation,
        sent=call.sent,
        cause=cause,
        item_count=wanted.item_count,
        credits=wanted.credits,
        since=marker.newest_at,
    )
