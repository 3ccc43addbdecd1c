"""Generation is deterministic: two runs give byte-identical trees."""

import filecmp
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_generating_twice_gives_identical_output(tmp_path):
    # the generator and ruff of this test's own environment, also when pytest runs unactivated
    path = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    for name in ("one", "two"):
        subprocess.run(
            [str(ROOT / "scripts" / "generate"), str(tmp_path / name / "enrichso_api")],
            check=True,
            capture_output=True,
            env={**os.environ, "PATH": path},
        )
    comparison = filecmp.dircmp(tmp_path / "one", tmp_path / "two", ignore=["__pycache__"])

    def differences(c: filecmp.dircmp) -> list[str]:
        found = c.left_only + c.right_only + c.diff_files + c.funny_files
        for sub in c.subdirs.values():
            found += differences(sub)
        return found

    assert not differences(comparison)
    files = list((tmp_path / "one").rglob("*.py"))
    assert len(files) > 20
    assert all(
        filecmp.cmp(f, tmp_path / "two" / f.relative_to(tmp_path / "one"), shallow=False) for f in files
    )
