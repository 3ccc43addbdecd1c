"""Median and spread of repeated measurements (the machine is shared and noisy: never one figure)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    median: float
    low: float
    high: float
    count: int

    def text(self, digits: int = 3, unit: str = "") -> str:
        return (
            f"{self.median:.{digits}f}{unit} (min {self.low:.{digits}f}, max {self.high:.{digits}f}, "
            f"n={self.count})"
        )

    def as_json(self, digits: int = 4) -> dict[str, float | int]:
        return {
            "median": round(self.median, digits),
            "min": round(self.low, digits),
            "max": round(self.high, digits),
            "n": self.count,
        }


def summarise(values: Sequence[float]) -> Summary:
    if not values:
        raise ValueError("nothing to summarise")
    return Summary(statistics.median(values), min(values), max(values), len(values))


def paired_ratios(numerators: Sequence[float], denominators: Sequence[float]) -> Summary:
    """Round by round ratios (each pair ran back to back, so they saw the same machine load)."""
    return summarise([n / d for n, d in zip(numerators, denominators, strict=True)])
