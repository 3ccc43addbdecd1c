"""The *_many pipeline as one flow, run by Stream / AsyncStream (see _core/flow.py):

1. Ingest: read the rows once, normalise and dedupe them into compact arrays and spools
   (pipeline/ingest.py); cut the unique items into chunks of at most max_batch (500,000; 100,000 for
   reverse lookup) or batch_size.
2. Budget: refuse a run that could cost more than max_credits (pipeline/preflight.py; no request).
3. Re-attach: chunks the journal knows are not submitted again; chunks a previous run may have
   submitted (attempts of unknown outcome) are reconciled through the wallet (pipeline/reconcile.py).
4. Balance: refuse when the wallet cannot cover what is still to submit (pipeline/preflight.py).
5. Submit the other chunks, each exactly once (pipeline/reconcile.py), their bodies streamed from the
   spool (pipeline/body.py). The server works on all of them while the first is read.
6. Per chunk: wait, read the results pages (the next ones download in the background) and emit
   rows in input order (pipeline/order.py). Status polls and page reads that fail transiently are
   asked again (_core/patience.py).
7. With a journal: once the caller has taken every row of a page and nothing waits out of order,
   a checkpoint (chunk, next page, settled items, delivered rows) is written, at most every
   CHECKPOINT_INTERVAL seconds and at the end of each chunk; results that rows further down still
   need (duplicates) are kept in the journal first. A rerun of the same input resumes there:
   it reads from that page and yields the rows not delivered as of that checkpoint (rows the
   caller took after it come again: at least once, never lost).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .._core.batch import RESULTS_PAGE_MAX, BatchProduct, RawPage
from .._core.call import Call
from .._core.flow import EmitMany, Flow, Prefetch, Sleep
from .._core.jobs import BATCH_POLLING, JobStatus, ProgressCallback, wait_flow
from .._core.pagination import has_more_by_count
from .._core.patience import READ_ATTEMPTS, is_transient, pause_after, read_patiently
from ..errors import APIError, NotFoundError
from ..journal import Checkpoint, Chunk, Journal, JournalInUseError, JournalStaleError, MemoryJournal
from .adoption import Verdict, prove_flow
from .body import chunk_call
from .ingest import Ingested, ingest
from .members import with_members
from .memory import Releaser
from .order import DEFAULT_REORDER_WINDOW, NEVER, Emitter, Unattributed
from .preflight import check_balance_flow, check_budget, credits_per_item
from .reconcile import Submission, Wanted, resolve_flow, submit_flow
from .result import Raw
from .spec import PipelineSpec

PREFETCH_DEPTH = 2  # results pages requested ahead of the one being read
RELEASE_EVERY_PAGES = 64  # free heap memory is given back every so many pages (pipeline/memory.py)
CHECKPOINT_INTERVAL = 0.5  # seconds between two checkpoints (chunk ends are always recorded)


def pipeline_flow(
    spec: PipelineSpec[Any, Any],
    inputs: Iterable[Any] | Ingested,
    *,
    batch_size: int | None = None,
    journal: Journal | None = None,
    timeout: float | None = None,
    poll_interval: float | None = None,
    on_progress: ProgressCallback | None = None,
    reorder_window: int = DEFAULT_REORDER_WINDOW,
    max_credits: float | None = None,
    webhook_url: str | None = None,
) -> Flow[None]:
    """The whole run. `inputs` may be an input already ingested (the caller then closes it).
    webhook_url: sent with every submit (checked by the caller, pipeline/webhook.py)."""
    owned = not isinstance(inputs, Ingested)
    data = inputs if isinstance(inputs, Ingested) else ingest(spec, inputs)
    try:
        yield from _run(
            spec,
            data,
            batch_size,
            journal,
            timeout,
            poll_interval,
            on_progress,
            reorder_window,
            max_credits,
            webhook_url,
        )
    finally:
        if owned:
            data.close()


def _run(
    spec: PipelineSpec[Any, Any],
    data: Ingested,
    batch_size: int | None,
    journal: Journal | None,
    timeout: float | None,
    poll_interval: float | None,
    on_progress: ProgressCallback | None,
    reorder_window: int,
    max_credits: float | None,
    webhook_url: str | None,
) -> Flow[None]:
    durable = journal is not None
    record: Journal = journal if journal is not None else MemoryJournal()
    bounds, chunks = _chunks(spec, data, batch_size, durable)
    check_budget(spec.product.kind, total_items=data.unique_count, max_credits=max_credits)

    def wait(batch_id: str) -> Flow[None]:
        yield from wait_batch_flow(spec.product, batch_id, timeout, poll_interval, None)

    # the submits (the one phase two runs sharing a journal could both act in): see _claimed
    with _claimed(journal):
        batch_ids, reattached = yield from _submit_all(spec, data, bounds, chunks, record, wait, webhook_url)
    reader = _Reader(spec, data, timeout, poll_interval, on_progress, reorder_window, reattached)
    yield from reader.read_all(bounds, chunks, batch_ids, record, _run_id(data, chunks) if durable else None)


def submit_only_flow(
    spec: PipelineSpec[Any, Any],
    data: Ingested,
    batch_size: int | None,
    journal: Journal,
    webhook_url: str | None,
) -> Flow[list[tuple[str, int, bool]]]:
    """The run's submits (steps 3 to 5: re-attached, reconciled or newly submitted, recorded in
    `journal`) without waiting: (batch id, items, whether an earlier run submitted it) per chunk.
    A later run with the same journal and input re-attaches to these batches instead of paying
    for them again."""
    bounds, chunks = _chunks(spec, data, batch_size, durable=True)

    def wait(batch_id: str) -> Flow[None]:  # only to prove a lost submit of an earlier run
        yield from wait_batch_flow(spec.product, batch_id, None, None, None)

    with _claimed(journal):
        batch_ids, reattached = yield from _submit_all(spec, data, bounds, chunks, journal, wait, webhook_url)
    return [(batch_ids[n], hi - lo, n in reattached) for n, (lo, hi) in enumerate(bounds)]


def _chunks(
    spec: PipelineSpec[Any, Any], data: Ingested, batch_size: int | None, durable: bool
) -> tuple[list[tuple[int, int]], list[Chunk]]:
    """The chunks' bounds and their journal records (identified by their items' digest when the
    journal outlives the run)."""
    bounds = chunk_bounds(spec, data.unique_count, batch_size)
    kind = spec.product.kind
    chunks = [
        Chunk(kind, n, hi - lo, data.items.digest(lo, hi) if durable else "")
        for n, (lo, hi) in enumerate(bounds)
    ]
    return bounds, with_members(kind, data, chunks) if durable else chunks


# The journals a run of this process is submitting with (by id: a journal need not be
# hashable), so that a second run given the same journal object while the first submits is
# refused, as a second process is by the journal file's lock: both would read the journal
# before either recorded a submit, and both submit (and pay for) every batch. Held only while
# a run submits (it emits no row then, so a caller cannot leave it paused there; an error
# that escapes the run ends it, see flow.py), and released as soon as every batch is recorded.
_JOURNALS_IN_USE: set[int] = set()
_JOURNALS_LOCK = threading.Lock()


@contextmanager
def _claimed(journal: Journal | None) -> Iterator[None]:
    if journal is None:
        yield
        return
    with _JOURNALS_LOCK:
        if id(journal) in _JOURNALS_IN_USE:
            path = getattr(journal, "path", None)
            name = repr(journal) if path is None else str(path)
            raise JournalInUseError(
                f"the journal {name} is in use by another run of this "
                "process; wait for it to end "
                "(two runs of the same input would both submit)",
                path=None if path is None else str(path),
            )
        _JOURNALS_IN_USE.add(id(journal))
    try:
        yield
    finally:
        with _JOURNALS_LOCK:
            _JOURNALS_IN_USE.discard(id(journal))


def chunk_bounds(
    spec: PipelineSpec[Any, Any], unique_count: int, batch_size: int | None
) -> list[tuple[int, int]]:
    """The chunks the unique items are cut into: (first, past the last) item of each."""
    size = spec.max_batch if batch_size is None else max(1, min(batch_size, spec.max_batch))
    return [(lo, min(lo + size, unique_count)) for lo in range(0, unique_count, size)]


def _run_id(data: Ingested, chunks: list[Chunk]) -> str:
    """What identifies a run across processes: its chunks and how the rows map onto them."""
    digest = hashlib.sha256(data.row_items.tobytes())
    for chunk in chunks:
        digest.update(chunk.key.encode())
    return digest.hexdigest()


def _submit_all(
    spec: PipelineSpec[Any, Any],
    data: Ingested,
    bounds: list[tuple[int, int]],
    chunks: list[Chunk],
    journal: Journal,
    wait: Callable[[str], Flow[None]],
    webhook_url: str | None,
) -> Flow[tuple[list[str], set[int]]]:
    """Steps 3 to 5: every chunk's batch id, re-attached, reconciled or newly submitted; and the
    chunks whose batch an earlier run submitted."""
    kind = spec.product.kind
    price = credits_per_item(kind)

    def submission(n: int) -> Submission:
        lo, hi = bounds[n]
        call = chunk_call(spec, data, lo, hi, webhook_url)
        wanted = Wanted(call.operation, hi - lo, (hi - lo) * price if price else None, journal.batch_ids())
        describe = f"{kind} chunk {n + 1} of {len(chunks)} ({hi - lo:,} unique items)"

        def prove(batch_id: str) -> Flow[Verdict]:
            # reverse lookup leaves out what it did not find: only the others list every item
            lists_every_item = not spec.positional
            return prove_flow(spec.product, spec.result_key, lists_every_item, data, (lo, hi), batch_id, wait)

        return Submission(call, spec.batch_id_of, chunks[n], wanted, describe, prove)

    known: list[str | None] = []
    for n, chunk in enumerate(chunks):
        batch_id = journal.find(chunk)
        if batch_id is None and journal.unresolved(chunk):
            batch_id = yield from resolve_flow(submission(n), journal)
        known.append(batch_id)
    yield from check_balance_flow(
        kind, new_items=sum(c.size for c, b in zip(chunks, known, strict=True) if b is None)
    )
    batch_ids: list[str] = []
    for n, batch_id in enumerate(known):
        if batch_id is None:
            batch_id = yield from submit_flow(submission(n), journal)
        batch_ids.append(batch_id)
    return batch_ids, {n for n, batch_id in enumerate(known) if batch_id is not None}


def _encode(value: Any) -> Any:
    """A settled value as JSON for the journal: None, ["u", reason] or ["r", result]."""
    if value is None:
        return None
    if value.__class__ is Unattributed:
        return ["u", str(value)]
    return ["r", value]


def _decode(value: Any) -> Any:
    if isinstance(value, list) and len(value) == 2:
        return Unattributed(value[1]) if value[0] == "u" else value[1]
    return None


class _Checkpoints:
    """Writes checkpoints of one run (step 7)."""

    def __init__(self, journal: Journal, run: str, emitter: Emitter) -> None:
        self.journal, self.run, self.emitter = journal, run, emitter
        self.last = float("-inf")
        self.kept: set[int] = set()  # unique items whose result is already in the journal

    def resume(self, unique_count: int, row_count: int, bounds: list[tuple[int, int]]) -> Checkpoint | None:
        """The journal's checkpoint for this run, applied to the emitter (None: start afresh)."""
        point = self.journal.resume_point(self.run)
        if point is None or not _fits(point, unique_count, row_count, bounds):
            return None
        held = self.journal.held(self.run)
        self.kept.update(held)
        self.emitter.restore(point.frontier, point.row, {k: _decode(v) for k, v in held.items()})
        return point

    def save(self, chunk: int, page: int, *, force: bool = False) -> None:
        now = time.monotonic()
        emitter = self.emitter
        if (not force and now - self.last < CHECKPOINT_INTERVAL) or not emitter.clean:
            return
        fresh = {
            unique: _encode(value) for unique, value in emitter.settled.items() if unique not in self.kept
        }
        if fresh:
            self.journal.hold(self.run, fresh)
            self.kept.update(fresh)
        self.journal.checkpoint(Checkpoint(self.run, chunk, page, emitter.frontier, emitter.row))
        self.last = now


