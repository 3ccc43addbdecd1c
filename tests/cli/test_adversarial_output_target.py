"""`-o` names a device, a FIFO, the command's own standard output, or a folder that cannot be
written: a device or a FIFO is written to, never replaced by a regular file, and a target that
cannot be written is refused before anything is submitted (the simulator's ledger stays empty).

These tests never name /dev/null, /dev/full or /dev/stdout themselves: run as root against a
command that replaces its target, they would replace the machine's own. A character device made
in the test's folder (a null device), a FIFO there and /proc/self/fd/1 stand in for them."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from .conftest import Org
from .files import read_csv_text

EMAILS = "email\njane@acme.com\njoe@acme.com\n"


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    path.write_text(EMAILS)
    return path


def _null_device(tmp_path: Path) -> Path:
    """A character device that swallows what is written (made here when the system allows it)."""
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:  # no CAP_MKNOD: the system's own (then the run must leave it as it is)
        return Path("/dev/null")
    return device


def test_a_character_device_is_written_to_not_replaced(enrichso, org: Org, tmp_path: Path):
    device = _null_device(tmp_path)
    run = enrichso("email-validation", "batch", str(_input(tmp_path)), "-o", str(device), "--format", "csv")
    assert run.code == 0, run.stderr
    assert stat.S_ISCHR(device.stat().st_mode), "the device was replaced by a regular file"
    assert [p.name for p in device.parent.iterdir() if p.name.endswith(".partial")] == []


def test_a_fifo_is_written_to_and_its_reader_gets_every_row(enrichso, org: Org, tmp_path: Path):
    fifo = tmp_path / "rows.csv"
    os.mkfifo(fifo)
    # the reader opens the FIFO now; a command that never writes to it would leave it waiting,
    # so it is bounded by a timeout and killed
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        run = enrichso("email-validation", "batch", str(_input(tmp_path)), "-o", str(fifo), timeout=60)
        assert run.code == 0, run.stderr
        assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced by a regular file"
        received, _ = reader.communicate(timeout=30)
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    rows = read_csv_text(received.decode())
    assert [r["email"] for r in rows] == ["jane@acme.com", "joe@acme.com"]
    assert all(r["enrich_result"] for r in rows)


def test_the_commands_own_stdout_by_its_proc_path_gets_the_rows(enrichso, org: Org, tmp_path: Path):
    run = enrichso(
        "email-validation", "batch", str(_input(tmp_path)), "-o", "/proc/self/fd/1", "--format", "csv"
    )
    assert run.code == 0, run.stderr
    rows = read_csv_text(run.stdout)
    assert [r["email"] for r in rows] == ["jane@acme.com", "joe@acme.com"]


def test_a_folder_that_cannot_be_written_is_refused_before_anything_is_reserved(
    enrichso, org: Org, tmp_path: Path
):
    # /proc takes no new files, whoever runs the test (root included)
    run = enrichso("email-validation", "batch", str(_input(tmp_path)), "-o", "/proc/enrichso-out.csv")
    assert run.code == 2, run.stderr
    assert "/proc/enrichso-out.csv" in run.error_lines[-1]
    org.assert_untouched()


def test_jobs_results_refuses_an_unwritable_target_before_reading_the_results(
    enrichso, org: Org, tmp_path: Path
):
    submitted = enrichso("email-validation", "batch", str(_input(tmp_path)), "--no-wait")
    assert submitted.code == 0, submitted.stderr
    job_id = submitted.stdout.strip()
    run = enrichso("jobs", "results", "email-validation", job_id, "-o", "/proc/enrichso-out.csv")
    assert run.code == 2, run.stderr
    # reading a finished job's results settles it: refused first, it was never read
    assert [b["settled"] for b in org.ledger()["batches"]] == [False]


def test_a_regular_file_is_replaced_whole_and_keeps_its_permissions(enrichso, org: Org, tmp_path: Path):
    out = tmp_path / "private.csv"
    out.write_text("old\n")
    out.chmod(0o600)
    run = enrichso("email-validation", "batch", str(_input(tmp_path)), "-o", str(out))
    assert run.code == 0, run.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [r["email"] for r in read_csv_text(out.read_text())] == ["jane@acme.com", "joe@acme.com"]
