"""What a batch product declares, once, in its resource module (`enrichso.resources.<kind>`,
its module-level DECLARATION): everything the SDK, the preflight, the command line, the frame
methods and the docs need to know about it. Its operation ids (submit, status, results), the
per-batch maximum, the credits a submit reserves per unique item, its nouns, the typed view of
one result and the result columns read from that view, which results settlement charges for,
its webhook events, the fields a row of a table needs and how a row becomes an item, the name of
its frame method, and its help. The products themselves are listed by the generated registry
(products.py). Prices: docs/api-notes.md 8; maximums and webhook events: docs/api-notes.md 1.5
and 4.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

from .fields import Field

View = TypeVar("View")

RESULT_PREFIX = "enrich_"  # the CLI's result columns are the declared names with this prefix

# Column, Operations and Need are named tuples (immutable records like Product, six times cheaper
# to create at import than a frozen dataclass: every program that names a product pays for them).

# The cells a row holds for the product's needs, in the order of `needs` ("" for a column the
# input does not have)
Cells = Sequence[str]


class Column(NamedTuple, Generic[View]):
    """One result column: its name (without RESULT_PREFIX) and its value, read from the view."""

    name: str
    value: Callable[[View], Any]
    doc: str = ""


class Operations(NamedTuple):
    """The spec's operation ids of a product's submit, status and results."""

    submit: str
    status: str
    results: str


class Need(NamedTuple):
    """A field the product reads from each row, and the command line option that names its column
    (the frame methods name it with a keyword made from it: --first-name-column -> first_name=)."""

    field: Field
    option: str
    required: bool = True
    help: str = ""  # the option's help, when it is not the plain --column

    @property
    def keyword(self) -> str:
        """The frame method's keyword for this column: --column -> column, --email-column -> email."""
        name = self.option.removeprefix("--")
        return name if name == "column" else name.removesuffix("-column").replace("-", "_")


@dataclass(frozen=True, repr=False)
class Product(Generic[View]):
    """One batch product, declared once (see the module docstring)."""

    kind: str  # the resource attribute and job kind: "email_validation"
    title: str  # "email validation"
    noun: str  # one item: "email", "lead"
    plural: str  # "emails", "leads"
    operations: Operations
    max_items: int  # items one submit may hold
    credits_per_item: int  # reserved per unique item at submit
    view: Callable[[Mapping[str, Any]], View]  # one result (decoded JSON) as its typed view
    columns: tuple[Column[View], ...]
    charged: Callable[[View], bool]  # whether settlement charges for a result
    echo: tuple[Column[View], ...]  # the input a result names (to join results back to rows)
    needs: tuple[Need, ...]  # the fields a row of a table (CLI file, frame) needs
    frame_method: str  # the resource's DataFrame method: "validate_frame"
    # how a row becomes what the SDK pipeline takes (checked and normalised; raises
    # cells.InvalidValue): from the cell itself for a product that reads one column, else from
    # the cells of its needs; exactly one of the two
    cell_item: Callable[[str], Any] | None = None
    row_item: Callable[[Cells], Any] | None = None
    webhook_events: tuple[str, ...] = ()  # empty: the submit takes no webhookUrl
    summary: str = ""  # what a batch does and costs (CLI help, docs)
    about: str = ""  # one line on the product (the CLI's command group)

    def __post_init__(self) -> None:
        if (self.cell_item is None) == (self.row_item is None):
            raise TypeError(f"{self.kind}: declare exactly one of cell_item and row_item")
        if self.cell_item is not None and len(self.needs) != 1:
            raise TypeError(f"{self.kind}: cell_item reads one column; declare row_item for several")

    def __repr__(self) -> str:  # its functions' addresses would change from run to run
        return f"Product({self.kind!r})"

    @property
    def takes_webhook(self) -> bool:
        return bool(self.webhook_events)

    @property
    def command(self) -> str:
        """The command line's name: "email-validation"."""
        return self.kind.replace("_", "-")

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(RESULT_PREFIX + column.name for column in self.columns)

    def values(self, raw: Mapping[str, Any]) -> tuple[Any, ...]:
        """The result columns' values of one result (decoded JSON, {} for nothing found)."""
        view = self.view(raw)
        return tuple(column.value(view) for column in self.columns)

    def echoed(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """The input a result names, by echo column name."""
        view = self.view(raw)
        return {column.name: column.value(view) for column in self.echo}

    def is_charged(self, raw: Mapping[str, Any]) -> bool:
        return bool(raw) and self.charged(self.view(raw))

    def item(self, cells: Cells) -> Any:
        """A row as the SDK pipeline takes it, from the cells of the product's needs."""
        if self.cell_item is not None:
            return self.cell_item(cells[0])
        assert self.row_item is not None, self.kind  # __post_init__
        return self.row_item(cells)
