"""What one `scripts/bench` run measures: sizes, rounds and targets (full run, or --quick)."""

from __future__ import annotations

from dataclasses import dataclass

# The simulator runs 100,000x faster than real time: a 500,000-email batch (about 250 s of
# simulated work) is complete before the first status poll, so no variant ever sleeps and the
# figures measure the client's own work, not simulated waiting.
SIMULATOR_SPEED = 100_000

# httpx: the baseline of every ratio. httpx-prefetch: the same script reading the next page in a
# thread, as the SDK does (a stricter comparison, for information).
PIPELINE_VARIANTS = ("httpx", "httpx-prefetch", "sdk-raw", "sdk-model", "cli")
BASELINE = "httpx"
STRICT = "httpx-prefetch"

TARGET_SINGLE_CALL_RATIO = 1.25
TARGET_PIPELINE_RATIO = 1.15
TARGET_CPU_PER_ROW_RATIO = 1.15  # issue 16: the SDK's CPU time per row / the bare httpx script's
TARGET_PEAK_RSS_MIB = 300.0
TARGET_RSS_GROWTH_MIB = 40.0
TARGET_CONCURRENCY_SPEEDUP = 5.0
TARGET_SCALING_SPREAD = 0.20


@dataclass(frozen=True)
class Plan:
    name: str
    rounds: int
    single_calls: int
    pipeline_sizes: tuple[int, ...]  # every variant runs at every size (the scaling series)
    memory_pair: tuple[int, int]  # peak RSS compared between these two sizes
    scaling_sizes: tuple[int, ...]  # time per row compared across these sizes
    concurrency_pages: int
    concurrency_page_sizes: tuple[int, ...]  # the first (the default, 1,000) is the target's
    concurrency_delay: float  # seconds added to every results page

    @property
    def largest(self) -> int:
        return max(self.pipeline_sizes)


FULL = Plan(
    name="full",
    rounds=5,
    single_calls=2_000,
    pipeline_sizes=(10_000, 50_000, 100_000, 500_000),
    memory_pair=(50_000, 500_000),
    scaling_sizes=(10_000, 100_000, 500_000),
    concurrency_pages=64,
    concurrency_page_sizes=(1_000, 250),
    concurrency_delay=0.05,
)

QUICK = Plan(
    name="quick",
    rounds=3,
    single_calls=1_000,
    pipeline_sizes=(10_000, 50_000, 100_000),
    memory_pair=(10_000, 100_000),
    scaling_sizes=(10_000, 50_000, 100_000),
    concurrency_pages=32,
    concurrency_page_sizes=(1_000, 250),
    concurrency_delay=0.05,
)
