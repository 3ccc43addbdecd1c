"""`enrichso jobs results KIND ID --input FILE`: a job's results joined back onto the rows of the
file it was submitted from, written as the batch command writes them (every input row, in order,
with the same result columns).

A job's results name each unique item once, as it was sent (trimmed, emails lower-cased); the
file's rows are read with the batch command's column rules and normalised the same way, so
every duplicate row and every differently written spelling of an item gets its answer. The
results are held by item while the file is written (one entry per result).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ...pipeline import INVALID_INPUT, NOT_A_KEY, PipelineResult
from ...pipeline.needs import BatchKind
from ..dicts import as_dict
from ..exit_codes import ExitCode
from ..tabular.columns import Field
from ..tabular.formats import InputFormat
from ..tabular.source import InputFile, open_input, refuse_if_changed
from .fanout import EnrichedRows, output_columns
from .formulas import EscapeFormulas, escaped_columns
from .output import OutputFormat, open_output
from .plan import plan_batch
from .run import csv_delimiter, output_format_for, parquet_schema
from .sdk import ingest, pipeline_spec

if TYPE_CHECKING:
    from ... import BatchJob
    from ...pipeline import Ingested


def join_results(
    kind: BatchKind,
    job: BatchJob[Any, Any],
    input: str,
    *,
    output: str | None,
    format: OutputFormat | None,
    input_format: InputFormat | None,
    named: Mapping[Field, str],
    delimiter: str | None,
    json_mode: bool,
    escape_formulas: EscapeFormulas,
) -> tuple[int, int]:
    """Write every row of `input` with the job's answer for it; return how many rows it has, and
    how many of them the job has no result for (enrich_error says so). Rows that could not have
    been sent come out with enrich_error saying why."""
    with open_input(input) as source:
        plan = plan_batch(
            source, kind, input_format=input_format, named=named, delimiter=delimiter, skip_invalid=True
        )
        with ingest(kind, plan.checked_items()) as data:
            plan.verdict()
            answers = _answers(kind, job, data)
            # what a row the job has no result for says: "no result" where the API lists every
            # item it was sent, "not found" where it leaves some out (reverse lookup)
            missing = (
                None
                if pipeline_spec(kind).positional
                else f"no result: job {job.id} returned none for this item"
            )
            target = output_format_for(plan, output, format, json_mode)
            rows = EnrichedRows(
                plan,
                _row_results(data, answers, missing),
                cells=target in (OutputFormat.CSV, OutputFormat.TSV),
            )
            columns = output_columns(plan)
            escape = escaped_columns(escape_formulas, columns, kind.output_columns)
            with open_output(
                output,
                target,
                columns,
                escape=escape,
                delimiter=csv_delimiter(plan),
                schema=parquet_schema(plan) if target is OutputFormat.PARQUET else None,
                results=kind.output_columns,
            ) as writer:
                write = writer.write_cells if rows.cells else writer.write
                _refuse_if_changed(source)
                for row in rows:
                    write(row)
                _refuse_if_changed(source)  # before the output is put in place
    return plan.rows + len(plan.invalid), rows.unknown


def _refuse_if_changed(source: InputFile) -> None:
    refuse_if_changed(
        source,
        "to match its items with the results, then again to write each row next to its result",
        "the output was not written: run the command again",
        ExitCode.USAGE,
    )


def _answers(kind: BatchKind, job: BatchJob[Any, Any], data: Ingested) -> dict[int, Mapping[str, Any]]:
    """The job's results by the number of the input's item they answer."""
    result_key = pipeline_spec(kind).result_key
    answers: dict[int, Mapping[str, Any]] = {}
    for item in job.results():
        raw = as_dict(item)
        key = result_key(raw)
        number = None if key is None else data.find(key)
        if number is not None:
            answers[number] = raw
    return answers


def _row_results(
    data: Ingested, answers: Mapping[int, Mapping[str, Any]], missing: str | None
) -> Iterator[PipelineResult[Any, Any]]:
    """One result per input row, as the pipeline hands them to the output pass."""
    for index, number in enumerate(data.row_items):
        if number == NOT_A_KEY:
            yield PipelineResult(index, None, None, error=INVALID_INPUT)
        elif number in answers:
            yield PipelineResult(index, None, answers[number])
        else:
            yield PipelineResult(index, None, None, error=missing)
