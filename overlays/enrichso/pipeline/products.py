"""The five batch products, each declared ONCE: everything else reads its facts from here.

A declaration holds what the SDK, the preflight, the command line and the docs need to know about
a batch product: its operation ids (submit, status, results), the per-batch maximum, the credits a
submit reserves per unique item, its nouns, the typed view of one result and the result columns
read from that view, which results settlement charges for, and its webhook events. The resource
module of a product (`enrichso.resources.<kind>`) builds the HTTP calls and the item check of
`*_many` (its PipelineSpec) on top; the CLI's batch commands, their help and columns, and the
credit preflight are derived from these declarations. Prices: docs/api-notes.md 8; maximums and
webhook events: docs/api-notes.md 1.5 and 4.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..views import CompanyView, EmailFinderView, EmailValidationView, PhonesView, ProfileView

View = TypeVar("View")

RESULT_PREFIX = "enrich_"  # the CLI's result columns are the declared names with this prefix


@dataclass(frozen=True)
class Column(Generic[View]):
    """One result column: its name (without RESULT_PREFIX) and its value, read from the view."""

    name: str
    value: Callable[[View], Any]
    doc: str = ""


@dataclass(frozen=True)
class Operations:
    """The spec's operation ids of a product's submit, status and results."""

    submit: str
    status: str
    results: str


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
    webhook_events: tuple[str, ...] = ()  # empty: the submit takes no webhookUrl
    summary: str = ""  # what a batch does and costs (CLI help, docs)
    about: str = ""  # one line on the product (the CLI's command group)

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


EMAIL_VALIDATION: Product[EmailValidationView] = Product(
    kind="email_validation",
    title="email validation",
    noun="email",
    plural="emails",
    operations=Operations(
        "batchValidateEmails", "getEmailValidationBatchStatus", "getEmailValidationBatchResults"
    ),
    max_items=500_000,
    credits_per_item=1,
    view=EmailValidationView.from_dict,
    columns=(
        Column("result", lambda v: v.result, "valid, invalid or risky"),
        Column("confidence", lambda v: v.confidence),
        Column("catch_all", lambda v: v.is_catch_all),
        Column("provider", lambda v: v.provider),
        Column("message", lambda v: v.message),
    ),
    charged=lambda v: v.result != "risky",
    echo=(Column("email", lambda v: v.email),),
    webhook_events=("webhook:email_lookup.completed", "validation.completed"),
    summary="Validate every email (1 credit per unique email; risky verdicts are free).",
    about="Email validation: one address, or a whole file.",
)

EMAIL_FINDER: Product[EmailFinderView] = Product(
    kind="email_finder",
    title="email finder",
    noun="lead",
    plural="leads",
    operations=Operations("batchFindEmails", "getEmailFinderBatchStatus", "getEmailFinderBatchResults"),
    max_items=500_000,
    credits_per_item=10,
    view=EmailFinderView.from_dict,
    columns=(
        Column("found", lambda v: v.found),
        Column("email", lambda v: v.email),
        Column("confidence", lambda v: v.confidence),
        Column("catch_all", lambda v: v.is_catch_all),
        Column("provider", lambda v: v.provider),
        Column("message", lambda v: v.message),
    ),
    charged=lambda v: bool(v.found),
    echo=(
        Column("first_name", lambda v: v.first_name),
        Column("last_name", lambda v: v.last_name),
        Column("domain", lambda v: v.domain),
    ),
    webhook_events=("webhook:finder_lookup.completed", "finder.completed"),
    summary=(
        "Find the professional email of every person (first name, last name, company domain) "
        "(10 credits per unique lead found; not-found leads are refunded)."
    ),
    about="Email finder: from first name, last name and company domain.",
)

PHONE_FINDER: Product[PhonesView] = Product(
    kind="phone_finder",
    title="phone finder",
    noun="person",
    plural="people",
    operations=Operations("createPhoneBulkJob", "getPhoneBulkJobStatus", "getPhoneBulkJobResults"),
    max_items=500_000,
    credits_per_item=500,
    view=PhonesView.from_dict,
    columns=(
        Column("found", lambda v: v.found),
        Column("phones", lambda v: [phone.number for phone in v.phones], 'separated by "; " in CSV'),
        Column("message", lambda v: v.error),
    ),
    charged=lambda v: bool(v.found),
    echo=(Column("email", lambda v: v.email), Column("linkedin", lambda v: v.linkedin)),
    webhook_events=("webhook:phone_result.completed", "webhook:phone_completion.completed"),
    summary=(
        "Find the phone numbers of every person, by email or LinkedIn URL (the email when a row has "
        "both; 500 credits per unique person with phones found, the rest refunded)."
    ),
    about="Phone finder: from an email or a LinkedIn URL.",
)

REVERSE_LOOKUP: Product[ProfileView] = Product(
    kind="reverse_lookup",
    title="reverse email lookup",
    noun="email",
    plural="emails",
    operations=Operations("bulkReverseLookup", "getBulkLookupStatus", "getBulkLookupResults"),
    max_items=100_000,
    credits_per_item=10,
    view=ProfileView.from_dict,
    columns=(
        Column("found", lambda v: v.found),
        Column("name", lambda v: v.display_name),
        Column("first_name", lambda v: v.first_name),
        Column("last_name", lambda v: v.last_name),
        Column("headline", lambda v: v.headline or v.title),
        Column("company", lambda v: v.company_name),
        Column("location", lambda v: v.location),
        Column("profile_url", lambda v: v.profile_url),
    ),
    charged=lambda v: bool(v.found),
    echo=(Column("email", lambda v: v.email),),
    webhook_events=("webhook:email_result.completed", "webhook:email_completion.completed"),
    summary=(
        "Look up the professional profile behind every email (10 credits per unique email with a "
        "profile found; at most 100,000 per job, larger inputs are split)."
    ),
    about="Reverse email lookup: the professional profile behind an email.",
)

IP_TO_COMPANY: Product[CompanyView] = Product(
    kind="ip_to_company",
    title="IP to company",
    noun="IP address",
    plural="IP addresses",
    operations=Operations("batchIpToCompany", "getIpToCompanyBatchStatus", "getIpToCompanyBatchResults"),
    max_items=500_000,
    credits_per_item=100,
    view=CompanyView.from_dict,
    columns=(
        Column("found", lambda v: v.found),
        Column("domain", lambda v: v.ip_domain),
        Column("organization", lambda v: v.ip_organization),
        Column("country", lambda v: v.ip_country_name),
        Column("country_code", lambda v: v.ip_country_code),
        Column("city", lambda v: v.ip_city),
        Column("timezone", lambda v: v.ip_timezone),
    ),
    charged=lambda v: bool(v.found),
    echo=(Column("ip", lambda v: v.search_ip),),
    summary=(
        "Resolve the company behind every IP address (100 credits per unique IP whose company "
        "domain is found, the rest refunded)."
    ),
    about="IP to company: the company behind an IP address.",
)

PRODUCTS: tuple[Product[Any], ...] = (
    EMAIL_VALIDATION,
    EMAIL_FINDER,
    PHONE_FINDER,
    REVERSE_LOOKUP,
    IP_TO_COMPANY,
)
BY_KIND: dict[str, Product[Any]] = {product.kind: product for product in PRODUCTS}
