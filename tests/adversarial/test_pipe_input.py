"""An input FILE that is a pipe: `enrichso ... batch <(grep ... leads.csv)` or a named pipe.
The command reads its input twice (check, then write), which a pipe cannot give; standard input
is spooled to a temporary file first, a pipe by its path is not."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from pathlib import Path

from tests.cli import conftest as cli_conftest

from .conftest import Org

CONTENT = b"email\nann@example.com\nbob@example.com\n"


def _env(org: Org) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(
        ENRICH_API_KEY=org.api_key,
        ENRICH_BASE_URL=org.base_url,
        NO_COLOR="1",
        XDG_CACHE_HOME=str(cli_conftest._CACHE),
    )
    return env


def test_process_substitution_input_is_read(org: Org, tmp_path: Path) -> None:
    # what bash passes for <(cat in.csv): /dev/fd/N, the read end of a pipe
    read, write = os.pipe()
    os.write(write, CONTENT)
    os.close(write)
    out = tmp_path / "out.csv"
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "enrichso.cli",
                "email-validation",
                "batch",
                f"/dev/fd/{read}",
                "--input-format",
                "csv",
                "-o",
                str(out),
            ],
            pass_fds=(read,),
            capture_output=True,
            env=_env(org),
            timeout=30,
            check=False,
        )
    finally:
        os.close(read)
    stderr = done.stderr.decode()
    # today: exit 2, "the file has no rows (only blank lines)", which is untrue
    assert "no rows" not in stderr, stderr
    assert done.returncode == 0, stderr
    assert out.read_text().splitlines()[1:] and len(out.read_text().splitlines()) == 3


def test_a_named_pipe_input_does_not_hang(org: Org, tmp_path: Path) -> None:
    fifo = tmp_path / "in.csv"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as handle:  # waits for the command to open it
            handle.write(CONTENT)

    threading.Thread(target=feed, daemon=True).start()
    out = tmp_path / "out.csv"
    try:
        done = subprocess.run(
            [sys.executable, "-m", "enrichso.cli", "email-validation", "batch", str(fifo), "-o", str(out)],
            capture_output=True,
            env=_env(org),
            timeout=20,
            check=False,
        )
    except subprocess.TimeoutExpired:
        # today: the second open of the FIFO waits forever for a writer that is gone
        raise AssertionError("the command hung on a named pipe given as its input") from None
    finally:
        with contextlib.suppress(OSError):  # unblock the feeder if the command never opened the pipe
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    assert done.returncode == 0, done.stderr.decode()
    assert len(out.read_text().splitlines()) == 3
