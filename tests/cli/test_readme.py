"""The README stays true: every command of the tree is in its reference, every exit code is in its
table, and every Python example runs against the simulator."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main
from enrichso.cli.app import app
from enrichso.cli.exit_codes import ExitCode

from .conftest import EXAMPLES, ROOT, Org

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def _command_paths() -> list[str]:
    paths: list[str] = []

    def walk(command: Any, path: list[str]) -> None:
        if getattr(command, "commands", None):  # a group: its commands as the parser finds them
            ctx = typer.Context(command)  # (a product's batch command is made when asked for)
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name), [*path, name])
        else:
            paths.append(" ".join(path))

    walk(typer.main.get_command(app), [])
    return paths


@pytest.mark.parametrize("path", _command_paths())
def test_every_command_is_in_the_reference(path: str):
    assert re.search(rf"enrichso {re.escape(path)}\b", README), f"`enrichso {path}` is not in README.md"


def test_every_exit_code_is_in_the_table():
    for code in ExitCode:
        assert re.search(rf"^\| {code.value} \|", README, flags=re.M), code


def test_the_two_commands_are_there():
    assert "scripts/setup && .venv/bin/enrichso --mock email-validation batch examples/emails.csv" in README
    assert "\nscripts/test\n" in README


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"python-{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_examples_run(block: str, org: Org, tmp_path: Path):
    shutil.copy(EXAMPLES / "emails.csv", tmp_path / "emails.csv")
    shutil.copy(EXAMPLES / "leads.csv", tmp_path / "leads.csv")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update({"ENRICH_API_KEY": org.api_key, "ENRICH_BASE_URL": org.base_url})
    done = subprocess.run(
        [sys.executable, "-c", block],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
