"""A batch command writing to standard output, run with standard output closed (`>&-`, a
daemon or cron job without one): it read the input, submitted the job (credits reserved), waited,
then failed with `unexpected AttributeError: 'NoneType' object has no attribute 'isatty'` (exit
6). Where the output would go is checked before anything is sent, as a bad -o is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import Org, cli_env


def test_a_closed_standard_output_is_refused_before_the_submit(org: Org, tmp_path: Path) -> None:
    source = tmp_path / "emails.csv"
    source.write_text("email\nada@figma.com\n")
    env = cli_env(org, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", "email-validation", "batch", str(source)],
        env=env,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),  # noqa: PLW1509 (the child's own standard output)
        timeout=60,
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "standard output" in stderr, stderr
    assert "unexpected" not in stderr, stderr
    org.assert_untouched()
