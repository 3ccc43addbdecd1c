"""Deeply nested JSON values in an input file."""

from __future__ import annotations

from pathlib import Path

from .conftest import Org


def test_a_deeply_nested_cell_never_costs_credits_without_an_output(
    enrichso, org: Org, tmp_path: Path
) -> None:
    # 600 levels: valid JSON (orjson reads up to 1024), accepted by the pre-check, then the CSV
    # writer renders the cell recursively and dies with RecursionError after the job was
    # submitted: credits reserved, no output, and every rerun dies the same way.
    depth = 600
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"email": "ann@example.com", "x": '
        + "[" * depth
        + "]" * depth
        + "}\n"
        + '{"email": "bob@example.com"}\n'
    )
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(source), "-o", str(out))
    assert "RecursionError" not in run.stderr, run.stderr
    if run.code == 0:
        assert len(out.read_text().splitlines()) == 3
    else:  # refused as bad input: then nothing may have been submitted
        assert run.code == 2, (run.code, run.stderr)
        org.assert_untouched()


def test_a_json_file_of_nested_arrays_is_refused_as_bad_input(enrichso, org: Org, tmp_path: Path) -> None:
    depth = 100_000
    source = tmp_path / "in.json"
    source.write_text("[" + "[" * depth + "]" * depth + "]")
    run = enrichso("email-validation", "batch", str(source))
    org.assert_untouched()
    assert "RecursionError" not in run.stderr, run.stderr
    # bad input is exit 2, naming the file; 6 means the server or the network failed
    assert run.code == 2, (run.code, run.stderr)
    assert "in.json" in run.stderr
