"""Ctrl-C in the first ~0.2 s of `enrichso ...`, while Python imports the SDK and the command tree:
the console script (pip's usual wrapper, `from enrichso.cli import main`) had no handler yet, so
Python printed a KeyboardInterrupt traceback (tens of lines) and exited -2. At any moment of
start-up, Ctrl-C now ends the command quietly with 130 (one line at most), as it does later.

Not covered, as no code can: the interpreter's own start-up before it reads the script (~10 ms,
its `site` import), where CPython itself reports a SIGINT ("Fatal Python error: init_import_site").
The delays count from the end of that start-up, measured here on a bare interpreter."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from functools import cache
from pathlib import Path

import pytest

from tests.cli.conftest import CONSOLE_SCRIPT

# From the first import to a command blocked on its input (standard input left open).
DELAYS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3)


@cache
def interpreter_start_up() -> float:
    """How long this interpreter takes to start and stop with nothing to run (the longest of 3)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - started)
    return max(times)


@pytest.mark.parametrize("delay", DELAYS)
def test_ctrl_c_during_start_up_exits_130_without_a_traceback(tmp_path: Path, delay: float) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update({"XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"})
    command = [str(CONSOLE_SCRIPT), "email-validation", "batch", "-"]  # reads stdin: waits there
    child = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    try:
        time.sleep(interpreter_start_up() + delay)
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    stderr = err.decode()
    # 130, or killed by the signal before Python handles it (what a shell also reports as 130)
    assert child.returncode in (130, -signal.SIGINT), stderr
    assert "Traceback" not in stderr, stderr
    assert len([line for line in stderr.splitlines() if line.strip()]) <= 1, stderr
