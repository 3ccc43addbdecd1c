"""README "Errors": "Every error the SDK raises, in one table (the module is enrichso.errors; every
class is also importable from enrichso)", and issue 15 asks for the error tree complete in that one
table. The frame methods' MissingExtraError (README "DataFrames and Parquet": "Without the extra,
the methods raise MissingExtraError") is an EnrichError defined in enrichso.pipeline.extras: not in
enrichso.errors, not in enrichso, not in the table (tests/sdk/test_error_table.py only walks the
classes defined in enrichso.errors, so it cannot see it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import enrichso
import enrichso.dask
import enrichso.journal
import enrichso.pipeline
import enrichso.webhooks
from enrichso import errors

README = Path(__file__).resolve().parents[2] / "README.md"


def every_enrich_error() -> set[type[BaseException]]:
    found: set[type[BaseException]] = set()
    todo: list[type[BaseException]] = [errors.EnrichError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found and sub.__module__.startswith("enrichso"):
                found.add(sub)
                todo.append(sub)
    return found


def test_every_enrich_error_the_public_packages_define_is_in_enrichso_errors_and_enrichso() -> None:
    # the public packages are imported above (enrichso, .pipeline, .journal, .webhooks, .dask)
    missing = sorted(
        f"{cls.__module__}.{cls.__name__}"
        for cls in every_enrich_error()
        if getattr(errors, cls.__name__, None) is not cls or getattr(enrichso, cls.__name__, None) is not cls
    )
    assert missing == []


def test_missing_extra_error_is_in_the_readme_errors_table() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("<!-- errors-table:") : text.index("## DataFrames and Parquet")]
    assert "| `MissingExtraError` |" in table


def test_the_error_a_frame_method_raises_without_the_extra_is_catchable_from_enrichso_errors() -> None:
    # a user without `enrichso[frames]` (narwhals missing, simulated with sys.modules): the error
    # README names, caught the way the errors table says.
    script = """
import sys
sys.modules["narwhals"] = None
from enrichso import Enrich
from enrichso.errors import MissingExtraError
client = Enrich(api_key="sk_test_x", base_url="http://127.0.0.1:9/api/v3")
try:
    client.email_validation.validate_frame(object())
except MissingExtraError as e:
    print("caught:", e)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "enrichso[frames]" in done.stdout
