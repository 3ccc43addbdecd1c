"""Running one measured child process: wall time, CPU time and exact peak RSS (os.wait4's rusage).

A child prints one JSON object as the last line of its stdout (its own phase timings and checks);
everything about its resources is measured from outside.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .simulator import REPO


@dataclass(frozen=True)
class ChildRun:
    wall: float  # seconds, from spawn to exit
    cpu: float  # user + system seconds of the child
    peak_rss_mib: float  # ru_maxrss of the child (Linux reports KiB)
    report: dict[str, Any] = field(default_factory=dict)


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
    started = time.perf_counter()
    child = subprocess.Popen(
        list(command), cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
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
    return ChildRun(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, report)


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
