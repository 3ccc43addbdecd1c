"""`--mock-speed 0` (or -1, nan, inf, 2e6): the input was read and checked, then the simulator
refused the speed as `unexpected ValueError: speed must be a number above 0 and at most 1e+06`
(exit 6, a server error). It is a usage error the parser names (exit 2), before anything else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("speed", ["0", "-1", "nan", "inf", "2e6"])
def test_a_mock_speed_the_simulator_cannot_run_is_a_usage_error(tmp_path: Path, speed: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\nada@figma.com\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "enrichso.cli",
            "--mock",
            "--mock-speed",
            speed,
            "email-validation",
            "batch",
            str(source),
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "--mock-speed" in stderr and "unexpected" not in stderr, stderr
