"""Reverse Email Lookup: the professional profile behind an email, one at a time, in bulk batches
of up to 100,000 emails, or with lookup_many.

Costs (docs/api-notes.md 8): 10 credits per email with a profile, free otherwise; a batch reserves 10 per
unique email and refunds those without a profile when its results are first read.

Results of a batch list only the emails that had a profile, in submission order, and (as
documented) without naming the email. lookup_many therefore matches a result to its row by the
email when the result carries one (an `email` member, as the simulator sends), else by position,
which is exact when every email of the batch had a profile; rows it cannot attribute come back
with `error` set (see PipelineResult).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from enrichso_api.api.reverse_email_lookup import (
    bulk_reverse_lookup,
    get_bulk_lookup_results,
    get_bulk_lookup_status,
)
from enrichso_api.models import (
    BatchStatusResponse,
    BulkLookupRequest,
    BulkLookupResponse,
)
from enrichso_api.types import UNSET

from .._core.batch import AsyncBatchJob, BatchJob, BatchProduct, total_of
from .._core.call import Call, from_generated, model
from .._core.flow import AsyncStream, Stream
from .._core.lazy import LazyModel
from .._core.limits import length_within, strings
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import InvalidParameterError
from ..frames._frame_type import FrameT
from ..pipeline import cells
from ..pipeline.declaration import Column, Need, Operations, Product
from ..pipeline.emails import format_email_key, format_email_keys
from ..pipeline.fields import Field
from ..pipeline.many import ManyOptions, run_many, run_many_async
from ..pipeline.result import PipelineResult
from ..pipeline.spec import PipelineSpec
from ..views import Answer, ProfileView, answer, batch_items

if TYPE_CHECKING:  # typed pages and single calls import them when first used (start-up)
    from enrichso_api.models import (
        BulkLookupResultsResponse,
        ReverseLookupResponse,  # noqa: F401 - named by an answer alias
    )

ProfileAnswer = Answer[ProfileView, "ReverseLookupResponse"]

# The product, declared once: everything else (its *_many's limits and preflight, its table
# columns, the command line's batch and jobs commands, the docs) reads it from here.
DECLARATION: Product[ProfileView] = Product(
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
    needs=(Need(Field.EMAIL, "--column"),),
    cell_item=cells.format_email,
    frame_method="lookup_frame",
    webhook_events=("webhook:email_result.completed", "webhook:email_completion.completed"),
    summary=(
        "Look up the professional profile behind every email (10 credits per unique email with a "
        "profile found; at most 100,000 per job, larger inputs are split)."
    ),
    about="Reverse email lookup: the professional profile behind an email.",
)

MAX_BATCH = DECLARATION.max_items

RESULTS_MODEL: LazyModel[BulkLookupResultsResponse] = LazyModel("BulkLookupResultsResponse")

PRODUCT: BatchProduct[BulkLookupResultsResponse, ProfileView] = BatchProduct(
    kind=DECLARATION.kind,
    status_kwargs=get_bulk_lookup_status._get_kwargs,
    status_model=BatchStatusResponse,
    results_kwargs=get_bulk_lookup_results._get_kwargs,
    results_model=RESULTS_MODEL,
    items=batch_items(ProfileView.from_dict),
    total=total_of,
    item_model=ProfileView,
)

BatchLookup = BatchJob["BulkLookupResultsResponse", ProfileView]
AsyncBatchLookup = AsyncBatchJob["BulkLookupResultsResponse", ProfileView]
LookupRow = PipelineResult[str, ProfileView]


def _result_key(result: Mapping[str, Any]) -> str | None:
    """The email a result names, if the API added one (undocumented); None otherwise."""
    for name in ("email", "searchEmail", "input"):
        value = result.get(name)
        if isinstance(value, str) and value:
            return value.strip().lower()
    return None


def lookup_call(email: str) -> Call[ProfileAnswer]:
    from enrichso_api.api.reverse_email_lookup import reverse_lookup
    from enrichso_api.models import LookupRequest, ReverseLookupResponse

    length_within("email", email, 1, 254)
    kwargs = reverse_lookup._get_kwargs(body=LookupRequest(email=email))
    return from_generated(
        kwargs, answer(ReverseLookupResponse, ProfileView.from_dict), operation="reverseLookup"
    )


def submit_call(emails: list[str], webhook_url: str | None = None) -> Call[BulkLookupResponse]:
    if not emails:
        raise InvalidParameterError("a batch needs at least one email")
    if len(emails) > MAX_BATCH:
        raise InvalidParameterError(
            f"a batch holds at most {MAX_BATCH:,} emails; use lookup_many() to split larger lists"
        )
    body = BulkLookupRequest(emails=emails, webhook_url=UNSET if webhook_url is None else webhook_url)
    return from_generated(
        bulk_reverse_lookup._get_kwargs(body=body),
        model(BulkLookupResponse),
        operation="bulkReverseLookup",
    )


def _submit_chunk(emails: list[Any], webhook_url: str | None) -> Call[BulkLookupResponse]:
    return submit_call(emails, webhook_url)


def _batch_id(envelope: BulkLookupResponse) -> str:
    return envelope.data.batch_id


PIPELINE: PipelineSpec[str, ProfileView] = PipelineSpec(
    product=PRODUCT,
    normalise=format_email_key,
    key_of_item=str.lower,
    submit_call=_submit_chunk,
    batch_id_of=_batch_id,
    result_key=_result_key,
    max_batch=MAX_BATCH,
    positional=True,
    key_field="email",
    normalise_block=format_email_keys,
)


# The methods that make a request when called: client.with_raw_response.reverse_lookup has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "lookup",
    "submit_batch",
)


class ReverseLookup:
    """client.reverse_lookup"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def lookup(self, email: str, **request: Unpack[RequestOptions]) -> ProfileAnswer:
        """The professional profile behind one email (10 credits when found, free otherwise)."""
        return self._t.with_request_options(**request).request(lookup_call(email))

    def submit_batch(
        self, emails: Iterable[str], webhook_url: str | None = None, **request: Unpack[RequestOptions]
    ) -> BatchLookup:
        """Submit up to 100,000 emails; reserves 10 credits per unique email. Never retried once sent."""
        t = self._t.with_request_options(**request)
        envelope = t.request(submit_call(strings("emails", emails, 1, 254), webhook_url))
        return BatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> BatchLookup:
        """Re-attach to an existing batch by id."""
        return BatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def lookup_many(
        self,
        emails: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> Stream[LookupRow]:
        """Look up any number of emails: dedupes (case-insensitive), submits batches of up to
        100,000, waits, and yields one PipelineResult per input row in input order (see the
        module notes on how results are attributed)."""
        return run_many(
            self._t,
            PIPELINE,
            emails,
            **options,
        )

    def lookup_frame(
        self,
        frame: FrameT,
        column: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """A pandas / polars DataFrame or pyarrow Table, same rows in the same order, with the
        `enrich_*` columns of `enrichso reverse-lookup batch` appended (typed; null where missing), each
        distinct value looked up once through lookup_many (its options: journal, max_credits, ...).
        column: the email column (default: found by its name, like the CLI's --column).
        Needs `pip install 'enrichso[frames]'`."""
        from ..frames._run import Field, enrich_frame

        return enrich_frame(
            self.lookup_many, "reverse-lookup", frame, {Field.EMAIL: column}, skip_invalid, options
        )


class AsyncReverseLookup:
    """client.reverse_lookup on AsyncEnrich"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    async def lookup(self, email: str, **request: Unpack[RequestOptions]) -> ProfileAnswer:
        """See ReverseLookup.lookup."""
        return await self._t.with_request_options(**request).request(lookup_call(email))

    async def submit_batch(
        self, emails: Iterable[str], webhook_url: str | None = None, **request: Unpack[RequestOptions]
    ) -> AsyncBatchLookup:
        """See ReverseLookup.submit_batch."""
        t = self._t.with_request_options(**request)
        envelope = await t.request(submit_call(strings("emails", emails, 1, 254), webhook_url))
        return AsyncBatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> AsyncBatchLookup:
        """See ReverseLookup.batch."""
        return AsyncBatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def lookup_many(
        self,
        emails: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> AsyncStream[LookupRow]:
        """See ReverseLookup.lookup_many."""
        return run_many_async(
            self._t,
            PIPELINE,
            emails,
            **options,
        )

    async def lookup_frame(
        self,
        frame: FrameT,
        column: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """See the sync client's lookup_frame."""
        from ..frames._run import Field, enrich_frame_async

        return await enrich_frame_async(
            self.lookup_many, "reverse-lookup", frame, {Field.EMAIL: column}, skip_invalid, options
        )
