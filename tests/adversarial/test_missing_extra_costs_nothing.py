"""README "DataFrames and Parquet": "Without the extra, the methods raise MissingExtraError naming
it"; house rule: bad input (a missing extra is one) gets its typed error before any credit is
spent. With narwhals and polars installed but not pyarrow (one of the `frames` extra's libraries),
validate_frame submits the batch, waits for it, is charged, and only then, building the result
columns, raises MissingExtraError("pyarrow is not installed"): the answers paid for are lost.

The missing library is simulated in a subprocess with sys.modules["pyarrow"] = None; it talks to
the test's loopback simulator as the test's organization, whose ledger is checked afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import Org

SCRIPT = """
import sys
from pathlib import Path
sys.modules["pyarrow"] = None
import polars as pl
from enrichso import Enrich
from enrichso.pipeline.extras import MissingExtraError
api_key, base_url = sys.argv[1], sys.argv[2]
with Enrich(api_key=api_key, base_url=base_url) as client:
    try:
        frame = pl.DataFrame({"email": ["sarah.chen@stripe.com"]})
        client.email_validation.validate_frame(frame, poll_interval=0)
    except MissingExtraError as e:
        print("MissingExtraError:", e)
"""


def test_a_missing_pyarrow_is_reported_before_anything_is_sent(org: Org) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, org.api_key, org.base_url], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "MissingExtraError: pyarrow is not installed: pip install 'enrichso[frames]'" in done.stdout
    org.assert_untouched()


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
