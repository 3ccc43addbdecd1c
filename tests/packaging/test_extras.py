"""Each install flavour in its own fresh virtual environment, from a local wheelhouse (the project's
wheel plus its dependencies' wheels, fetched once; the installs themselves use no index):

- base (`pip install enrichso`): the SDK and the CLI, no web server; --mock names the extra;
- `enrichso[mock]`: the simulator, so `enrichso --mock email-validation batch` works;
- `enrichso[all]`: everything."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import tomllib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
EXAMPLE = ROOT / "examples" / "emails.csv"


def pip(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    house = tmp_path_factory.mktemp("wheelhouse")
    pip("wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(house), str(ROOT))
    wanted = PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["mock"]
    constraints = str(ROOT / "constraints.txt")
    pip("download", "--quiet", "--only-binary", ":all:", "-c", constraints, "-d", str(house), *wanted)
    return house


def fresh_venv(wheelhouse: pathlib.Path, where: pathlib.Path, requirement: str) -> pathlib.Path:
    """A new venv (no pip of its own: this interpreter's pip installs into it) holding only
    `requirement` and its dependencies, from the wheelhouse."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    pip(
        "--python",
        str(python),
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        str(wheelhouse),
        requirement,
    )
    return where / "bin"


def run(bin_dir: pathlib.Path, *argv: str, cwd: pathlib.Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ENRICH_", "VIRTUAL_ENV", "PYTHON"))}
    env["XDG_CACHE_HOME"] = str(cwd / "cache")  # the CLI's run journals
    return subprocess.run(
        [str(bin_dir / argv[0]), *argv[1:]], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def has_module(bin_dir: pathlib.Path, name: str, cwd: pathlib.Path) -> bool:
    probe = run(
        bin_dir,
        "python",
        "-c",
        f"import importlib.util as u; print(u.find_spec({name!r}) is not None)",
        cwd=cwd,
    )
    return probe.stdout.strip() == "True"


def test_the_base_install_is_the_sdk_and_the_cli_without_a_web_server(
    wheelhouse: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    bin_dir = fresh_venv(wheelhouse, tmp_path / "venv", "enrichso")
    for module in ("starlette", "uvicorn", "yaml", "jsonschema_rs"):
        assert not has_module(bin_dir, module, tmp_path), module

    imported = run(bin_dir, "python", "-c", "import enrichso; print(enrichso.__version__)", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    version = run(bin_dir, "enrichso", "--version", cwd=tmp_path)
    assert version.stdout == f"enrichso {imported.stdout.strip()}\n"
    assert run(bin_dir, "enrichso", "--help", cwd=tmp_path).returncode == 0

    refused = run(bin_dir, "enrichso", "--mock", "email-validation", "batch", str(EXAMPLE), cwd=tmp_path)
    assert refused.returncode == 2
    (line,) = refused.stderr.splitlines()
    assert line.startswith("enrichso: error: --mock needs the simulator's dependencies")
    assert line.endswith("pip install 'enrichso[mock]'")


def test_the_mock_extra_runs_the_main_job_against_the_simulator(
    wheelhouse: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    bin_dir = fresh_venv(wheelhouse, tmp_path / "venv", "enrichso[mock]")
    out = tmp_path / "emails.enriched.csv"
    done = run(
        bin_dir,
        "enrichso",
        "--mock",
        "--mock-speed",
        "100",
        "email-validation",
        "batch",
        str(EXAMPLE),
        "-o",
        str(out),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert len(out.read_text().splitlines()) == len(EXAMPLE.read_text().splitlines())


def test_the_all_extra_holds_everything(wheelhouse: pathlib.Path, tmp_path: pathlib.Path) -> None:
    bin_dir = fresh_venv(wheelhouse, tmp_path / "venv", "enrichso[all]")
    for module in (
        "enrichso",
        "enrichso_api",
        "enrichso_mock",
        "starlette",
        "uvicorn",
        "yaml",
        "jsonschema_rs",
    ):
        assert has_module(bin_dir, module, tmp_path), module
    served = run(bin_dir, "python", "-c", "import enrichso_mock; enrichso_mock.create_app()", cwd=tmp_path)
    assert served.returncode == 0, served.stderr
