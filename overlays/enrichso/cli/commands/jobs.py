"""`enrichso jobs status|wait|results KIND ID`: re-attach to a batch submitted earlier (for
example with --no-wait, or by a run that was interrupted)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ...pipeline import needs
from ...pipeline.needs import BatchKind
from ...pipeline.products import ABOUT
from ..batch.formulas import EscapeFormulas, escaped_columns
from ..batch.join import join_results
from ..batch.output import OutputFormat, checked_target, open_output, output_format
from ..batch.sdk import attach
from ..dicts import as_dict
from ..exit_codes import ExitCode
from ..failures import CliError, UsageError
from ..render import print_json, show_fields
from ..reporting import reporter
from ..session import session
from ..tabular.columns import Field
from ..tabular.formats import parse_delimiter
from .options import (
    DelimiterOption,
    EscapeFormulasOption,
    FormatOption,
    InputFormatOption,
    JobIdArgument,
    OutputOption,
    TimeoutOption,
)
from .waiting import wait_for

if TYPE_CHECKING:
    from ... import JobStatus

app = typer.Typer(
    help="Follow a batch job by id: its status, wait for it, read its results.", no_args_is_help=True
)


_COMMANDS = [kind.replace("_", "-") for kind in ABOUT]  # the declared batch products (none loaded)

if TYPE_CHECKING:
    JobKind = str
else:  # an Enum of the commands: typer offers its values as the argument's choices
    JobKind = StrEnum("JobKind", {command: command for command in _COMMANDS})

KindArgument = Annotated[
    JobKind,
    typer.Argument(
        help=f"The product: {', '.join(_COMMANDS[:-1])} or {_COMMANDS[-1]}.",
        show_default=False,
        metavar="KIND",
    ),
]


def status_document(status: JobStatus) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": status.id,
        "kind": status.kind.replace("_", "-"),  # as the commands name it: email-validation
        "state": status.state,
        "done": status.done,
        "failed": status.failed,
        "processed": status.processed,
        "total": status.total,
        "progress": status.progress,
    }
    if status.error:
        document["error"] = status.error
    if status.counts:
        document["counts"] = dict(status.counts)
    return document


def show_status(status: JobStatus) -> None:
    document = status_document(status)
    if session().json:
        print_json(document)
    else:
        show_fields(document)


@app.command()
def status(kind: KindArgument, job_id: JobIdArgument) -> None:
    """Show where a job stands (free)."""
    show_status(attach(session().client(), needs.BY_COMMAND[kind], job_id).refresh())


@app.command()
def wait(kind: KindArgument, job_id: JobIdArgument, timeout: TimeoutOption = None) -> None:
    """Wait until a job is done (exit 7 if it failed, 8 if it outlasted --wait-timeout)."""
    product = needs.BY_COMMAND[kind]
    show_status(wait_for(attach(session().client(), product, job_id), product.title, timeout))


@app.command()
def results(
    kind: KindArgument,
    job_id: JobIdArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    timeout: TimeoutOption = None,
    escape_formulas: EscapeFormulasOption = EscapeFormulas.RESULTS,
    input: Annotated[
        str | None,
        typer.Option(
            "--input",
            "-i",
            metavar="FILE",
            help="The file the job was submitted from: write its rows, in order, each with the "
            "job's answer (the batch command's output).",
        ),
    ] = None,
    input_format: InputFormatOption = None,
    delimiter: DelimiterOption = None,
    column: Annotated[
        str | None,
        typer.Option(
            "--column",
            "-c",
            metavar="NAME",
            help="With --input: the column holding the item (default: detected as the batch "
            "command detects it; products that read one column).",
        ),
    ] = None,
) -> None:
    """Write every result of a job (waiting for it first): one row per unique item submitted,
    as it was sent (trimmed and normalised: JONAS@X.IO comes back as jonas@x.io; duplicates once).

    --input FILE joins them back onto the rows of the file the job was submitted from (the same
    columns as the batch command's output). Reading the results of a finished job settles its
    credits (once; reading again is free)."""
    current = session()
    current.output_to_file = output not in (None, "-")
    output_format(output, format, current.json)  # a bad -o name: refused before the wait
    product = needs.BY_COMMAND[kind]
    job = attach(current.client(), product, job_id)
    if input is not None:
        output_format(output, format, current.json)  # a bad -o name: refused before the wait
        if output not in (None, "-"):
            checked_target(str(output), input)  # nor the input file itself
        named = _named_column(product, column)
        wait_for(job, product.title, timeout)
        count, unknown = join_results(
            product,
            job,
            input,
            output=output,
            format=format,
            input_format=input_format,
            named=named,
            delimiter=None if delimiter is None else parse_delimiter(delimiter),
            json_mode=current.json,
            escape_formulas=escape_formulas,
        )
        reporter.note(
            f"wrote {count} rows of {input} with the results of job {job_id} to {output or 'stdout'}"
        )
        if unknown:  # never a success, as in the batch command: another file than the job's?
            rows = f"{unknown:,} row{'s' if unknown != 1 else ''}"
            raise CliError(
                f"{rows} without a known result (see the enrich_error column): job {job_id} returned "
                f"none for them; is {input} the file the job was submitted from?",
                ExitCode.INCOMPLETE,
            )
        return
    target: OutputFormat = output_format(output, format, current.json)
    wait_for(job, product.title, timeout)
    columns = _echo_columns(product) + list(product.output_columns)
    count = 0
    escape = escaped_columns(escape_formulas, columns)  # every cell comes from the API
    with open_output(output, target, columns, escape=escape) as writer:
        for item in job.results():
            result = as_dict(item)
            writer.write({**product.echo_cells(result), **product.row_cells(result, None)})
            count += 1
    reporter.note(f"wrote {count} results of {product.title} job {job_id} to {output or 'stdout'}")


def _named_column(kind: BatchKind, column: str | None) -> dict[Field, str]:
    if column is None:
        return {}
    if not column.strip():  # `--column "$COLUMN"` with the variable unset
        raise UsageError("--column names no column (it was given an empty one)")
    if len(kind.needs) != 1:
        raise UsageError(
            f"--column names the one column of a product that reads one; {kind.command} reads several"
        )
    return {kind.needs[0].field: column}


def _echo_columns(kind: BatchKind) -> list[str]:
    return list(kind.echo_cells({}))
