"""Ctrl-C while the command reads and checks its input, before anything is sent: it ended with
130 and not a word (typer answers a KeyboardInterrupt with 130 itself), where Ctrl-C at any other
moment says so. It now says "interrupted", and nothing was sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from enrichso.cli import run as run_cli
from enrichso.cli.tabular import source as tabular_source

from tests.cli.conftest import Org


@pytest.mark.parametrize("command", ["email-validation", "reverse-lookup"])
def test_ctrl_c_while_the_input_is_read_says_so(
    org: Org,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    command: str,
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("ENRICH_API_KEY", org.api_key)
    monkeypatch.setenv("ENRICH_BASE_URL", org.base_url)

    def ctrl_c(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(tabular_source, "_checked", ctrl_c)
    source = tmp_path / "emails.csv"
    source.write_text("email\nada@figma.com\n")
    code = run_cli([command, "batch", str(source), "-o", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code == 130, err
    assert "interrupted" in err, err
    assert org.control.ledger()["batches"] == []
