"""One version, written once in enrichso/_version.py: the distribution's metadata, enrichso.__version__,
`enrichso --version` and the User-Agent all show it, and CHANGELOG.md has its section."""

import importlib.metadata
import re
import tomllib

import enrichso
from enrichso._core.config import USER_AGENT
from enrichso.cli import run

from scripts.devtools.repo import ROOT


def test_pyproject_reads_the_version_from_the_one_file() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in pyproject["project"]
    assert pyproject["project"]["dynamic"] == ["version"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "overlays/enrichso/_version.py"
    assert importlib.metadata.version("enrichso") == enrichso.__version__


def test_the_cli_prints_the_version(capsys) -> None:
    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"enrichso {enrichso.__version__}\n"
    assert f"enrichso-python/{enrichso.__version__}" == USER_AGENT


def test_the_changelog_has_a_section_for_the_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert re.search(rf"^## {re.escape(enrichso.__version__)}\b", changelog, re.M)
