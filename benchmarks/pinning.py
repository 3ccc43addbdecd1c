"""Which CPUs the simulator and the measured process run on.

On a small machine the simulator and the measured client share the cores; when they run on the
same core at once each slows the other, and the CPU time a child is charged for the same work
moved by up to 45% between runs (measured on 2 cores). Pinning the simulator to one CPU and the
measured children to the others takes that out: on the same machine the bare script's CPU at
100,000 rows varied 0.69-0.98 s unpinned and 0.86-0.96 s pinned. Where the OS has no CPU
affinity (macOS, Windows) or there is one CPU, nothing is pinned.
"""

from __future__ import annotations

import os

_split: tuple[set[int], set[int]] | None = None
_enabled = True


def disable() -> None:
    """Run everything where the OS puts it (scripts/bench --no-pin)."""
    global _enabled
    _enabled = False


def split() -> tuple[set[int], set[int]] | None:
    """(the simulator's CPUs, the measured children's CPUs), or None when not pinning."""
    global _split
    if not _enabled or not hasattr(os, "sched_getaffinity"):
        return None
    if _split is None:
        cpus = sorted(os.sched_getaffinity(0))
        if len(cpus) < 2:
            return None
        _split = ({cpus[-1]}, set(cpus[:-1]))
    return _split


def pin_simulator(pid: int) -> None:
    chosen = split()
    if chosen is not None:
        os.sched_setaffinity(pid, chosen[0])


def pin_measured(pid: int) -> None:
    """Called right after the child starts: its imports may begin elsewhere, the rest runs here."""
    chosen = split()
    if chosen is not None:
        os.sched_setaffinity(pid, chosen[1])


def describe() -> str:
    chosen = split()
    if chosen is None:
        return "not pinned"
    return f"simulator on CPU {sorted(chosen[0])}, measured processes on CPU {sorted(chosen[1])}"
