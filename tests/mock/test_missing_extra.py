"""`python -m enrichso_mock` on an install without the `mock` extra says what to install (exit 2),
instead of a traceback from an import deep inside the simulator."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Runs the simulator's entry point with one of the extra's libraries made unimportable.
_BLOCKED_RUN = """
import runpy, sys
sys.modules[{module!r}] = None  # what an install without it looks like to `import`
sys.argv = ["python -m enrichso_mock", "serve", "--port", "1"]
runpy.run_module("enrichso_mock", run_name="__main__")
"""


@pytest.mark.parametrize("module", ["uvicorn", "starlette", "yaml", "jsonschema_rs"])
def test_missing_mock_extra_names_the_extra(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _BLOCKED_RUN.format(module=module)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "pip install 'enrichso[mock]'" in done.stderr
    assert module in done.stderr
