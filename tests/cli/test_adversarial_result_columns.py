"""An input column named like a result column (`enrich_result`, `enrich_error`...) was silently
dropped from the output. The run is refused before anything is sent, naming the column; other
input columns, `enrich_`-prefixed or not, are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Org
from .files import read_csv, read_jsonl


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("in.csv", "email,enrich_result,note\njane@acme.com,keep me,n1\n"),
        ("in.jsonl", '{"email": "jane@acme.com"}\n{"email": "joe@acme.com", "enrich_result": "keep me"}\n'),
    ],
)
def test_an_input_column_a_result_would_hide_is_refused_before_anything_is_sent(
    enrichso, org: Org, tmp_path: Path, name: str, text: str
):
    source = tmp_path / name
    source.write_text(text)
    run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / "out.csv"))
    assert run.code == 2, run.stderr
    message = run.error_lines[-1]
    assert "'enrich_result'" in message and "rename" in message
    org.assert_untouched()


def test_other_enrich_columns_of_the_input_are_kept(enrichso, org: Org, tmp_path: Path):
    source = tmp_path / "in.csv"
    source.write_text("email,enrich_phones,enrich_note\njane@acme.com,+1 555,mine\n")
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(source), "-o", str(out))
    assert run.code == 0, run.stderr
    row = read_csv(out)[0]
    assert (row["enrich_phones"], row["enrich_note"]) == ("+1 555", "mine")
    assert row["enrich_result"]
    lines = enrichso("--json", "email-validation", "batch", str(source))
    assert read_jsonl(lines.stdout)[0]["enrich_note"] == "mine"
