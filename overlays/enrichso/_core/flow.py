"""Multi-step logic written once, run by a sync or an async driver (sans-IO).

A flow is a generator that yields effects and receives their results:
- a Call: the driver executes it and sends back the parsed value (or throws the APIError into
  the flow, so the flow can decide, e.g. a poll that keeps waiting through a long rate limit);
- Prefetch(call): the driver starts the call in the background and sends back None at once; when
  the flow later yields that same Call object, it gets the background result (a results page
  downloads while the caller consumes the previous one);
- Sleep(seconds): the driver sleeps (time.sleep or anyio.sleep) and sends back None;
- Emit(item) / EmitMany(items): items for the caller of an iterator flow (Stream / AsyncStream).
Its return value is the result of run_sync / run_async.

Pagination, job polling and the *_many pipelines are flows; so the same code serves Enrich and
AsyncEnrich.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from itertools import chain
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from ..errors import APIError
from .call import Call
from .config import logger
from .transport import AsyncTransport, SyncTransport

if TYPE_CHECKING:
    import asyncio  # imported when an async flow prefetches: a sync client never pays for it

T = TypeVar("T")
R = TypeVar("R")


# The effects are named tuples, not frozen dataclasses: a process makes each class once at import,
# where a frozen dataclass costs about six times as much to create (start-up, see benchmarks).
class Sleep(NamedTuple):
    seconds: float
    why: str = ""  # said in the log when the pause is long


# Pauses at least this long are logged (INFO), so a quiet wait is never a silent hang.
LONG_SLEEP = 60.0
# No single pause is longer than this, whatever asked for it (a server's Retry-After included).
MAX_SLEEP = 300.0


def sleep_seconds(effect: Sleep) -> float:
    """The pause a driver takes: finite, between 0 and MAX_SLEEP, logged when long."""
    seconds = effect.seconds
    if not 0.0 <= seconds <= MAX_SLEEP:  # also false for nan
        seconds = MAX_SLEEP if seconds > MAX_SLEEP else 0.0
    if seconds >= LONG_SLEEP:
        logger.info("waiting %.0f s%s", seconds, f" ({effect.why})" if effect.why else "")
    return seconds


class Prefetch(NamedTuple):
    call: Call[Any]


class Emit(NamedTuple, Generic[T]):
    item: T


class EmitMany(NamedTuple, Generic[T]):
    items: Iterable[T]


Effect = Call[Any] | Prefetch | Sleep | Emit[Any] | EmitMany[Any]
Flow = Generator[Effect, Any, R]
Emission = Emit[Any] | EmitMany[Any]


class _Done(NamedTuple):
    value: Any


def _step(flow: Flow[Any], value: Any = None, error: BaseException | None = None) -> Effect | _Done:
    """Resume the flow with a value (or an error); its return becomes _Done instead of StopIteration
    (which must not cross a coroutine boundary)."""
    try:
        return flow.throw(error) if error is not None else flow.send(value)
    except StopIteration as stop:
        return _Done(stop.value)


# One background thread per process is enough: it only ever holds the next results page.
_PREFETCHER: ThreadPoolExecutor | None = None


def _prefetcher() -> ThreadPoolExecutor:
    global _PREFETCHER
    if _PREFETCHER is None:
        _PREFETCHER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="enrichso-prefetch")
    return _PREFETCHER


class _SyncDriver:
    """Performs effects for one flow on the sync transport."""

    def __init__(self, transport: SyncTransport) -> None:
        self.transport = transport
        # keyed by the Call itself (not id(): a freed Call's id is reused by the next one)
        self.pending: dict[Call[Any], Future[Any]] = {}

    def advance(self, flow: Flow[Any], effect: Effect | _Done) -> Emission | _Done:
        """Perform Call/Prefetch/Sleep effects until the flow emits or ends."""
        transport = self.transport
        while True:
            if isinstance(effect, Call):
                future = self.pending.pop(effect, None)
                try:
                    value = future.result() if future is not None else transport.request(effect)
                except APIError as exc:
                    effect = _step(flow, error=exc)
                    continue
                effect = _step(flow, value)
            elif isinstance(effect, Prefetch):
                self.pending[effect.call] = _prefetcher().submit(transport.request, effect.call)
                effect = _step(flow)
            elif isinstance(effect, Sleep):
                transport.sleep(sleep_seconds(effect))
                effect = _step(flow)
            else:
                return effect


class _AsyncDriver:
    """Performs effects for one flow on the async transport (prefetch needs asyncio; elsewhere,
    e.g. under trio, a prefetched call simply runs when it is needed)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self.transport = transport
        self.pending: dict[Call[Any], asyncio.Task[Any]] = {}

    async def advance(self, flow: Flow[Any], effect: Effect | _Done) -> Emission | _Done:
        transport = self.transport
        while True:
            if isinstance(effect, Call):
                task = self.pending.pop(effect, None)
                try:
                    value = await task if task is not None else await transport.request(effect)
                except APIError as exc:
                    effect = _step(flow, error=exc)
                    continue
                effect = _step(flow, value)
            elif isinstance(effect, Prefetch):
                import asyncio

                try:
                    loop = asyncio.get_running_loop()
                except RuntimeError:
                    loop = None
                if loop is not None:
                    self.pending[effect.call] = loop.create_task(transport.request(effect.call))
                effect = _step(flow)
            elif isinstance(effect, Sleep):
                await transport.sleep(sleep_seconds(effect))
                effect = _step(flow)
            else:
                return effect