def _fits(point: Checkpoint, unique_count: int, row_count: int, bounds: list[tuple[int, int]]) -> bool:
    if point.page < 1 or not 0 <= point.row <= row_count or not 0 <= point.chunk <= len(bounds):
        return False
    if point.chunk == len(bounds):
        return point.frontier == unique_count
    lo, hi = bounds[point.chunk]
    return lo <= point.frontier <= hi


class _Reader:
    """Steps 6 and 7: wait for each chunk, read its results, emit rows in input order."""

    def __init__(
        self,
        spec: PipelineSpec[Any, Any],
        data: Ingested,
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
        reorder_window: int,
        reattached: set[int],
    ) -> None:
        self.spec = spec
        self.product: BatchProduct[Any, Any] = spec.product
        self.emitter = Emitter(data, spec.product.item_model, spec.positional)
        self.timeout, self.poll_interval, self.on_progress = timeout, poll_interval, on_progress
        self.window = reorder_window if spec.ordered else NEVER
        self.checkpoints: _Checkpoints | None = None
        self.reattached = reattached  # chunks whose batch an earlier run submitted
        self.memory = Releaser(RELEASE_EVERY_PAGES)

    def read_all(
        self,
        bounds: list[tuple[int, int]],
        chunks: list[Chunk],
        batch_ids: list[str],
        journal: Journal,
        run: str | None,
    ) -> Flow[None]:
        emitter = self.emitter
        start_chunk, start_page = 0, 1
        if run is not None:
            self.checkpoints = _Checkpoints(journal, run, emitter)
            point = self.checkpoints.resume(emitter.data.unique_count, emitter.data.row_count, bounds)
            if point is not None:
                start_chunk, start_page = point.chunk, point.page
        yield EmitMany(emitter.rows())  # unusable rows before the first chunk
        for n in range(start_chunk, len(chunks)):
            try:
                yield from self.read_chunk(n, bounds[n], batch_ids[n], start_page if n == start_chunk else 1)
            except NotFoundError as exc:
                if n not in self.reattached:
                    raise
                raise JournalStaleError(
                    f"the journal says chunk {n + 1} of this input was submitted as batch {batch_ids[n]}, "
                    f"and the API does not know that batch ({exc.message}); if it expired, delete the "
                    "journal to start afresh (which submits again)"
                ) from exc
            journal.completed(chunks[n], batch_ids[n])
        yield EmitMany(emitter.rows())  # trailing unusable rows

    def wait(self, batch_id: str) -> Flow[None]:
        yield from wait_batch_flow(self.product, batch_id, self.timeout, self.poll_interval, self.on_progress)

    def read_chunk(self, n: int, bounds: tuple[int, int], batch_id: str, first_page: int) -> Flow[None]:
        spec, product, emitter, checkpoints = self.spec, self.product, self.emitter, self.checkpoints
        lo, hi = bounds
        if not spec.positional:  # the API lists every item it was sent (reverse lookup does not)
            emitter.missing = Unattributed(f"no result: batch {batch_id} returned none for this item")
        if first_page == 1:
            yield from self.wait(batch_id)
        result_key, key_field = spec.result_key, spec.key_field
        unnamed: list[Raw] = []  # results that name no input (positional products only)
        keep_unnamed = unnamed if spec.positional else None
        named = 0
        page = first_page
        ahead: dict[int, Call[RawPage]] = {}  # pages requested in the background

        def make(number: int) -> Call[RawPage]:
            return product.raw_results_call(batch_id, number, RESULTS_PAGE_MAX)

        while True:
            raw: RawPage = yield from read_patiently(lambda number=page: make(number), ahead.pop(page, None))  # type: ignore[misc]
            more = bool(raw.items) and has_more_by_count(
                page, RESULTS_PAGE_MAX, len(raw.items), raw.total, None
            )
            if more:
                # keep up to PREFETCH_DEPTH pages in flight, never past the last page when it is known
                last = page + 1 if raw.total is None else -(-raw.total // RESULTS_PAGE_MAX)
                for upcoming in range(page + 1, min(page + PREFETCH_DEPTH, last) + 1):
                    if upcoming not in ahead:
                        ahead[upcoming] = make(upcoming)
                        yield Prefetch(ahead[upcoming])
            named += emitter.take(raw.items, lo, hi, result_key, keep_unnamed, key_field)
            self.memory.tick()
            if not unnamed:
                emitter.settle(hi, self.window)
                yield EmitMany(emitter.rows())
                # the caller has taken every row so far: a place to resume from
                if checkpoints is not None and more and not spec.positional:
                    checkpoints.save(n, page + 1)
            if not more:
                break
            page += 1
        yield from _collect(ahead)
        if unnamed:
            _attribute_by_position(emitter, unnamed, named, lo, hi, batch_id)
        emitter.settle(hi, None)  # the chunk is over: whatever did not come back is not found
        yield EmitMany(emitter.rows())
        if checkpoints is not None:
            checkpoints.save(n + 1, 1, force=True)


def wait_batch_flow(
    product: BatchProduct[Any, Any],
    batch_id: str,
    timeout: float | None,
    poll_interval: float | None,
    on_progress: ProgressCallback | None,
) -> Flow[None]:
    """Poll until the batch is done, polling again after transient failures."""
    deadline = None if timeout is None else time.monotonic() + timeout
    attempt = 0
    while True:
        left = timeout
        if attempt and deadline is not None:  # polling again after a failure: what is left
            left = max(0.0, deadline - time.monotonic())
        try:
            yield from wait_flow(
                job_id=batch_id,
                kind=product.kind,
                status_call=lambda: product.status_call(batch_id),
                policy=BATCH_POLLING,
                timeout=left,
                poll_interval=poll_interval,
                on_progress=on_progress,
                remember=_ignore,
            )
            return
        except APIError as exc:
            attempt += 1
            pause = pause_after(exc, attempt)
            if attempt >= READ_ATTEMPTS or not is_transient(exc) or pause is None:
                raise
            if deadline is not None:  # never pause past the wait's deadline (it then times out)
                pause = min(pause, max(0.0, deadline - time.monotonic()))
            yield Sleep(pause)


def _collect(ahead: dict[int, Call[RawPage]]) -> Flow[None]:
    """Take the answers of pages prefetched past the last result (a batch whose totalItems counts
    items the pages leave out: its last pages come back empty). The driver holds a prefetched
    page until the flow asks for it: asked for here, it is not kept for the rest of the run."""
    for call in ahead.values():
        with contextlib.suppress(APIError):  # a page past the end: its failure changes nothing
            yield call


def _attribute_by_position(
    emitter: Emitter, unnamed: list[Raw], named: int, lo: int, hi: int, batch_id: str
) -> None:
    """Results listed in submission order without naming their input: exact when the API
    listed one per item; otherwise which items it left out cannot be known."""
    if named == 0 and len(unnamed) == hi - lo:
        for offset, result in enumerate(unnamed):
            emitter.receive(lo + offset, result)
        return
    reason = Unattributed(
        f"unattributed: batch {batch_id} returned {len(unnamed)} results for {hi - lo} items without "
        f"naming them, so they cannot be matched to rows; read them with .batch({batch_id!r}).results()"
    )
    for unique in range(max(lo, emitter.frontier), hi):
        emitter.receive(unique, reason)


def _ignore(status: JobStatus) -> None:
    return None
