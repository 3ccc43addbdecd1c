"""`jobs results KIND ID --input FILE` given another file than the one the job was submitted from
(a typo, yesterday's export): every row came out with `enrich_error` "no result: job ... returned
none for this item", and the command exited 0, as if the join had worked. Rows without a known
result end it with exit 9, as the batch command's do (README: exit codes), and the message asks
whether FILE is the job's input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from enrichso import Enrich

from .conftest import Org


def _job(org: Org, emails: list[str]) -> str:
    with Enrich(api_key=org.api_key, base_url=org.base_url) as client:
        job = client.email_validation.submit_batch(emails)
        job.wait(timeout=60)
        return job.id


def test_joining_another_file_exits_9(enrichso: Any, org: Org, tmp_path: Path) -> None:
    job = _job(org, ["ada@figma.com", "bob@stripe.com"])
    other = tmp_path / "other.csv"
    other.write_text("email\ncy@notion.so\nada@figma.com\n")
    out = tmp_path / "out.csv"
    run = enrichso("jobs", "results", "email-validation", job, "--input", str(other), "-o", str(out))
    assert run.code == 9, run.stderr
    assert "1 row without a known result" in run.stderr and str(other) in run.stderr, run.stderr
    lines = out.read_text().splitlines()
    assert lines[1].startswith("cy@notion.so,") and "no result" in lines[1]
    assert lines[2].startswith("ada@figma.com,") and "no result" not in lines[2]


def test_joining_the_right_file_exits_0(enrichso: Any, org: Org, tmp_path: Path) -> None:
    job = _job(org, ["ada@figma.com", "bob@stripe.com"])
    source = tmp_path / "in.csv"
    source.write_text("email\nbob@stripe.com\nADA@figma.com\n")
    run = enrichso(
        "jobs", "results", "email-validation", job, "--input", str(source), "-o", str(tmp_path / "o.csv")
    )
    assert run.code == 0, run.stderr