def run_sync(transport: SyncTransport, flow: Flow[R]) -> R:
    """Run a flow that emits nothing to completion and return its value."""
    outcome = _SyncDriver(transport).advance(flow, _step(flow))
    if not isinstance(outcome, _Done):
        raise RuntimeError(f"flow emitted {outcome!r} where no emission was expected")
    return outcome.value  # type: ignore[no-any-return]


async def run_async(transport: AsyncTransport, flow: Flow[R]) -> R:
    outcome = await _AsyncDriver(transport).advance(flow, _step(flow))
    if not isinstance(outcome, _Done):
        raise RuntimeError(f"flow emitted {outcome!r} where no emission was expected")
    return outcome.value  # type: ignore[no-any-return]


def _emitted(driver: _SyncDriver, flow: Flow[Any]) -> Iterable[Any] | None:
    """The next batch a flow emits; None when it is over. An error that escapes the driver (one
    the flow did not raise itself: Ctrl-C during a request, say) ends the flow, which could not go
    on from where it stopped: its `finally` blocks run now rather than whenever it is freed."""
    try:
        outcome = driver.advance(flow, _step(flow))
    except BaseException:
        flow.close()
        raise
    if isinstance(outcome, _Done):
        return None
    if isinstance(outcome, Emit):
        return (outcome.item,)
    return outcome.items


class Stream(Iterator[T]):
    """A lazy iterator over the items a flow emits; nothing is requested before the first next().

    `for item in stream` iterates `self._items`, a C-level chain of the emitted batches (a *_many
    pipeline emits a page of rows at a time): no Python call per item, only per batch. next(stream)
    takes from the same chain, so the two can be mixed."""

    def __init__(self, transport: SyncTransport, flow: Flow[Any]) -> None:
        self._driver = _SyncDriver(transport)
        self._flow = flow
        # no reference back to the stream (a bound method would make a cycle): a stream the
        # caller drops is freed at once, and so is its flow, which then runs its `finally`
        # blocks (a *_many run frees its journal for the next run) without waiting for the
        # garbage collector
        self._items: Iterator[T] = chain.from_iterable(iter(partial(_emitted, self._driver, flow), None))

    def __iter__(self) -> Iterator[T]:
        return self._items

    def __next__(self) -> T:
        return next(self._items)

    def close(self) -> None:
        """Stop early; no further requests are made."""
        self._flow.close()


class AsyncStream(AsyncIterator[T]):
    """The async twin of Stream (`async for`)."""

    def __init__(self, transport: AsyncTransport, flow: Flow[Any]) -> None:
        self._driver = _AsyncDriver(transport)
        self._flow = flow
        self._buffer: Iterator[T] = iter(())

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __anext__(self) -> T:
        for item in self._buffer:
            return item
        while True:
            try:
                outcome = await self._driver.advance(self._flow, _step(self._flow))
            except BaseException:  # as in _emitted: the flow cannot go on
                for task in self._driver.pending.values():
                    task.cancel()
                self._flow.close()
                raise
            if isinstance(outcome, Emit):
                return outcome.item  # type: ignore[no-any-return]
            if isinstance(outcome, _Done):
                raise StopAsyncIteration
            self._buffer = iter(outcome.items)
            for item in self._buffer:
                return item

    async def aclose(self) -> None:
        for task in self._driver.pending.values():
            task.cancel()
        self._flow.close()
