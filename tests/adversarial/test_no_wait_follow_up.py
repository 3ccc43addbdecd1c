"""`--no-wait` then the same command without it: the second run submitted the same items again
and paid for them twice (a --no-wait run kept no journal: only an interrupted run was resumed).
Now a --no-wait run records its jobs in the run's journal, and the same command re-attaches to
them. Its note names both ways to the rows: `jobs results ... --input FILE` (which writes what
the batch command would have written, at no cost) and the command without --no-wait."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Org


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "emails.csv"
    source.write_text("email\nada@figma.com\nbob@stripe.com\nada@figma.com\n")
    return source


def test_the_no_wait_note_names_the_free_way_to_the_batch_output(enrichso, org: Org, tmp_path: Path) -> None:
    source = _source(tmp_path)
    run = enrichso("email-validation", "batch", str(source), "--no-wait")
    assert run.code == 0, run.stderr
    job = run.stdout.strip()
    flat = " ".join(run.stderr.split())
    assert f"enrichso jobs results email-validation {job} --input {source}" in flat, flat
    assert "without --no-wait" in flat and "not submitting again" in flat, flat
    # and the command it names works: the batch command's rows, nothing submitted again
    joined = tmp_path / "joined.csv"
    words = flat[flat.index("enrichso jobs results") :].split("`")[0].split()[1:]
    words = [w if w != "OUT.csv" else str(joined) for w in words]
    assert enrichso("jobs", "wait", "email-validation", job).code == 0
    done = enrichso(*words)
    assert done.code == 0, done.stderr
    assert joined.read_text().startswith("email,enrich_result,")
    assert len(org.ledger()["batches"]) == 1


def test_the_same_command_without_no_wait_reattaches_instead_of_paying_again(
    enrichso, org: Org, tmp_path: Path
) -> None:
    source = _source(tmp_path)
    first = enrichso("--json", "email-validation", "batch", str(source), "--no-wait")
    assert first.code == 0, first.stderr
    job = json.loads(first.stdout)["jobs"][0]
    assert job["items"] == 2 and job["credits_reserved"] == 2 and "submitted_earlier" not in job
    # --no-wait again: the same job, nothing reserved
    again = enrichso("--json", "email-validation", "batch", str(source), "--no-wait")
    assert again.code == 0, again.stderr
    earlier = {"id": job["id"], "kind": "email-validation", "items": 2, "submitted_earlier": True}
    assert json.loads(again.stdout)["jobs"] == [earlier]
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(source), "-o", str(out))
    assert run.code == 0, run.stderr
    assert job["id"] in run.stderr  # re-attached, said so
    lines = out.read_text().splitlines()
    assert len(lines) == 4 and lines[0].startswith("email,enrich_result,")
    assert len(org.ledger()["batches"]) == 1  # one batch reserved: nothing paid twice
    # the run that wrote the rows ended the journal: the next run is a new one
    fresh = enrichso("email-validation", "batch", str(source), "-o", str(out))
    assert fresh.code == 0, fresh.stderr
    assert len(org.ledger()["batches"]) == 2
