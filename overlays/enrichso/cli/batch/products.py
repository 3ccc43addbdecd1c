"""The five batch products as the command line sees them: which fields a row needs, how a row
becomes what the SDK pipeline is given (it dedupes and submits), and which result columns it adds.
The result columns are read from the SDK's normalised views (enrichso.views), so they
are filled whichever of the API's documented shapes came back."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...views import CompanyView, EmailFinderView, EmailValidationView, PhonesView, ProfileView
from ..tabular import values
from ..tabular.columns import Field

RESULT_PREFIX = "enrich_"
ERROR_COLUMN = RESULT_PREFIX + "error"  # set when the API's answer for a row is not known


@dataclass(frozen=True)
class Need:
    """A field the product reads from each row, and the option that names its column."""

    field: Field
    option: str
    required: bool = True


# The cells a row holds for the product's needs, in the order of `needs` ("" for a column the
# input does not have)
Cells = Sequence[str]


@dataclass(frozen=True)
class BatchKind:
    command: str  # the command group, e.g. "email-validation"
    title: str  # "email validation"
    noun: str  # one item, for messages: "email", "lead"
    job_kind: str  # the SDK's job kind name, for `enrichso jobs`
    needs: tuple[Need, ...]
    result_columns: tuple[str, ...]
    # API result dict -> the values of result_columns, in order
    result_values: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    echo_cells: Callable[[Mapping[str, Any]], dict[str, Any]]  # the item a result names (jobs results)
    price: int  # credits reserved per unique item (docs/api-notes.md 8)
    charged: Callable[[Mapping[str, Any]], bool]  # whether settlement charges for a result
    webhooks: bool = True  # whether a submit takes a webhookUrl
    # how a row becomes what the SDK pipeline takes (checked and normalised; raises
    # values.InvalidValue): from the cell itself for a product that reads one column, else from
    # the cells of its needs
    cell_item: Callable[[str], Any] | None = None
    row_item: Callable[[Cells], Any] | None = None

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


def _columns(*names: str) -> tuple[str, ...]:
    return tuple(RESULT_PREFIX + name for name in names)


# --- email validation ------------------------------------------------------------------------

_VALIDATION = _columns("result", "confidence", "catch_all", "provider", "message")


def _validation_values(r: Mapping[str, Any]) -> tuple[Any, ...]:
    v = EmailValidationView.from_dict(r)
    return v.result, v.confidence, v.is_catch_all, v.provider, v.message


EMAIL_VALIDATION = BatchKind(
    command="email-validation",
    title="email validation",
    noun="email",
    job_kind="email_validation",
    needs=(Need(Field.EMAIL, "--column"),),
    cell_item=values.email,
    result_columns=_VALIDATION,
    result_values=_validation_values,
    echo_cells=lambda r: {"email": r.get("email")},
    price=1,
    charged=lambda r: bool(r) and EmailValidationView.from_dict(r).result != "risky",
)

# --- email finder ----------------------------------------------------------------------------

_FINDER = _columns("found", "email", "confidence", "catch_all", "provider", "message")


def _finder_values(r: Mapping[str, Any]) -> tuple[Any, ...]:
    v = EmailFinderView.from_dict(r)
    return v.found, v.email, v.confidence, v.is_catch_all, v.provider, v.message


def _lead(cells: Cells) -> tuple[str, str, str]:
    """(first name, last name, domain): a lead as find_many takes it (it dedupes them
    case-insensitively)."""
    return (
        values.name(cells[0], "first name"),
        values.name(cells[1], "last name"),
        values.domain(cells[2]),
    )


EMAIL_FINDER = BatchKind(
    command="email-finder",
    title="email finder",
    noun="lead",
    job_kind="email_finder",
    needs=(
        Need(Field.FIRST_NAME, "--first-name-column"),
        Need(Field.LAST_NAME, "--last-name-column"),
        Need(Field.DOMAIN, "--domain-column"),
    ),
    row_item=_lead,
    result_columns=_FINDER,
    result_values=_finder_values,
    echo_cells=lambda r: {
        "first_name": r.get("firstName"),
        "last_name": r.get("lastName"),
        "domain": r.get("domain"),
    },
    price=10,
    charged=lambda r: EmailFinderView.from_dict(r).found,
)

# --- phone finder ----------------------------------------------------------------------------

_PHONES = _columns("found", "phones", "message")


def _phone_values(r: Mapping[str, Any]) -> tuple[Any, ...]:
    v = PhonesView.from_dict(r)
    return v.found, [phone.number for phone in v.phones], v.error


def _phone_item(cells: Cells) -> str:
    """An email, or else a profile URL (the phone pipeline tells them apart)."""
    email, linkedin = cells[0].strip(), cells[1].strip()
    if email:
        return values.format_email(email)
    if linkedin:
        return values.profile_url(linkedin)
    raise values.InvalidValue("both the email and the LinkedIn URL cells are empty")


PHONE_FINDER = BatchKind(
    command="phone-finder",
    title="phone finder",
    noun="item",
    job_kind="phone_finder",
    needs=(Need(Field.EMAIL, "--email-column", False), Need(Field.PROFILE_URL, "--linkedin-column", False)),
    row_item=_phone_item,
    result_columns=_PHONES,
    result_values=_phone_values,
    echo_cells=lambda r: {"email": r.get("email"), "linkedin": r.get("linkedin")},
    price=500,
    charged=lambda r: PhonesView.from_dict(r).found,
)

# --- reverse email lookup --------------------------------------------------------------------

_PROFILE = _columns(
    "found", "name", "first_name", "last_name", "headline", "company", "location", "profile_url"
)


def _profile_values(r: Mapping[str, Any]) -> tuple[Any, ...]:
    v = ProfileView.from_dict(r)
    return (
        v.found,
        v.display_name,
        v.first_name,
        v.last_name,
        v.headline or v.title,
        v.company_name,
        v.location,
        v.profile_url,
    )


REVERSE_LOOKUP = BatchKind(
    command="reverse-lookup",
    title="reverse email lookup",
    noun="email",
    job_kind="reverse_lookup",
    needs=(Need(Field.EMAIL, "--column"),),
    cell_item=values.format_email,
    result_columns=_PROFILE,
    result_values=_profile_values,
    echo_cells=lambda r: {"email": r.get("email")},
    price=10,
    charged=lambda r: ProfileView.from_dict(r).found,
)

# --- IP to company ---------------------------------------------------------------------------

_COMPANY = _columns("found", "domain", "organization", "country", "country_code", "city", "timezone")


def _company_values(r: Mapping[str, Any]) -> tuple[Any, ...]:
    v = CompanyView.from_dict(r)
    return (
        v.found,
        v.ip_domain,
        v.ip_organization,
        v.ip_country_name,
        v.ip_country_code,
        v.ip_city,
        v.ip_timezone,
    )


IP_TO_COMPANY = BatchKind(
    command="ip-to-company",
    title="IP to company",
    noun="IP address",
    job_kind="ip_to_company",
    needs=(Need(Field.IP, "--column"),),
    cell_item=values.ip,
    result_columns=_COMPANY,
    result_values=_company_values,
    echo_cells=lambda r: {"ip": r.get("searchIp")},
    price=100,
    charged=lambda r: CompanyView.from_dict(r).found,
    webhooks=False,
)

BATCH_KINDS = (EMAIL_VALIDATION, EMAIL_FINDER, PHONE_FINDER, REVERSE_LOOKUP, IP_TO_COMPANY)
BY_COMMAND = {kind.command: kind for kind in BATCH_KINDS}
