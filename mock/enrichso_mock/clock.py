"""A clock per organization: real time multiplied by `speed`, plus manual advances.

Everything time-dependent (batch progress, webhook pacing, rate-limit windows, timestamps) reads
this clock, so a test can jump forward with POST /_mock/clock instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be > 0")
        self.speed = speed
        self._lock = threading.Lock()
        self._origin = time.monotonic()
        self._wall_origin = time.time()
        self._advanced = 0.0

    def now(self) -> float:
        """Simulated seconds since the organization was created."""
        return (time.monotonic() - self._origin) * self.speed + self._advanced

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._advanced += seconds
        return self.now()

    def real_seconds(self, simulated: float) -> float:
        """How long `simulated` seconds take in real time (for pacing background work)."""
        return simulated / self.speed

    def epoch(self, at: float | None = None) -> float:
        """Unix time of simulated instant `at` (default: now)."""
        return self._wall_origin + (self.now() if at is None else at)

    def iso(self, at: float | None = None) -> str:
        return iso_timestamp(self.epoch(at))


def iso_timestamp(epoch: float) -> str:
    """2025-06-03T14:22:10.000Z, the documentation's timestamp style."""
    moment = datetime.fromtimestamp(epoch, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
