"""Instructions each pipeline variant executes, counted by valgrind (callgrind): the steady twin of
the CPU-time figures.

On a shared machine the CPU time a process is charged for the same work moves by 10-45% from run
to run (other tenants, caches, the simulator's own bursts), more than the differences being
measured. The number of instructions a process executes does not depend on any of that: with the
same input and PYTHONHASHSEED it comes out within a fraction of a percent from run to run. It is
not CPU time (a cache miss costs no instruction, the kernel's work is not counted), so the report
shows both. About 60x slower than a plain run: sizes of 20,000 and 100,000 rows take minutes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence

COLLECTED = re.compile(rb"Collected : (\d+)")


def available() -> bool:
    return shutil.which("valgrind") is not None


def count(command: Sequence[str], *, env: Mapping[str, str], unset: Sequence[str] = ()) -> int:
    """The instructions `command` executes (all its threads), under callgrind."""
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(env)
    environment["PYTHONHASHSEED"] = "0"  # the same string hashes, so the same key-table probes
    wrapped = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command]
    done = subprocess.run(wrapped, env=environment, capture_output=True, check=False)
    found = COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(
            f"{' '.join(command)} under valgrind: {done.stderr.decode(errors='replace')[-2000:]}"
        )
    return int(found.group(1))


def summarise(counts: Mapping[int, Mapping[str, int]], baseline: str) -> dict[str, object]:
    """Ratios to the baseline at each size, and per row between the smallest and largest size."""
    sizes = sorted(counts)
    figures: dict[str, object] = {
        "instructions": {str(size): dict(counts[size]) for size in sizes},
        "ratio": {
            str(size): {
                v: round(n / counts[size][baseline], 4) for v, n in counts[size].items() if v != baseline
            }
            for size in sizes
        },
    }
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        per_row = {v: (counts[large][v] - counts[small][v]) / (large - small) for v in counts[large]}
        figures["per_row"] = {
            "rows": [small, large],
            "instructions_per_row": {v: round(n) for v, n in per_row.items()},
            "ratio": {v: round(n / per_row[baseline], 4) for v, n in per_row.items() if v != baseline},
        }
    return figures
