"""`mock serve --port 99999` (or -1) and `webhooks listen --port 99999`: `unexpected OverflowError:
bind(): port must be 0-65535` (exit 6, a server error). A port outside 0-65535 is a usage error
(exit 2), named by the parser."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("command", [["mock", "serve"], ["webhooks", "listen"]], ids=" ".join)
@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_a_port_outside_the_range_is_a_usage_error(command: list[str], port: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", *command, "--port", port],
        capture_output=True,
        timeout=60,
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "--port" in stderr and "unexpected" not in stderr, stderr
