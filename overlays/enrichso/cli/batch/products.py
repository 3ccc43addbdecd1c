"""The five batch products as the command line sees them: which fields a row needs, how a row
becomes the item submitted (and the identity duplicates share), and which result columns it adds."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True)
class PhoneItem:
    """Phone finder items are an email or a profile URL (the email is used when a row has both)."""

    email: str | None = None
    linkedin: str | None = None


@dataclass(frozen=True)
class Lead:
    first_name: str
    last_name: str
    domain: str


Cells = Mapping[Field, str]


@dataclass(frozen=True)
class BatchKind:
    command: str  # the command group, e.g. "email-validation"
    title: str  # "email validation"
    noun: str  # one item, for messages: "email", "lead"
    job_kind: str  # the SDK's job kind name, for `enrichso jobs`
    needs: tuple[Need, ...]
    item: Callable[[Cells], Any]  # the item to submit; raises values.InvalidValue
    result_columns: tuple[str, ...]
    result_cells: Callable[[Mapping[str, Any]], dict[str, Any]]  # API result dict -> result columns
    echo_cells: Callable[[Mapping[str, Any]], dict[str, Any]]  # the item a result names (jobs results)
    price: int  # credits reserved per unique item (facts.md 8)
    charged: Callable[[Mapping[str, Any]], bool]  # whether settlement charges for a result
    max_batch: int = 500_000
    webhooks: bool = True  # whether a submit takes a webhookUrl
    identity: Callable[[Any], Hashable] = lambda item: item  # what duplicates have in common

    @property
    def output_columns(self) -> tuple[str, ...]:
        """The columns added to every row: the product's result columns, then enrich_error."""
        return (*self.result_columns, ERROR_COLUMN)

    def row_cells(self, result: Mapping[str, Any], error: str | None) -> dict[str, Any]:
        """The added cells of one row; all empty but enrich_error when the outcome is unknown."""
        if error:
            return {**dict.fromkeys(self.result_columns), ERROR_COLUMN: error}
        return {**self.result_cells(result), ERROR_COLUMN: None}


def _columns(*names: str) -> tuple[str, ...]:
    return tuple(RESULT_PREFIX + name for name in names)


def _cells(columns: tuple[str, ...], *cells: Any) -> dict[str, Any]:
    return dict(zip(columns, cells, strict=True))


# --- email validation ------------------------------------------------------------------------

_VALIDATION = _columns("result", "confidence", "catch_all", "provider", "message")


def _validation_cells(r: Mapping[str, Any]) -> dict[str, Any]:
    return _cells(
        _VALIDATION,
        r.get("result"),
        r.get("confidence"),
        r.get("isCatchAll"),
        r.get("provider"),
        r.get("message"),
    )


EMAIL_VALIDATION = BatchKind(
    command="email-validation",
    title="email validation",
    noun="email",
    job_kind="email_validation",
    needs=(Need(Field.EMAIL, "--column"),),
    item=lambda cells: values.email(cells[Field.EMAIL]),
    result_columns=_VALIDATION,
    result_cells=_validation_cells,
    echo_cells=lambda r: {"email": r.get("email")},
    price=1,
    charged=lambda r: bool(r) and r.get("result") != "risky",
)

# --- email finder ----------------------------------------------------------------------------

_FINDER = _columns("found", "email", "confidence", "catch_all", "provider", "message")


def _finder_cells(r: Mapping[str, Any]) -> dict[str, Any]:
    found = r.get("found")
    return _cells(
        _FINDER,
        found,
        r.get("email"),
        r.get("confidence"),
        r.get("isCatchAll"),
        r.get("provider"),
        r.get("message"),
    )


def _lead(cells: Cells) -> Lead:
    return Lead(
        values.name(cells[Field.FIRST_NAME], "first name"),
        values.name(cells[Field.LAST_NAME], "last name"),
        values.domain(cells[Field.DOMAIN]),
    )


