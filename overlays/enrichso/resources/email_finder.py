"""Email Finder: find a professional email from a name and a domain, one at a time, in batches of
up to 500,000 leads, or with find_many.

Costs (docs/api-notes.md 8): 10 credits per lead found, nothing when not found; a batch reserves 10 per
unique lead and refunds the unfound ones when its results are first read after it finishes.
A lead is a Lead model, a mapping (first_name/firstName, last_name/lastName, domain, or any
column name the command line recognises: `First Name`, `website`...) or a (first_name,
last_name, domain) tuple.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from enrichso_api.api.email_finder import (
    batch_find_emails,
    get_email_finder_batch_results,
    get_email_finder_batch_status,
)
from enrichso_api.models import (
    BatchEmailFinderRequest,
    BatchStatusResponse,
    BatchSubmitResponse,
    Lead,
)
from enrichso_api.types import UNSET

from .._core.batch import AsyncBatchJob, BatchJob, BatchProduct, total_of
from .._core.call import Call, from_generated, model
from .._core.flow import AsyncStream, Stream
from .._core.lazy import LazyModel
from .._core.limits import length_within
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import InvalidParameterError
from ..frames._frame_type import FrameT
from ..pipeline import cells
from ..pipeline.columns import DOMAIN, FIRST_NAME, LAST_NAME, domain_of, row_value
from ..pipeline.declaration import Cells, Column, Need, Operations, Product
from ..pipeline.fields import Field
from ..pipeline.many import ManyOptions, run_many, run_many_async
from ..pipeline.result import PipelineResult
from ..pipeline.spec import PipelineSpec
from ..views import Answer, EmailFinderView, answer, batch_items

if TYPE_CHECKING:  # typed pages and single calls import them when first used (start-up)
    from enrichso_api.models import (
        EmailFinderBatchResultsResponse,
        EmailFinderResponse,  # noqa: F401 - named by an answer alias
    )

FinderAnswer = Answer[EmailFinderView, "EmailFinderResponse"]


def _lead_cells(row: Cells) -> tuple[str, str, str]:
    """(first name, last name, domain) of a table's row: a lead as find_many takes it (it dedupes
    them case-insensitively)."""
    return (cells.name(row[0], "first name"), cells.name(row[1], "last name"), cells.domain(row[2]))


# The product, declared once: everything else (its *_many's limits and preflight, its table
# columns, the command line's batch and jobs commands, the docs) reads it from here.
DECLARATION: Product[EmailFinderView] = Product(
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
    needs=(
        Need(Field.FIRST_NAME, "--first-name-column", help="The first name column (default: detected)."),
        Need(Field.LAST_NAME, "--last-name-column", help="The last name column (default: detected)."),
        Need(
            Field.DOMAIN, "--domain-column", help="The company domain or website column (default: detected)."
        ),
    ),
    row_item=_lead_cells,
    frame_method="find_frame",
    webhook_events=("webhook:finder_lookup.completed", "finder.completed"),
    summary=(
        "Find the professional email of every person (first name, last name, company domain) "
        "(10 credits per unique lead found; not-found leads are refunded)."
    ),
    about="Email finder: from first name, last name and company domain.",
)

MAX_BATCH = DECLARATION.max_items
LeadInput = Lead | Mapping[str, Any] | tuple[str, str, str]

RESULTS_MODEL: LazyModel[EmailFinderBatchResultsResponse] = LazyModel("EmailFinderBatchResultsResponse")

PRODUCT: BatchProduct[EmailFinderBatchResultsResponse, EmailFinderView] = BatchProduct(
    kind=DECLARATION.kind,
    status_kwargs=get_email_finder_batch_status._get_kwargs,
    status_model=BatchStatusResponse,
    results_kwargs=get_email_finder_batch_results._get_kwargs,
    results_model=RESULTS_MODEL,
    items=batch_items(EmailFinderView.from_dict),
    total=total_of,
    item_model=EmailFinderView,
)

BatchFind = BatchJob["EmailFinderBatchResultsResponse", EmailFinderView]
AsyncBatchFind = AsyncBatchJob["EmailFinderBatchResultsResponse", EmailFinderView]
FinderRow = PipelineResult[LeadInput, EmailFinderView]


def to_lead(row: LeadInput) -> Lead | None:
    """A Lead with trimmed members, or None when a member is missing or empty. A dict row's
    columns are found as the command line finds a file's (pipeline/columns.py: `First Name`, `website`...);
    a website URL is reduced to its domain."""
    if isinstance(row, Lead):
        parts: tuple[Any, Any, Any] = (row.first_name, row.last_name, row.domain)
    elif isinstance(row, Mapping):
        parts = (
            row_value(row, FIRST_NAME, "firstName"),
            row_value(row, LAST_NAME, "lastName"),
            row_value(row, DOMAIN),
        )
    elif isinstance(row, tuple) and len(row) == 3:
        parts = row
    else:
        return None
    if not all(isinstance(p, str) and p.strip() for p in parts):
        return None
    domain = domain_of(parts[2])
    if not domain:
        return None
    return Lead(first_name=parts[0].strip(), last_name=parts[1].strip(), domain=domain)


def _key(first: str, last: str, domain: str) -> str:
    return f"{first.strip().lower()}\x1f{last.strip().lower()}\x1f{domain.strip().lower()}"


def _normalise(row: LeadInput) -> tuple[str, Any] | None:
    """(dedupe key, the lead as the submit body lists it)."""
    lead = to_lead(row)
    return None if lead is None else (_key(lead.first_name, lead.last_name, lead.domain), lead.to_dict())


def _key_of_item(item: Mapping[str, Any]) -> str:
    return _key(item["firstName"], item["lastName"], item["domain"])


def _result_key(result: Mapping[str, Any]) -> str | None:
    first, last, domain = result.get("firstName"), result.get("lastName"), result.get("domain")
    if isinstance(first, str) and isinstance(last, str) and isinstance(domain, str):
        return _key(first, last, domain)
    return None


def find_call(first_name: str, last_name: str, domain: str) -> Call[FinderAnswer]:
    from enrichso_api.api.email_finder import find_email
    from enrichso_api.models import EmailFinderRequest, EmailFinderResponse

    length_within("first_name", first_name, 1, 100)
    length_within("last_name", last_name, 1, 100)
    length_within("domain", domain, 1, 253)
    body = EmailFinderRequest(first_name=first_name, last_name=last_name, domain=domain)
    return from_generated(
        find_email._get_kwargs(body=body),
        answer(EmailFinderResponse, EmailFinderView.from_dict),
        operation="findEmail",
    )


def submit_call(leads: list[Lead], webhook_url: str | None = None) -> Call[BatchSubmitResponse]:
    if not leads:
        raise InvalidParameterError("a batch needs at least one lead")
    if len(leads) > MAX_BATCH:
        raise InvalidParameterError(
            f"a batch holds at most {MAX_BATCH:,} leads; use find_many() to split larger lists"
        )
    body = BatchEmailFinderRequest(leads=leads, webhook_url=UNSET if webhook_url is None else webhook_url)
    return from_generated(
        batch_find_emails._get_kwargs(body=body),
        model(BatchSubmitResponse),
        operation="batchFindEmails",
    )


def _leads(rows: Iterable[LeadInput]) -> list[Lead]:
    leads = []
    for row in rows:
        lead = to_lead(row)
        if lead is None:
            raise InvalidParameterError(
                f"not a lead (first_name, last_name and domain are required): {row!r}"
            )
        leads.append(lead)
    return leads


def _submit_chunk(leads: list[Any], webhook_url: str | None) -> Call[BatchSubmitResponse]:
    return submit_call([Lead.from_dict(lead) for lead in leads], webhook_url)


def _batch_id(envelope: BatchSubmitResponse) -> str:
    return envelope.data.batch_id


PIPELINE: PipelineSpec[LeadInput, EmailFinderView] = PipelineSpec(
    product=PRODUCT,
    normalise=_normalise,
    key_of_item=_key_of_item,
    submit_call=_submit_chunk,
    batch_id_of=_batch_id,
    result_key=_result_key,
    max_batch=MAX_BATCH,
)


# The methods that make a request when called: client.with_raw_response.email_finder has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "find",
    "submit_batch",
)


class EmailFinder:
    """client.email_finder"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def find(
        self, first_name: str, last_name: str, domain: str, **request: Unpack[RequestOptions]
    ) -> FinderAnswer:
        """Find the professional email of one person (10 credits when found, free otherwise)."""
        return self._t.with_request_options(**request).request(find_call(first_name, last_name, domain))

    def submit_batch(
        self, leads: Iterable[LeadInput], webhook_url: str | None = None, **request: Unpack[RequestOptions]
    ) -> BatchFind:
        """Submit up to 500,000 leads; reserves 10 credits per unique lead. Never retried once sent."""
        t = self._t.with_request_options(**request)
        envelope = t.request(submit_call(_leads(leads), webhook_url))
        return BatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> BatchFind:
        """Re-attach to an existing batch by id."""
        return BatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def find_many(
        self,
        leads: Iterable[LeadInput],
        **options: Unpack[ManyOptions],
    ) -> Stream[FinderRow]:
        """Find emails for any number of leads: dedupes them (trimmed, case-insensitive), submits
        batches of up to 500,000, waits, and yields one PipelineResult per input row in input
        order (row.found False and row.result.email None when no email was found). Runs when you
        iterate."""
        return run_many(
            self._t,
            PIPELINE,
            leads,
            **options,
        )

    def find_frame(
        self,
        frame: FrameT,
        first_name: str | None = None,
        last_name: str | None = None,
        domain: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """A pandas / polars DataFrame or pyarrow Table, same rows in the same order, with the
        `enrich_*` columns of `enrichso email-finder batch` appended (typed; null where missing), each
        distinct value looked up once through find_many (its options: journal, max_credits, ...).
        first_name / last_name / domain: their columns (default: found by name, like the CLI).
        Needs `pip install 'enrichso[frames]'`."""
        from ..frames._run import Field, enrich_frame

        return enrich_frame(
            self.find_many,
            "email-finder",
            frame,
            {Field.FIRST_NAME: first_name, Field.LAST_NAME: last_name, Field.DOMAIN: domain},
            skip_invalid,
            options,
        )


class AsyncEmailFinder:
    """client.email_finder on AsyncEnrich"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    async def find(
        self, first_name: str, last_name: str, domain: str, **request: Unpack[RequestOptions]
    ) -> FinderAnswer:
        """See EmailFinder.find."""
        return await self._t.with_request_options(**request).request(find_call(first_name, last_name, domain))

    async def submit_batch(
        self, leads: Iterable[LeadInput], webhook_url: str | None = None, **request: Unpack[RequestOptions]
    ) -> AsyncBatchFind:
        """See EmailFinder.submit_batch."""
        t = self._t.with_request_options(**request)
        envelope = await t.request(submit_call(_leads(leads), webhook_url))
        return AsyncBatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> AsyncBatchFind:
        """See EmailFinder.batch."""
        return AsyncBatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def find_many(
        self,
        leads: Iterable[LeadInput],
        **options: Unpack[ManyOptions],
    ) -> AsyncStream[FinderRow]:
        """See EmailFinder.find_many."""
        return run_many_async(
            self._t,
            PIPELINE,
            leads,
            **options,
        )

    async def find_frame(
        self,
        frame: FrameT,
        first_name: str | None = None,
        last_name: str | None = None,
        domain: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """See the sync client's find_frame."""
        from ..frames._run import Field, enrich_frame_async

        return await enrich_frame_async(
            self.find_many,
            "email-finder",
            frame,
            {Field.FIRST_NAME: first_name, Field.LAST_NAME: last_name, Field.DOMAIN: domain},
            skip_invalid,
            options,
        )
