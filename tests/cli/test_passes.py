"""The batch command's passes over its input, in process and without a server: the check pass
feeding the SDK's ingest (counts, duplicates, problems), and the output pass zipping the input
read again with the SDK's rows (shapes, a clashing column, resuming, a mismatch)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from enrichso.cli.batch.fanout import EnrichedRows, ResultsEndedEarly, output_columns
from enrichso.cli.batch.plan import BatchPlan, plan_batch
from enrichso.cli.batch.sdk import ingest
from enrichso.cli.failures import BadInputFile, UsageError
from enrichso.cli.tabular.source import InputFile
from enrichso.pipeline.needs import EMAIL_FINDER, EMAIL_VALIDATION, BatchKind
from enrichso.pipeline.result import PipelineResult

VALID = {"result": "valid", "confidence": "definitive", "isCatchAll": False, "provider": "GOOGLE"}


def _plan(tmp_path: Path, name: str, text: str, kind: BatchKind = EMAIL_VALIDATION) -> BatchPlan:
    path = tmp_path / name
    path.write_text(text)
    source = InputFile(name, path, path.suffix)
    return plan_batch(source, kind, input_format=None, named={})


def _results(raws: list[dict[str, Any] | None], errors: dict[int, str] | None = None) -> Iterator[Any]:
    errors = errors or {}
    for index, raw in enumerate(raws):
        yield PipelineResult(index, None, raw, None, errors.get(index))


def test_the_check_pass_counts_rows_and_the_sdk_dedupes(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "in.csv", "email,n\nA@x.io,1\n\n b@x.io ,2\na@X.io,3\nc@x.io,4\n")
    with ingest(plan.kind, plan.checked_items()) as data:
        plan.verdict()
        assert (plan.rows, data.row_count, data.unique_count) == (4, 4, 3)
        assert data.items.items(0, 3) == ["a@x.io", "b@x.io", "c@x.io"]  # as checked: trimmed, lower case


def test_every_bad_row_is_counted_and_none_is_handed_on(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "bad.csv", "email\nok@x.io\nbad\nok2@x.io,extra\n\n@x.io\n")
    handed = list(plan.checked_items())
    assert handed == ["ok@x.io", None, None, None]
    with pytest.raises(BadInputFile) as refused:
        plan.verdict()
    assert [p.line for p in refused.value.problems] == [3, 4, 6]


def test_csv_rows_come_out_as_cells(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "in.csv", "email,note\na@x.io,n1\nb@x.io,n2\n")
    list(plan.checked_items())
    rows = EnrichedRows(plan, _results([VALID, None]), cells=True)
    assert output_columns(plan)[:3] == ["email", "note", "enrich_result"]
    assert list(rows) == [
        ["a@x.io", "n1", "valid", "definitive", "false", "GOOGLE", None, None],
        ["b@x.io", "n2", None, None, None, None, None, None],  # nothing found: empty cells
    ]  # (the csv writer writes None as an empty cell)
    assert rows.unknown == 0


def test_an_input_column_named_like_a_result_column_is_refused(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "in.csv", "email,enrich_result,note\na@x.io,old,n1\n")
    list(plan.checked_items())
    with pytest.raises(UsageError, match="'enrich_result'"):
        output_columns(plan)


def test_objects_keep_json_values_and_name_unknown_outcomes(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "in.jsonl", '{"email": "a@x.io", "tags": [1]}\n{"email": "b@x.io"}\n')
    list(plan.checked_items())
    rows = list(EnrichedRows(plan, _results([VALID, None], {1: "unattributed"}), cells=False))
    assert rows[0]["tags"] == [1] and rows[0]["enrich_catch_all"] is False
    assert rows[1]["enrich_result"] is None and rows[1]["enrich_error"] == "unattributed"
    cells = EnrichedRows(plan, _results([VALID, None], {1: "unattributed"}), cells=True)
    assert [row[-1] for row in cells] == [None, "unattributed"] and cells.unknown == 1


def test_a_resumed_output_pass_starts_at_the_sdk_s_row(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "in.csv", "email\na@x.io\nb@x.io\nc@x.io\n")
    list(plan.checked_items())
    resumed = (PipelineResult(index, None, VALID) for index in (2,))
    assert [row[0] for row in EnrichedRows(plan, resumed, cells=True, skip=2)] == ["c@x.io"]


@pytest.mark.parametrize("count", [1, 3])
def test_results_that_do_not_match_the_input_stop_the_run(tmp_path: Path, count: int) -> None:
    plan = _plan(tmp_path, "in.csv", "email\na@x.io\nb@x.io\n")
    list(plan.checked_items())
    with pytest.raises(ResultsEndedEarly):
        list(EnrichedRows(plan, _results([VALID] * count), cells=True))


def test_leads_are_handed_on_normalised(tmp_path: Path) -> None:
    text = (
        "first_name,last_name,website\nAda, Lovelace ,https://www.Figma.com/about\nada,LOVELACE,figma.com\n"
    )
    plan = _plan(tmp_path, "leads.csv", text, EMAIL_FINDER)
    with ingest(plan.kind, plan.checked_items()) as data:
        plan.verdict()
        assert data.unique_count == 1  # the SDK dedupes leads case-insensitively
        assert data.items.items(0, 1) == [{"firstName": "Ada", "lastName": "Lovelace", "domain": "figma.com"}]
