"""`enrichso <product> batch FILE --format parquet` with standard output a terminal. Parquet is
binary: the command refuses to print it to a terminal ("write it to a file (-o NAME.parquet) or
to a pipe"), but it did so only when the rows were to be written: after the batch was submitted
and paid for, with exit 2, which the help says means "usage or bad input (nothing submitted)".
Refused before anything is sent, like the other output problems the command can see at start."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from .conftest import Org, cli_env


def test_parquet_to_a_terminal_is_refused_before_the_submit(org: Org, tmp_path: Path) -> None:
    source = tmp_path / "emails.csv"
    source.write_text("email\nada@figma.com\n")
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "enrichso.cli",
                "email-validation",
                "batch",
                str(source),
                "--format",
                "parquet",
            ],
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=subprocess.PIPE,
            env=cli_env(org, tmp_path),
            timeout=60,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "Parquet is binary" in stderr, stderr
    org.assert_untouched()
