"""Standard output on a full device (`enrichso validate ... > /dev/full`, a full disk behind `>`):
`unexpected OSError: [Errno 28] No space left on device`, exit 6 (a server error). It is the
output that could not be written: exit 10 (README: exit codes), saying so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Org

FULL = Path("/dev/full")  # opened for writing as the child's stdout, never replaced


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    "command", [["wallet", "balance"], ["--json", "validate", "ada@figma.com"]], ids=" ".join
)
def test_an_answer_that_cannot_be_written_exits_10(org: Org, tmp_path: Path, command: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(ENRICH_API_KEY=org.api_key, ENRICH_BASE_URL=org.base_url, XDG_CACHE_HOME=str(tmp_path / "c"))
    with FULL.open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "enrichso.cli", *command],
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    stderr = done.stderr.decode()
    assert done.returncode == 10, stderr
    assert "cannot write the output: No space left on device" in stderr, stderr
    assert "unexpected" not in stderr, stderr
