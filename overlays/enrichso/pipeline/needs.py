"""The batch products as tables see them (the command line's files, the frame methods' columns):
which fields a row needs, how a row becomes what the pipeline is given (it dedupes and submits),
and the cells a result adds to its row. All of it is read from the product's one declaration
(its resource module's DECLARATION, see declaration.py); BATCH_KINDS follows the products the
generated registry lists (products.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from . import products
from .declaration import RESULT_PREFIX, Cells, Need, Product

__all__ = [
    "BATCH_KINDS",
    "BY_COMMAND",
    "ERROR_COLUMN",
    "RESULT_PREFIX",
    "BatchKind",
    "Cells",
    "Need",
    "table_of",
]

ERROR_COLUMN = RESULT_PREFIX + "error"  # set when the API's answer for a row is not known

if TYPE_CHECKING:
    BATCH_KINDS: tuple[BatchKind, ...]
    BY_COMMAND: dict[str, BatchKind]


@dataclass(frozen=True)
class BatchKind:
    """A product's declaration, seen as a table: its rows' needs and its added columns."""

    product: Product[Any]  # the declaration

    @property
    def needs(self) -> tuple[Need, ...]:
        return self.product.needs

    @property
    def cell_item(self) -> Callable[[str], Any] | None:
        return self.product.cell_item

    @property
    def row_item(self) -> Callable[[Cells], Any] | None:
        return self.product.row_item

    @property
    def command(self) -> str:  # the command group, e.g. "email-validation"
        return self.product.command

    @property
    def title(self) -> str:
        return self.product.title

    @property
    def noun(self) -> str:
        return self.product.noun

    @property
    def plural(self) -> str:
        return self.product.plural

    @property
    def job_kind(self) -> str:  # the SDK's job kind name, for `enrichso jobs`
        return self.product.kind

    @property
    def price(self) -> int:  # credits reserved per unique item
        return self.product.credits_per_item

    @property
    def webhooks(self) -> bool:  # whether a submit takes a webhookUrl
        return self.product.takes_webhook

    @property
    def result_columns(self) -> tuple[str, ...]:
        return self.product.column_names

    def result_values(self, result: Mapping[str, Any]) -> tuple[Any, ...]:
        """The values of result_columns, in order, read from the product's typed view."""
        return self.product.values(result)

    def charged(self, result: Mapping[str, Any]) -> bool:
        """Whether settlement charges for a result."""
        return self.product.is_charged(result)

    def echo_cells(self, result: Mapping[str, Any]) -> dict[str, Any]:
        """The item a result names (jobs results), read from the product's typed view."""
        return self.product.echoed(result)

    def item(self, cells: Cells) -> Any:
        """The row as the SDK pipeline takes it, from the cells of the product's needs."""
        return self.product.item(cells)

    @property
    def output_columns(self) -> tuple[str, ...]:
        """The columns added to every row: the product's result columns, then enrich_error."""
        return (*self.result_columns, ERROR_COLUMN)

    def row_values(self, result: Mapping[str, Any] | None, error: str | None) -> tuple[Any, ...]:
        """The added cells of one row, in output_columns order; all empty but enrich_error when
        the outcome is unknown. `result` None: nothing found."""
        if error:
            return (*(None for _ in self.result_columns), error)
        return (*self.result_values(result or {}), None)

    def row_cells(self, result: Mapping[str, Any] | None, error: str | None) -> dict[str, Any]:
        """row_values by column name."""
        return dict(zip(self.output_columns, self.row_values(result, error), strict=True))


@cache
def table_of(product: Product[Any]) -> BatchKind:
    """The table view of a declared product (one per product)."""
    return BatchKind(product)


@cache
def _by_command() -> dict[str, BatchKind]:
    return {product.command: table_of(product) for product in products.declared()}


def __getattr__(name: str) -> Any:
    """BATCH_KINDS, BY_COMMAND, and each product's table view by its kind in capitals
    (needs.EMAIL_VALIDATION), made on first use from the declared products."""
    if name == "BATCH_KINDS":
        return tuple(_by_command().values())
    if name == "BY_COMMAND":
        return _by_command()
    if not (name.isupper() and name.lower() in products.ABOUT):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return table_of(products.product_of(name.lower()))
