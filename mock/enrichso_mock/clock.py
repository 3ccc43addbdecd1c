"""A clock per organization: real time multiplied by `speed`, plus manual advances.

Everything time-dependent (batch progress, webhook pacing, rate-limit windows, timestamps) reads
this clock, so a test can jump forward with POST /_mock/clock instead of sleeping.
"""

from __future__ import annotations

import math
import threading
import time
from datetime import UTC, datetime

YEAR = 365.25 * 86_400
MAX_ADVANCE = 10 * YEAR  # one manual advance
# How far the clock may be moved from its start in all: every answer carries timestamps, and a
# date past year 9999 cannot be written, so without a horizon one absurd advance breaks every call.
HORIZON = 1_000 * YEAR
MAX_SPEED = 1e6


class Clock:
    def __init__(self, speed: float = 1.0) -> None:
        if not (math.isfinite(speed) and 0 < speed <= MAX_SPEED):
            raise ValueError(f"speed must be a number above 0 and at most {MAX_SPEED:g}")
        self.speed = speed
        self._lock = threading.Lock()
        self._origin = time.monotonic()
        self._wall_origin = time.time()
        self._advanced = 0.0

    def now(self) -> float:
        """Simulated seconds since the organization was created."""
        return (time.monotonic() - self._origin) * self.speed + self._advanced

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds`; ValueError (nothing moves) for a negative, non-finite or
        over-10-years step, or one that would pass the horizon."""
        if not (math.isfinite(seconds) and 0 <= seconds <= MAX_ADVANCE):
            raise ValueError("advance must be a number of seconds between 0 and 10 years (315576000)")
        with self._lock:
            if self.now() + seconds > HORIZON:
                raise ValueError("the clock cannot be moved past its horizon (1000 years from its start)")
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
