"""A device named as the input (`enrichso email-validation batch /dev/zero`, /dev/urandom, a
disk): it was spooled to a temporary file like a pipe, a stream that never ends, filling the
temporary folder (often memory) until the command was killed. It is refused at once (exit 2);
the command's own standard input by a path (/dev/stdin) is still read, as `-` is.

The command runs under a file size limit (RLIMIT_FSIZE, 8 MB): before the fix the spool hit it
(exit 6) instead of filling the disk."""

from __future__ import annotations

import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .conftest import Org


def _run(
    org: Org, tmp_path: Path, *args: str, stdin: object = subprocess.DEVNULL
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(ENRICH_API_KEY=org.api_key, ENRICH_BASE_URL=org.base_url, XDG_CACHE_HOME=str(tmp_path / "c"))

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (8 << 20, 8 << 20))

    command = [sys.executable, "-m", "enrichso.cli", *args]
    return subprocess.run(
        command,
        env=env,
        stdin=stdin,
        capture_output=True,
        preexec_fn=limited,
        timeout=60,
        check=False,  # noqa: PLW1509
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_not_spooled(org: Org, tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    done = _run(org, tmp_path, "email-validation", "batch", device)
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "this is a device" in stderr, stderr
    org.assert_untouched()


def test_standard_input_by_its_path_is_read(org: Org, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\nada@figma.com\n")
    with source.open("rb") as stdin:
        done = _run(org, tmp_path, "email-validation", "batch", "/dev/stdin", stdin=stdin)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().splitlines()[1].startswith("ada@figma.com,")


def test_a_full_temporary_folder_while_standard_input_is_copied(org: Org, tmp_path: Path) -> None:
    """`yes | enrichso ... batch -` reaching the size limit (or a full /tmp) while stdin is copied
    to its temporary file: that is the input's trouble, nothing was sent (it said `unexpected
    OSError`, exit 6)."""
    endless = subprocess.Popen(["yes", "ada@figma.com"], stdout=subprocess.PIPE)
    try:
        done = _run(org, tmp_path, "email-validation", "batch", "-", stdin=endless.stdout)
    finally:
        endless.kill()
        endless.wait()
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "cannot copy the input to the temporary folder" in stderr, stderr
    org.assert_untouched()


def _a_file_system(free_mib: int) -> object:
    """shutil.disk_usage of a 1,000 MiB file system with this much free."""
    return lambda folder: shutil._ntuple_diskusage(1000 << 20, (1000 - free_mib) << 20, free_mib << 20)  # type: ignore[attr-defined]


def test_a_spool_stops_while_its_file_system_still_has_room(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The temporary folder is often memory: an endless stdin filled it (and the machine's memory)
    before the copy failed. The copy stops while 5% of its file system is still free."""
    from enrichso.cli.failures import CliError
    from enrichso.cli.tabular import source

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(shutil, "disk_usage", _a_file_system(free_mib=40))
    with pytest.raises(CliError) as caught, source._spooled(io.BytesIO(b"ada@figma.com\n" * (3 << 20))):
        pass
    assert "less than 5% free" in str(caught.value) and "nothing was sent" in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # the partial copy is gone


def test_a_small_input_is_spooled_however_full_the_folder_looks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from enrichso.cli.tabular import source

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(shutil, "disk_usage", _a_file_system(free_mib=0))
    with source._spooled(io.BytesIO(b"email\nada@figma.com\n")) as spool:
        assert spool.read_bytes() == b"email\nada@figma.com\n"
