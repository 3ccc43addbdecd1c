"""`--no-wait` then the same command without it: the second run submitted the same items again
and paid for them twice (a --no-wait run keeps no journal: only an interrupted run is resumed).
The note a --no-wait run prints named `jobs wait` and `jobs results ... -o results.csv` (the
unique items only), not `jobs results ... --input FILE`, which writes what the batch command
would have written at no cost, nor that running the command again pays again."""

from __future__ import annotations

from pathlib import Path

from .conftest import Org


def test_the_no_wait_note_names_the_free_way_to_the_batch_output(enrichso, org: Org, tmp_path: Path) -> None:
    source = tmp_path / "emails.csv"
    source.write_text("email\nada@figma.com\n")
    run = enrichso("email-validation", "batch", str(source), "--no-wait")
    assert run.code == 0, run.stderr
    job = run.stdout.strip()
    flat = " ".join(run.stderr.split())
    assert f"enrichso jobs results email-validation {job} --input {source}" in flat, flat
    assert "again" in flat, flat
    # and the command it names works: the batch command's rows, nothing submitted again
    joined = tmp_path / "joined.csv"
    words = flat[flat.index("enrichso jobs results") :].split("`")[0].split()[1:]
    words = [w if w != "OUT.csv" else str(joined) for w in words]
    assert enrichso("jobs", "wait", "email-validation", job).code == 0
    done = enrichso(*words)
    assert done.code == 0, done.stderr
    assert joined.read_text().startswith("email,enrich_result,")
    assert len(org.ledger()["batches"]) == 1
