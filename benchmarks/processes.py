"""Running one measured child process: wall time, CPU time and exact peak RSS (os.wait4's rusage).

A child prints one JSON object as the last line of its stdout (its own phase timings and checks);
everything about its resources is measured from outside.

Linux folds the peak RSS of the process image a child is exec'd from into the child's
`ru_maxrss` (on exec the old memory map's high-water mark is kept; with vfork that map is the
parent's). So a child's figure is at least the PARENT's peak RSS: the parent must stay small (it
hashes the outputs block by block, never reading a file whole), and every run records the
parent's peak so the report can tell when a figure might be the parent's rather than the child's.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import pinning
from .simulator import REPO


@dataclass(frozen=True)
class ChildRun:
    wall: float  # seconds, from spawn to exit
    cpu: float  # user + system seconds of the child
    peak_rss_mib: float  # ru_maxrss of the child (Linux reports KiB)
    report: dict[str, Any] = field(default_factory=dict)
    parent_peak_rss_mib: float = 0.0  # the parent's own peak when the child started (see above)


class ChildFailed(RuntimeError):
    pass


def run_child(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    unset: Sequence[str] = (),
    cwd: Path = REPO,
) -> ChildRun:
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(env or {})
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), environment.get("PYTHONPATH")]))
    parent_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    child = subprocess.Popen(
        list(command), cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    pinning.pin_measured(child.pid)
    # Read the pipes while the child runs (a full pipe would block it), then reap it with wait4.
    stdout, stderr = _drain(child)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise ChildFailed(
            f"{' '.join(command)} exited {child.returncode}:\n{stderr.decode(errors='replace')[-3000:]}"
        )
    lines = [line for line in stdout.decode().splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else {}
    return ChildRun(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, report, parent_peak)


def file_digest(path: Path) -> str:
    """sha256 of a file, read block by block (the parent must not grow: see the module docstring)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _drain(child: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    chunks: dict[str, bytes] = {}

    def read(name: str, stream: Any) -> None:
        chunks[name] = stream.read()

    readers = [
        threading.Thread(target=read, args=("out", child.stdout)),
        threading.Thread(target=read, args=("err", child.stderr)),
    ]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    return chunks["out"], chunks["err"]
