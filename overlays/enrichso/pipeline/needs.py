"""The five batch products as tables see them (the command line's files, the frame methods'
columns): which fields a row needs, how a row becomes what the pipeline is given (it dedupes and
submits), and the cells a result adds to its row. Everything else (title, nouns, price, result
columns read from the typed views, webhooks) comes from the product's one declaration
(products.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import cells as values
from . import products
from .fields import Field

RESULT_PREFIX = products.RESULT_PREFIX
ERROR_COLUMN = RESULT_PREFIX + "error"  # set when the API's answer for a row is not known


@dataclass(frozen=True)
class Need:
    """A field the product reads from each row, and the command line option that names its column
    (the frame methods name it with a keyword made from it: --first-name-column -> first_name=)."""

    field: Field
    option: str
    required: bool = True
    help: str = ""  # the option's help, when it is not the plain --column


# The cells a row holds for the product's needs, in the order of `needs` ("" for a column the
# input does not have)
Cells = Sequence[str]


@dataclass(frozen=True)
class BatchKind:
    product: products.Product[Any]  # the declaration: everything not about rows and cells
    needs: tuple[Need, ...]
    # how a row becomes what the SDK pipeline takes (checked and normalised; raises
    # values.InvalidValue): from the cell itself for a product that reads one column, else from
    # the cells of its needs
    cell_item: Callable[[str], Any] | None = None
    row_item: Callable[[Cells], Any] | None = None

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
        if self.cell_item is not None:
            return self.cell_item(cells[0])
        assert self.row_item is not None, self.command
        return self.row_item(cells)

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


def _lead(cells: Cells) -> tuple[str, str, str]:
    """(first name, last name, domain): a lead as find_many takes it (it dedupes them
    case-insensitively)."""
    return (
        values.name(cells[0], "first name"),
        values.name(cells[1], "last name"),
        values.domain(cells[2]),
    )


def _phone_item(cells: Cells) -> str:
    """An email, or else a profile URL (the phone pipeline tells them apart)."""
    email, linkedin = cells[0].strip(), cells[1].strip()
    if email:
        return values.format_email(email)
    if linkedin:
        return values.profile_url(linkedin)
    raise values.InvalidValue("both the email and the LinkedIn URL cells are empty")


EMAIL_VALIDATION = BatchKind(
    product=products.EMAIL_VALIDATION,
    needs=(Need(Field.EMAIL, "--column"),),
    cell_item=values.email,
)

EMAIL_FINDER = BatchKind(
    product=products.EMAIL_FINDER,
    needs=(
        Need(Field.FIRST_NAME, "--first-name-column", help="The first name column (default: detected)."),
        Need(Field.LAST_NAME, "--last-name-column", help="The last name column (default: detected)."),
        Need(
            Field.DOMAIN, "--domain-column", help="The company domain or website column (default: detected)."
        ),
    ),
    row_item=_lead,
)

PHONE_FINDER = BatchKind(
    product=products.PHONE_FINDER,
    needs=(
        Need(Field.EMAIL, "--email-column", False, "The email column (default: detected)."),
        Need(Field.PROFILE_URL, "--linkedin-column", False, "The LinkedIn URL column (default: detected)."),
    ),
    row_item=_phone_item,
)

REVERSE_LOOKUP = BatchKind(
    product=products.REVERSE_LOOKUP,
    needs=(Need(Field.EMAIL, "--column"),),
    cell_item=values.format_email,
)

IP_TO_COMPANY = BatchKind(
    product=products.IP_TO_COMPANY,
    needs=(Need(Field.IP, "--column"),),
    cell_item=values.ip,
)

BATCH_KINDS = (EMAIL_VALIDATION, EMAIL_FINDER, PHONE_FINDER, REVERSE_LOOKUP, IP_TO_COMPANY)
BY_COMMAND = {kind.command: kind for kind in BATCH_KINDS}
