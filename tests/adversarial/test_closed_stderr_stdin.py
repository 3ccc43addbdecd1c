"""Standard error or standard input closed (`2>&-`, `<&-`: daemons, cron jobs, supervisors):

- with stderr closed, Python sets sys.stderr to None, and `print(..., file=sys.stderr)` then
  prints to standard output: every remark ("enrichso: in.csv: 2 rows...", "wrote 2 rows") went
  into the CSV the command was writing to stdout, and a script got a corrupted file (exit 0).
  Remarks and errors are now dropped (the exit code still says how it went).
- `batch -` with stdin closed: `unexpected AttributeError: 'NoneType' object has no attribute
  'buffer'` (exit 6); now a usage error before anything is sent (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import Org, cli_env


def test_with_stderr_closed_the_rows_on_stdout_stay_clean(org: Org, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\nada@figma.com\nbob@stripe.com\n")
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", "email-validation", "batch", str(source)],
        env=cli_env(org, tmp_path),
        stdout=subprocess.PIPE,
        preexec_fn=lambda: os.close(2),  # noqa: PLW1509 (the child's own standard error)
        timeout=60,
        check=False,
    )
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 0
    assert not [line for line in lines if line.startswith("enrichso")], lines
    assert [line.split(",")[0] for line in lines] == ["email", "ada@figma.com", "bob@stripe.com"]


def test_a_failure_with_stderr_closed_keeps_stdout_clean_and_its_exit_code(org: Org, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", "email-validation", "batch", str(tmp_path / "missing.csv")],
        env=cli_env(org, tmp_path),
        stdout=subprocess.PIPE,
        preexec_fn=lambda: os.close(2),  # noqa: PLW1509
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == b""


def test_batch_from_a_closed_stdin_is_a_usage_error(org: Org, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", "email-validation", "batch", "-"],
        env=cli_env(org, tmp_path),
        capture_output=True,
        preexec_fn=lambda: os.close(0),  # noqa: PLW1509 (the child's own standard input)
        timeout=60,
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "standard input is closed" in stderr, stderr
    org.assert_untouched()
