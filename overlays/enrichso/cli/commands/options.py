"""Options several commands share, declared once."""

from __future__ import annotations

import math
from typing import Annotated

import typer

from ..batch.formulas import EscapeFormulas
from ..batch.output import OutputFormat
from ..tabular.formats import InputFormat

InputArgument = Annotated[
    str,
    typer.Argument(
        help="CSV, TSV, JSON lines, Parquet (.parquet, needs enrichso[frames]) or a plain list (one "
        "value per line); - reads standard input.",
        show_default=False,
        metavar="FILE",
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write here (.csv, .tsv, .json, .jsonl or .parquet); standard output by default.",
    ),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        help="Output format: json is one array, jsonl one object per line, parquet needs "
        "enrichso[frames] (default: from the -o "
        "extension; to standard output the input's CSV or TSV, or JSON lines with --json).",
    ),
]
InputFormatOption = Annotated[
    InputFormat | None,
    typer.Option(
        "--input-format", help="Input format (default: from the extension, else from the first line)."
    ),
]
NoWaitOption = Annotated[
    bool,
    typer.Option("--no-wait", help="Start the job, print its id and exit (it runs on; follow it up later)."),
]
BatchNoWaitOption = Annotated[
    bool,
    typer.Option("--no-wait", help="Submit, print the job id(s) and exit; see `enrichso jobs`."),
]
# How long a command waits for a job by default: a job that has not finished by then is left
# running on the server (exit 7, with the command that waits again), never waited on silently.
DEFAULT_WAIT_TIMEOUT = 6 * 3600.0


def patience(seconds: float | None) -> float:
    """The --wait-timeout in force: the default when not given; `inf` waits as long as it takes."""
    if seconds is None:
        return DEFAULT_WAIT_TIMEOUT
    if math.isnan(seconds) or seconds <= 0:
        raise typer.BadParameter("must be a number of seconds above 0 (inf waits as long as it takes)")
    return seconds


TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--wait-timeout",
        "--timeout",
        metavar="SECONDS",
        callback=patience,
        help=(
            "Seconds to wait for the job(s) before giving up (exit 7; they keep running on the server, "
            f"`enrichso jobs wait` continues); default {DEFAULT_WAIT_TIMEOUT / 3600:g} h, inf for no limit."
        ),
    ),
]
WebhookOption = Annotated[
    str | None,
    typer.Option(
        "--webhook-url",
        metavar="URL",
        help="With --no-wait: the URL the API posts each result and the completion to.",
    ),
]
JobIdArgument = Annotated[str, typer.Argument(help="The job (batch) id.", show_default=False, metavar="ID")]


def _finite_credits(value: float | None) -> float | None:
    """nan and inf are no budget: refused here, before the input is read (the SDK refused them
    in its own words once the input was checked)."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"must be a number of credits, 0 or more, not {value}")
    return value


MaxCreditsOption = Annotated[
    float | None,
    typer.Option(
        "--max-credits",
        metavar="N",
        min=0,
        callback=_finite_credits,
        help="Refuse to start (nothing submitted) if the run could cost more than N credits "
        "(unique items x the price per item).",
    ),
]
RestartOption = Annotated[
    bool,
    typer.Option(
        "--restart",
        help="Forget an interrupted or unreadable run of this input and start afresh (what it "
        "submitted is submitted and charged again: check the wallet first).",
    ),
]
BatchSizeOption = Annotated[
    int | None,
    typer.Option(
        "--batch-size",
        metavar="N",
        min=1,
        help="Split the input into jobs of at most N unique items (default: the API's maximum).",
    ),
]
DelimiterOption = Annotated[
    str | None,
    typer.Option(
        "--delimiter",
        "-d",
        metavar="CHAR",
        help="The input's delimiter: one character, or comma, semicolon, tab, pipe (default: "
        "detected from the header line). A CSV output keeps it.",
    ),
]
SkipInvalidOption = Annotated[
    bool,
    typer.Option(
        "--skip-invalid",
        help="Send the valid rows and write the invalid ones as they are, with enrich_error saying "
        "why (default: any invalid row stops the run before anything is sent).",
    ),
]
EscapeFormulasOption = Annotated[
    EscapeFormulas,
    typer.Option(
        "--escape-formulas",
        help="CSV/TSV cells starting with = + - @ (a spreadsheet formula) get a ' in front: in the "
        "cells from the API (results), in every cell (all), or none. JSON lines are never altered.",
    ),
]
