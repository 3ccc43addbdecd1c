"""`enrichso wallet balance|transactions`."""

from __future__ import annotations

from enum import StrEnum
from itertools import islice
from typing import Annotated

import typer

from ..render import show_envelope, show_rows
from ..session import session

app = typer.Typer(help="The organization's credit wallet.", no_args_is_help=True)


class TransactionType(StrEnum):
    DEDUCTION = "deduction"
    TOPUP = "topup"
    REFUND = "refund"
    ADJUSTMENT = "adjustment"


LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", metavar="N", help="Show at most N (default: all).", min=1)
]


@app.command()
def balance() -> None:
    """The credit balance and the organization id (free)."""
    show_envelope(session().client().wallets.balance())


@app.command()
def transactions(
    type: Annotated[
        TransactionType | None, typer.Option("--type", help="Only this kind of transaction.")
    ] = None,
    limit: LimitOption = None,
) -> None:
    """Every transaction, newest first, page after page (free)."""
    pages = session().client().wallets.transactions(type=type.value if type else None)
    show_rows(
        islice(pages, limit),
        [
            ("when", "createdAt"),
            ("type", "type"),
            ("amount", "amount"),
            ("balance after", "balanceAfter"),
            ("description", "description"),
        ],
        empty="no transactions",
    )
