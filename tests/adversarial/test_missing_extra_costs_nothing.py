"""README "DataFrames and Parquet": "Without the extra, the methods raise MissingExtraError naming
it"; house rule: bad input (a missing extra is one) gets its typed error before any credit is
spent. The CLI, reading CSV and writing Parquet without pyarrow, submitted the job (credits
reserved) and only then exited 2 naming the extra.

The missing library is simulated in a subprocess with sys.modules["pyarrow"] = None; it talks to
the test's loopback simulator as the test's organization, whose ledger is checked afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import Org

CLI = """
import runpy
import sys
from pathlib import Path
sys.modules["pyarrow"] = None
sys.argv = ["enrichso", *sys.argv[1:]]
runpy.run_module("enrichso.cli", run_name="__main__")
"""


def test_the_cli_refuses_a_parquet_output_without_pyarrow_before_submitting(org: Org, tmp_path: Path) -> None:
    # CSV in, Parquet out, pyarrow missing: the job was submitted (credits reserved), then
    # "error: Parquet needs pyarrow ..." with exit 2, which --help defines as "usage or bad input
    # (nothing submitted)"; README: the target is checked before anything is submitted.
    source = tmp_path / "in.csv"
    source.write_text("email\nsarah.chen@stripe.com\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(
        ENRICH_API_KEY=org.api_key, ENRICH_BASE_URL=org.base_url, XDG_CACHE_HOME=str(tmp_path / "cache")
    )
    args = ["email-validation", "batch", str(source), "-o", str(tmp_path / "out.parquet")]
    done = subprocess.run(
        [sys.executable, "-c", CLI, *args], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 2, done.stderr
    assert "enrichso[frames]" in done.stderr
    org.assert_untouched()
