"""The batch command reads its input twice: once to check it (the submitted items come from this
pass) and again to write every row next to its result. A file edited in place while the job ran
(same length: `mser5@` became `mXXX5@`) was written out with the other address's verdict, and
exit 0: a row of the output claimed a result for an email that was never sent. A file replaced
under the same name (an editor's or a spreadsheet's save) was read anew the same way. Such a
run now writes no output and says why; the same command, once the file is put back, re-attaches
to the job it submitted."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.resilience.conftest import Org, _no_env, _short_grace, org, sim  # noqa: F401
from tests.resilience.support import cli_command, cli_env, run_cli

STATUS = "getEmailValidationBatchStatus"


def _input(folder: Path) -> tuple[Path, bytes]:
    source = folder / "emails.csv"
    text = "name,email\n" + "".join(f"m{i},mser{i}@example{i % 7}.com\n" for i in range(40))
    source.write_text(text)
    return source, text.encode()


def _edit_in_place(source: Path, original: bytes) -> None:
    changed = original.replace(b"mser5@", b"mXXX5@", 1)
    with source.open("r+b") as handle:  # the same file (inode), rewritten
        handle.write(changed)


def _replace(source: Path, original: bytes) -> None:
    spare = source.with_suffix(".new")
    spare.write_bytes(original.replace(b"mser5@", b"mXXX5@", 1))
    os.replace(spare, source)  # a new file under the same name


def _same_bytes_again(source: Path, original: bytes) -> None:
    spare = source.with_suffix(".new")
    spare.write_bytes(original)
    os.replace(spare, source)  # a new file, the same bytes


def _slow_status(org: Org) -> None:  # noqa: F811
    """Every status poll answers 3 s late: the run waits while the test changes its input."""
    rule = {"kind": "slow", "when": "before", "delay": 3, "probability": 1.0, "operations": [STATUS]}
    org.control.set_faults({"rules": [rule]})


def _batch_changed_midway(
    org: Org,  # noqa: F811
    tmp_path: Path,
    change: Callable[[Path, bytes], None],
) -> tuple[Path, bytes, Path, dict[str, str], int, str]:
    """`batch -o out.csv` of our input, changed by `change` once the job is submitted: the input,
    its bytes as first written, the output, the environment, the exit code and stderr."""
    source, original = _input(tmp_path)
    target = tmp_path / "out.csv"
    _slow_status(org)
    env = cli_env(org.server, org.api_key, tmp_path / "cache")
    command = cli_command("email-validation", "batch", str(source), "-o", str(target))
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not org.control.ledger()["batches"]:  # submitted: the output pass is still to come
            assert process.poll() is None and time.monotonic() < deadline, "the submit never arrived"
            time.sleep(0.02)
        change(source, original)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        org.control.set_faults({"rules": []})
    return source, original, target, env, process.returncode, stderr.decode()


@pytest.mark.parametrize("change", [_edit_in_place, _replace])
def test_an_input_changed_during_the_run_is_not_written_with_the_wrong_results(
    org: Org,  # noqa: F811
    tmp_path: Path,
    change,
) -> None:
    source, original, target, env, returncode, text = _batch_changed_midway(org, tmp_path, change)
    if target.exists():  # written: then every row must be the row that was sent
        assert b"mXXX5@" not in target.read_bytes(), text
    assert returncode != 0, text
    assert "changed" in text, text
    # put back, the same command re-attaches to the job: nothing is submitted twice
    source.write_bytes(original)
    again = run_cli("email-validation", "batch", str(source), "-o", str(target), env=env)
    assert again.code == 0, again.stderr
    assert len(org.control.ledger()["batches"]) == 1
    lines = target.read_text().splitlines()
    assert len(lines) == 41 and lines[6].startswith("m5,mser5@example5.com,"), lines[:8]


RESULTS = "getEmailValidationBatchResults"


def test_jobs_results_input_changed_while_the_results_download_is_not_joined_wrongly(
    org: Org,  # noqa: F811
    tmp_path: Path,
) -> None:
    # `jobs results KIND ID --input FILE` reads FILE twice too (its items, then its rows)
    source, original = _input(tmp_path)
    env = cli_env(org.server, org.api_key, tmp_path / "cache")
    submitted = run_cli("email-validation", "batch", str(source), "--no-wait", env=env)
    assert submitted.code == 0, submitted.stderr
    job = submitted.stdout.strip()
    run_cli("jobs", "wait", "email-validation", job, env=env)
    rule = {"kind": "slow", "when": "before", "delay": 3, "probability": 1.0, "operations": [RESULTS]}
    org.control.set_faults({"rules": [rule]})
    target = tmp_path / "joined.csv"
    words = ("jobs", "results", "email-validation", job, "--input", str(source), "-o", str(target))
    command = cli_command(*words)
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        time.sleep(1.5)  # the items are read; the results are on their way
        _edit_in_place(source, original)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        org.control.set_faults({"rules": []})
    text = stderr.decode()
    if target.exists():
        assert b"mXXX5@" not in target.read_bytes(), text
    assert process.returncode != 0, text
    assert "changed" in text, text


def test_an_input_touched_or_rewritten_with_the_same_bytes_is_still_written(
    org: Org,  # noqa: F811
    tmp_path: Path,
) -> None:
    # a backup or sync tool that touches the file, or saves it again unchanged, changes its
    # modification time (or inode) but not a byte: the rows are still the ones sent
    def same_bytes_later(source: Path, original: bytes) -> None:
        _same_bytes_again(source, original)
        os.utime(source, ns=(time.time_ns(), time.time_ns() + 10**9))

    _, _, target, _, returncode, text = _batch_changed_midway(org, tmp_path, same_bytes_later)
    assert returncode == 0, text
    lines = target.read_text().splitlines()
    assert len(lines) == 41 and lines[6].startswith("m5,mser5@example5.com,"), lines[:8]
