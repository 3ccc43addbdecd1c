"""`enrichso <product> batch FILE`: one command per batch product, all made by batch_command,
each when its product group is first asked for it (ProductGroup)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from ...pipeline import needs, products
from ...pipeline.needs import BatchKind, Need
from ..batch.formulas import EscapeFormulas
from ..batch.run import BatchOptions, run_batch
from ..exit_codes import EPILOG
from ..failures import UsageError
from ..tabular.columns import Field
from ..tabular.formats import parse_delimiter
from .options import (
    BatchNoWaitOption,
    BatchSizeOption,
    DelimiterOption,
    EscapeFormulasOption,
    FormatOption,
    InputArgument,
    InputFormatOption,
    MaxCreditsOption,
    OutputOption,
    RestartOption,
    SkipInvalidOption,
    TimeoutOption,
    WebhookOption,
)

ColumnOption = Annotated[
    str | None, typer.Option("--column", "-c", metavar="NAME", help="The column to read (default: detected).")
]


def _options(columns: dict[Field, str], given: dict[str, Any]) -> BatchOptions:
    """BatchOptions from a command's arguments (its locals(): every batch command takes the same
    options, ip-to-company all but --webhook-url)."""
    delimiter = given["delimiter"]
    return BatchOptions(
        input=given["input"],
        output=given["output"],
        output_format=given["format"],
        input_format=given["input_format"],
        columns=columns,
        no_wait=given["no_wait"],
        timeout=given["timeout"],
        webhook_url=given.get("webhook_url"),
        max_credits=given["max_credits"],
        batch_size=given["batch_size"],
        delimiter=None if delimiter is None else parse_delimiter(delimiter),
        skip_invalid=given["skip_invalid"],
        escape_formulas=given["escape_formulas"],
        restart=given["restart"],
    )


def _column_option(need: Need) -> Any:
    """The typer annotation of the option that names a need's column."""
    if need.option == "--column":
        return ColumnOption
    return Annotated[str | None, typer.Option(need.option, metavar="NAME", help=need.help)]


def _help(kind: BatchKind) -> str:
    """The command's help, from the product's declaration."""
    columns = [
        f"{kind.product.column_names[i]} ({column.doc})" if column.doc else kind.product.column_names[i]
        for i, column in enumerate(kind.product.columns)
    ]
    added = ", ".join(columns[:-1]) + " and " + columns[-1] if len(columns) > 1 else columns[0]
    return f"{kind.product.summary}\n\nAdds {added} to every row."


def _parameter(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default, annotation=annotation
    )


def batch_command(kind: BatchKind) -> Callable[..., None]:
    """`enrichso <product> batch FILE`, built from the product: one column option per field it
    reads, --webhook-url where its submit takes one, its help and columns from its declaration."""
    columns = {need.option.removeprefix("--").replace("-", "_"): need for need in kind.needs}

    def command(**given: Any) -> None:
        for name, need in columns.items():
            if given[name] is not None and not given[name].strip():
                # `--column "$COLUMN"` with the variable unset: not "no --column" (the detected
                # column, maybe another one, would be sent and paid for)
                raise UsageError(f"{need.option} names no column (it was given an empty one)")
        named = {need.field: given[name] for name, need in columns.items() if given[name]}
        run_batch(kind, _options(named, given))

    parameters = [
        _parameter("input", InputArgument, inspect.Parameter.empty),
        _parameter("output", OutputOption, None),
        _parameter("format", FormatOption, None),
        _parameter("input_format", InputFormatOption, None),
        *(_parameter(name, _column_option(need), None) for name, need in columns.items()),
        _parameter("no_wait", BatchNoWaitOption, False),
        _parameter("timeout", TimeoutOption, None),
        *([_parameter("webhook_url", WebhookOption, None)] if kind.webhooks else []),
        _parameter("max_credits", MaxCreditsOption, None),
        _parameter("batch_size", BatchSizeOption, None),
        _parameter("delimiter", DelimiterOption, None),
        _parameter("skip_invalid", SkipInvalidOption, False),
        _parameter("escape_formulas", EscapeFormulasOption, EscapeFormulas.RESULTS),
        _parameter("restart", RestartOption, False),
    ]
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
    command.__name__ = command.__qualname__ = f"{kind.job_kind}_batch"
    command.__doc__ = _help(kind)
    return command


class ProductGroup(TyperGroup):
    """`enrichso <product>`: its `batch` command is made from the product's declaration the first
    time it is asked for (help, a run), so the command line starts without loading every product
    (their declarations live in their resource modules)."""

    def list_commands(self, ctx: Any) -> list[str]:  # ctx: a click Context (typer's own click)
        return ["batch", *(name for name in super().list_commands(ctx) if name != "batch")]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name == "batch" and cmd_name not in self.commands and self.name:
            kind = needs.table_of(products.product_of(self.name.replace("-", "_")))
            one = typer.Typer(add_completion=False, rich_markup_mode=None)
            one.command("batch", epilog=EPILOG)(batch_command(kind))
            self.add_command(typer.main.get_command(one), cmd_name)
        return super().get_command(ctx, cmd_name)
