"""An empty value where a column or a file is named (`--column "$COLUMN"` with the variable unset):
`--column ''` was taken as no --column at all, so the run went on with whichever column the
detection picked, and paid for it; `-o ''` was refused as "` is a directory". Both are refused
before anything is sent, naming the option (exit 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import Org


@pytest.mark.parametrize(
    ("command", "option", "words"),
    [
        ("email-validation", "--column", "--column"),
        ("email-finder", "--domain-column", "--domain-column"),
        ("email-validation", "-o", "-o needs a file name"),
        ("email-validation", "--output", "-o needs a file name"),
    ],
)
def test_an_empty_name_is_refused_before_anything_is_sent(
    enrichso: Any, org: Org, tmp_path: Path, command: str, option: str, words: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("first_name,last_name,email,domain\nAda,Lovelace,ada@figma.com,figma.com\n")
    run = enrichso(command, "batch", str(source), option, "")
    assert run.code == 2, run.stderr
    assert words in run.stderr, run.stderr
    org.assert_untouched()


def test_jobs_results_refuses_an_empty_output_name(enrichso: Any, org: Org) -> None:
    run = enrichso("jobs", "results", "email-validation", "0123456789abcdef01234567", "-o", "")
    assert run.code == 2, run.stderr
    assert "-o needs a file name" in run.stderr, run.stderr
