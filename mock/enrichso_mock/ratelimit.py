"""Per-organization rate limits of the documented plans (docs/api-notes.md 6), on the organization's clock.

Every request counts against the plan's global burst (per second) and sustained (rolling 60 s)
windows; operations of the "enrichment" and "bulk" categories also count against their category's
overrides. The response headers describe the tightest window; Reset is in seconds.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass

ENRICHMENT, BULK = "enrichment", "bulk"
UNLIMITED_PER_MINUTE = 1_000_000


@dataclass(frozen=True)
class Window:
    limit: int
    seconds: float


@dataclass(frozen=True)
class Plan:
    name: str
    windows: dict[str | None, tuple[Window, ...]]  # category (None = global) -> windows


def _plan(
    name: str, burst: int, sustained: int, enrichment: int | None, bulk: tuple[int, int] | None
) -> Plan:
    windows: dict[str | None, tuple[Window, ...]] = {None: (Window(burst, 1.0), Window(sustained, 60.0))}
    if enrichment is not None:
        windows[ENRICHMENT] = (Window(enrichment, 60.0),)
    if bulk is not None:
        windows[BULK] = (Window(bulk[0], 1.0), Window(bulk[1], 60.0))
    return Plan(name, windows)


PLANS: dict[str, Plan] = {
    "free": _plan("free", 5, 60, 10, (1, 2)),
    "growth": _plan("growth", 25, 300, 100, (3, 10)),
    "scale": _plan("scale", 50, 1_000, 500, (5, 20)),
    "pro": _plan("pro", 100, 5_000, 2_000, (10, 50)),
    "enterprise": _plan("enterprise", 200, 10_000, None, None),
    "unlimited": Plan("unlimited", {None: (Window(UNLIMITED_PER_MINUTE, 60.0),)}),
}


def plan_named(name: str) -> Plan:
    try:
        return PLANS[name.lower()]
    except KeyError:
        raise ValueError(f"unknown plan {name!r}; choose one of {', '.join(PLANS)}") from None


@dataclass(frozen=True)
class Decision:
    allowed: bool
    headers: dict[str, str]
    retry_after: int = 0


class RateLimiter:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._hits: dict[tuple[str | None, Window], deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, category: str | None, now: float) -> Decision:
        """Count one request at `now` unless a window is full."""
        with self._lock:
            windows: list[tuple[str | None, Window]] = [(None, w) for w in self.plan.windows[None]]
            if category is not None:
                windows += [(category, w) for w in self.plan.windows.get(category, ())]
            queues = [self._queue(key, now) for key in windows]
            for (_, window), queue in zip(windows, queues, strict=True):
                if len(queue) >= window.limit:
                    retry_after = max(1, math.ceil(queue[0] + window.seconds - now))
                    return Decision(False, _headers(window, queue, now), retry_after)
            for queue in queues:
                queue.append(now)
            tightest = min(
                zip(windows, queues, strict=True),
                key=lambda wq: (wq[0][1].limit - len(wq[1]), -wq[0][1].seconds),
            )
            return Decision(True, _headers(tightest[0][1], tightest[1], now))

    def peek(self, category: str | None, now: float) -> dict[str, str]:
        """The headers a call would see, without counting one."""
        with self._lock:
            windows: list[tuple[str | None, Window]] = [(None, w) for w in self.plan.windows[None]]
            if category is not None:
                windows += [(category, w) for w in self.plan.windows.get(category, ())]
            queues = [self._queue(key, now) for key in windows]
            tightest = min(
                zip(windows, queues, strict=True),
                key=lambda wq: (wq[0][1].limit - len(wq[1]), -wq[0][1].seconds),
            )
            return _headers(tightest[0][1], tightest[1], now)

    def _queue(self, key: tuple[str | None, Window], now: float) -> deque[float]:
        queue = self._hits.setdefault(key, deque())
        horizon = now - key[1].seconds
        while queue and queue[0] <= horizon:
            queue.popleft()
        return queue


def _headers(window: Window, queue: deque[float], now: float) -> dict[str, str]:
    reset = math.ceil(queue[0] + window.seconds - now) if queue else math.ceil(window.seconds)
    return {
        "X-RateLimit-Limit": str(window.limit),
        "X-RateLimit-Remaining": str(max(0, window.limit - len(queue))),
        "X-RateLimit-Reset": str(max(0, reset)),
    }