def _lead_identity(item: Any) -> Hashable:
    lead: Lead = item
    return (lead.first_name.casefold(), lead.last_name.casefold(), lead.domain)


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
    item=_lead,
    result_columns=_FINDER,
    result_cells=_finder_cells,
    echo_cells=lambda r: {
        "first_name": r.get("firstName"),
        "last_name": r.get("lastName"),
        "domain": r.get("domain"),
    },
    price=10,
    charged=lambda r: bool(r.get("found")),
    identity=_lead_identity,
)

# --- phone finder ----------------------------------------------------------------------------

_PHONES = _columns("found", "phones", "message")


def _phone_cells(r: Mapping[str, Any]) -> dict[str, Any]:
    phones = list(r.get("phones") or [])
    return _cells(_PHONES, bool(phones), phones, r.get("error"))


def _phone_item(cells: Cells) -> PhoneItem:
    email = cells.get(Field.EMAIL, "").strip()
    linkedin = cells.get(Field.PROFILE_URL, "").strip()
    if email:
        return PhoneItem(email=values.email(email))
    if linkedin:
        return PhoneItem(linkedin=values.profile_url(linkedin))
    raise values.InvalidValue("both the email and the LinkedIn URL cells are empty")


PHONE_FINDER = BatchKind(
    command="phone-finder",
    title="phone finder",
    noun="item",
    job_kind="phone_finder",
    needs=(Need(Field.EMAIL, "--email-column", False), Need(Field.PROFILE_URL, "--linkedin-column", False)),
    item=_phone_item,
    result_columns=_PHONES,
    result_cells=_phone_cells,
    echo_cells=lambda r: {"email": r.get("email"), "linkedin": r.get("linkedin")},
    price=500,
    charged=lambda r: bool(r.get("phones")),
)

# --- reverse email lookup --------------------------------------------------------------------

_PROFILE = _columns(
    "found", "name", "first_name", "last_name", "headline", "company", "location", "profile_url"
)


def _profile_cells(r: Mapping[str, Any]) -> dict[str, Any]:
    found = bool(r) and r.get("found", True) is not False
    return _cells(
        _PROFILE,
        found,
        r.get("displayName"),
        r.get("firstName"),
        r.get("lastName"),
        r.get("headline"),
        r.get("companyName"),
        r.get("location"),
        r.get("profileUrl"),
    )


REVERSE_LOOKUP = BatchKind(
    command="reverse-lookup",
    title="reverse email lookup",
    noun="email",
    job_kind="reverse_lookup",
    needs=(Need(Field.EMAIL, "--column"),),
    item=lambda cells: values.email(cells[Field.EMAIL]),
    result_columns=_PROFILE,
    result_cells=_profile_cells,
    echo_cells=lambda r: {"email": r.get("email")},
    price=10,
    charged=lambda r: bool(r) and r.get("found", True) is not False,
    max_batch=100_000,
)

# --- IP to company ---------------------------------------------------------------------------

_COMPANY = _columns("found", "domain", "organization", "country", "country_code", "city", "timezone")


def _company_cells(r: Mapping[str, Any]) -> dict[str, Any]:
    return _cells(
        _COMPANY,
        bool(r.get("ipDomain")),
        r.get("ipDomain"),
        r.get("ipOrganization"),
        r.get("ipCountryName"),
        r.get("ipCountryCode"),
        r.get("ipCity"),
        r.get("ipTimezone"),
    )


IP_TO_COMPANY = BatchKind(
    command="ip-to-company",
    title="IP to company",
    noun="IP address",
    job_kind="ip_to_company",
    needs=(Need(Field.IP, "--column"),),
    item=lambda cells: values.ip(cells[Field.IP]),
    result_columns=_COMPANY,
    result_cells=_company_cells,
    echo_cells=lambda r: {"ip": r.get("searchIp")},
    price=100,
    charged=lambda r: bool(r.get("ipDomain")),
    webhooks=False,
)

BATCH_KINDS = (EMAIL_VALIDATION, EMAIL_FINDER, PHONE_FINDER, REVERSE_LOOKUP, IP_TO_COMPANY)
BY_COMMAND = {kind.command: kind for kind in BATCH_KINDS}
