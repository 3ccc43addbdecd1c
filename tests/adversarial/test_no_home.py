"""No home folder to keep the journal in: HOME unset for a user the system has no entry for (a
container run with an arbitrary uid, `docker run --user 12345`). platformdirs could not name the
cache folder and the batch command failed with `unexpected RuntimeError: could not determine the
home directory` (exit 6). It runs without a journal instead, as with a read-only home, and says
so (and how to give it one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
import pytest
from enrichso.cli import run as run_cli

from tests.cli.conftest import Org


def test_no_cache_folder_runs_without_a_journal(
    org: Org, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def no_home(*args: Any, **kwargs: Any) -> str:  # what platformdirs raises then
        raise RuntimeError("could not determine the home directory for '~/.cache', set an absolute HOME")

    monkeypatch.setattr(platformdirs, "user_cache_dir", no_home)
    monkeypatch.setenv("ENRICH_API_KEY", org.api_key)
    monkeypatch.setenv("ENRICH_BASE_URL", org.base_url)
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text("email\nada@figma.com\n")
    code = run_cli(["email-validation", "batch", str(source), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "cannot keep a journal" in err and "XDG_CACHE_HOME" in err, err
    assert target.read_text().splitlines()[1].startswith("ada@figma.com,")
