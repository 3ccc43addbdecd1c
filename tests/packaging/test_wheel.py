"""The distribution: one wheel that ships the SDK, the generated client, the simulator and the spec,
with the console script, and whose simulator finds the spec inside the wheel (not in a checkout)."""

import configparser
import pathlib
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("enrichso-*.whl")
    return built


def test_the_wheel_holds_the_three_packages_the_spec_and_their_type_markers(wheel: pathlib.Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("enrichso", "enrichso_api", "enrichso_mock"):
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert "enrichso_mock/spec/enrich.yaml" in names
    assert (ROOT / "openapi" / "enrich.yaml").read_bytes() == zipfile.ZipFile(wheel).read(
        "enrichso_mock/spec/enrich.yaml"
    )


def test_the_console_script_is_shipped(wheel: pathlib.Path) -> None:
    """`enrichso` is a script of its own (it handles Ctrl-C from its first line), not an entry
    point: the installer writes it to bin/ with `#!python` made the interpreter's path."""
    archive = zipfile.ZipFile(wheel)
    (script,) = [n for n in archive.namelist() if n.endswith(".data/scripts/enrichso")]
    text = archive.read(script).decode()
    assert text.startswith("#!python\n")
    assert "from enrichso.cli.main import main" in text
    assert archive.getinfo(script).external_attr >> 16 & 0o111  # executable
    entry_points = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
    for name in entry_points:  # no second `enrichso` (an installer would write one over the other)
        parser = configparser.ConfigParser()
        parser.read_string(archive.read(name).decode())
        assert not parser.has_option("console_scripts", "enrichso")


def test_the_unpacked_wheel_runs_the_simulator_from_its_own_copy_of_the_spec(
    wheel: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import enrichso_mock, enrichso, enrichso_api;"
        "from enrichso_mock.spec import spec_path;"
        "print(spec_path()); print(enrichso.__file__); print(enrichso_api.__file__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)], check=True, capture_output=True, text=True
    )
    spec, sdk, generated = result.stdout.split()
    for path in (spec, sdk, generated):
        assert pathlib.Path(path).is_relative_to(tmp_path), path
