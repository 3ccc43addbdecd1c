"""`-o` that fails once the job is paid for (a full disk, a file over the size limit): the command
said `unexpected OSError: [Errno 28] No space left on device` (exit 6) and nothing about the paid
results, so the obvious next step, running it again, paid again. Now it names the output and the
error, says the results are kept in the run's journal and gives the command that finishes the
run without paying again, and exits 10 (README: exit codes); that rerun, with room or with
another -o, submits nothing. A target that cannot be written, known before the submit (no such
folder, a folder, the input itself), is refused before anything is sent (exit 2).

The full disk is simulated: a writer raising ENOSPC, or RLIMIT_FSIZE in a subprocess (EFBIG)."""

from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from enrichso.cli import run as run_cli
from enrichso.cli.batch import output

from tests.cli.conftest import Org

OUTPUT_FAILED = 10
EMAILS = ["ada@figma.com", "bob@stripe.com", "cy@notion.so", "di@hubspot.com"]


def _paid(org: Org) -> tuple[int, int]:
    """(batches submitted, deductions) so far."""
    ledger = org.ledger()
    return len(ledger["batches"]), [t["type"] for t in ledger["transactions"]].count("deduction")


@pytest.fixture
def env(org: Org, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("ENRICH_API_KEY", org.api_key)
    monkeypatch.setenv("ENRICH_BASE_URL", org.base_url)


@pytest.mark.parametrize("again", ["same -o", "another -o"])
def test_a_full_disk_after_the_submit_says_how_to_finish_and_the_rerun_pays_nothing(
    env: None,
    org: Org,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    again: str,
) -> None:
    source, target = tmp_path / "emails.csv", tmp_path / "out.csv"
    source.write_text("email\n" + "\n".join(EMAILS) + "\n")
    write_cells = output._DelimitedWriter.write_cells
    written = []

    def disk_full_at_the_third_row(self: Any, cells: Any) -> None:
        if len(written) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(cells)
        write_cells(self, cells)

    monkeypatch.setattr(output._DelimitedWriter, "write_cells", disk_full_at_the_third_row)
    monkeypatch.setattr(
        sys, "argv", ["enrichso", "email-validation", "batch", str(source), "-o", str(target)]
    )
    code = run_cli(["email-validation", "batch", str(source), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == OUTPUT_FAILED, err
    assert "No space left on device" in err and str(target) in err, err
    assert "unexpected" not in err, err
    assert f"enrichso email-validation batch {source} -o {target}" in err, err  # the command to rerun
    assert "nothing is charged again" in err, err
    assert not target.exists()
    assert _paid(org) == (1, 1)

    monkeypatch.setattr(output._DelimitedWriter, "write_cells", write_cells)  # room again
    final = target if again == "same -o" else tmp_path / "elsewhere.csv"
    code = run_cli(["email-validation", "batch", str(source), "-o", str(final)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert [line.split(",")[0] for line in final.read_text().splitlines()[1:]] == EMAILS
    assert _paid(org) == (1, 1)  # nothing submitted, nothing reserved again
    assert not list(tmp_path.glob(".*.partial"))  # the first run's partial file is gone


def test_a_file_size_limit_in_a_real_process_exits_10_and_keeps_the_results(org: Org, tmp_path: Path) -> None:
    """RLIMIT_FSIZE: a write past it fails with EFBIG (Python ignores SIGXFSZ), as a full disk's
    does with ENOSPC; the rows are wide, the journal small."""
    source, target = tmp_path / "emails.csv", tmp_path / "out.csv"
    wide = "x" * 4000
    source.write_text("email,notes\n" + "".join(f"{e},{wide}\n" for e in EMAILS * 10))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(
        ENRICH_API_KEY=org.api_key,
        ENRICH_BASE_URL=org.base_url,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        NO_COLOR="1",
    )
    limit = 100_000  # above the journal and the input, below the output (~160 kB)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = [
        sys.executable,
        "-m",
        "enrichso.cli",
        "email-validation",
        "batch",
        str(source),
        "-o",
        str(target),
    ]
    done = subprocess.run(command, env=env, capture_output=True, preexec_fn=limited, timeout=120, check=False)  # noqa: PLW1509
    err = done.stderr.decode()
    assert done.returncode == OUTPUT_FAILED, err
    assert "File too large" in err and "nothing is charged again" in err, err
    assert _paid(org) == (1, 1)
    done = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert len(target.read_text().splitlines()) == 1 + len(EMAILS) * 10
    assert _paid(org) == (1, 1)


@pytest.mark.parametrize("spelling", ["same", "dot", "link"])
def test_an_output_that_is_the_input_is_refused_before_anything_is_sent(
    enrichso: Any, org: Org, tmp_path: Path, spelling: str
) -> None:
    source = tmp_path / "emails.csv"
    text = "email\n" + "\n".join(EMAILS) + "\n"
    source.write_text(text)
    target = {
        "same": str(source),
        "dot": str(tmp_path / "." / "emails.csv"),
        "link": str(tmp_path / "hard.csv"),
    }
    if spelling == "link":
        os.link(source, tmp_path / "hard.csv")
    run = enrichso("email-validation", "batch", str(source), "-o", target[spelling])
    assert run.code == 2, run.stderr
    assert "is the input" in run.stderr, run.stderr
    assert source.read_text() == text
    org.assert_untouched()


@pytest.mark.parametrize("where", ["missing folder", "a folder", "a trailing slash"])
def test_an_output_that_cannot_be_written_is_refused_before_anything_is_sent(
    enrichso: Any, org: Org, tmp_path: Path, where: str
) -> None:
    source = tmp_path / "emails.csv"
    source.write_text("email\n" + "\n".join(EMAILS) + "\n")
    target = {
        "missing folder": str(tmp_path / "no" / "out.csv"),
        "a folder": str(tmp_path),
        "a trailing slash": str(tmp_path / "out.csv") + "/",  # Path() dropped it: out.csv was written
    }[where]
    run = enrichso("email-validation", "batch", str(source), "-o", target, "--format", "csv")
    assert run.code == 2, run.stderr
    org.assert_untouched()
