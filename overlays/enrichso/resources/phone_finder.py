"""Phone Finder: phone numbers from an email address or a LinkedIn profile URL, one at a time,
in bulk jobs of up to 500,000 items, or with find_many.

Costs (docs/api-notes.md 8): 500 credits per lookup that finds phones (free otherwise), also for the single
lookup, which is a GET but charges: it is not retried once sent. A bulk job reserves 500 per unique
item and refunds the items without phones when its results are first read after it finishes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from enrichso_api.api.phone_finder import (
    create_phone_bulk_job,
    get_phone_bulk_job_results,
    get_phone_bulk_job_status,
)
from enrichso_api.models import (
    PhoneBatchRequest,
    PhoneBulkJobStatusResponse,
    PhoneBulkJobSubmitResponse,
)
from enrichso_api.types import UNSET

from .._core.batch import AsyncBatchJob, BatchJob, BatchProduct, total_of
from .._core.call import Call, from_generated, model, patterned_id
from .._core.flow import AsyncStream, Stream
from .._core.lazy import LazyModel
from .._core.limits import length_within, strings
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import InvalidParameterError
from ..frames._frame_type import FrameT
from ..pipeline import cells
from ..pipeline.columns import EMAIL, LINKEDIN, row_value
from ..pipeline.declaration import Cells, Column, Need, Operations, Product
from ..pipeline.emails import is_format_email
from ..pipeline.fields import Field
from ..pipeline.many import ManyOptions, run_many, run_many_async
from ..pipeline.result import PipelineResult
from ..pipeline.spec import PipelineSpec
from ..views import Answer, PhonesView, answer, batch_items

if TYPE_CHECKING:  # typed pages and single calls import them when first used (start-up)
    from enrichso_api.models import (
        PhoneBulkJobResultsResponse,
        PhoneLookupResponse,  # noqa: F401 - named by an answer alias
    )

PhonesAnswer = Answer[PhonesView, "PhoneLookupResponse"]


def _person_cells(row: Cells) -> str:
    """A table's row as find_many takes it: its email, or else its profile URL (the phone
    pipeline tells them apart)."""
    email, linkedin = row[0].strip(), row[1].strip()
    if email:
        return cells.format_email(email)
    if linkedin:
        return cells.profile_url(linkedin)
    raise cells.InvalidValue("both the email and the LinkedIn URL cells are empty")


# The product, declared once: everything else (its *_many's limits and preflight, its table
# columns, the command line's batch and jobs commands, the docs) reads it from here.
DECLARATION: Product[PhonesView] = Product(
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
    needs=(
        Need(Field.EMAIL, "--email-column", False, "The email column (default: detected)."),
        Need(Field.PROFILE_URL, "--linkedin-column", False, "The LinkedIn URL column (default: detected)."),
    ),
    row_item=_person_cells,
    frame_method="find_frame",
    webhook_events=("webhook:phone_result.completed", "webhook:phone_completion.completed"),
    summary=(
        "Find the phone numbers of every person, by email or LinkedIn URL (the email when a row has "
        "both; 500 credits per unique person with phones found, the rest refunded)."
    ),
    about="Phone finder: from an email or a LinkedIn URL.",
)

MAX_BATCH = DECLARATION.max_items

# The documented pattern of a bulk phone job id (the spec's PhoneBulkJobId, docs/api-notes.md 9.16).
JOB_ID = re.compile(r"[a-f0-9]{24}")


def _job_id(job_id: str) -> str:
    return patterned_id(job_id, JOB_ID, "a phone finder job id is 24 lowercase hex characters")


RESULTS_MODEL: LazyModel[PhoneBulkJobResultsResponse] = LazyModel("PhoneBulkJobResultsResponse")

PRODUCT: BatchProduct[PhoneBulkJobResultsResponse, PhonesView] = BatchProduct(
    kind=DECLARATION.kind,
    status_kwargs=lambda job_id, **query: get_phone_bulk_job_status._get_kwargs(_job_id(job_id), **query),
    status_model=PhoneBulkJobStatusResponse,
    results_kwargs=lambda job_id, **query: get_phone_bulk_job_results._get_kwargs(_job_id(job_id), **query),
    results_model=RESULTS_MODEL,
    items=batch_items(PhonesView.from_dict),
    total=total_of,
    item_model=PhonesView,
)

BatchPhones = BatchJob["PhoneBulkJobResultsResponse", PhonesView]
AsyncBatchPhones = AsyncBatchJob["PhoneBulkJobResultsResponse", PhonesView]
PhoneRow = PipelineResult[str, PhonesView]


def is_profile_url(value: str) -> bool:
    """A LinkedIn profile URL rather than an email address."""
    lowered = value.lower()
    return lowered.startswith(("http://", "https://", "www.")) or "linkedin.com/" in lowered


def _row_cell(row: Mapping[str, Any]) -> Any:
    email = row_value(row, EMAIL)
    if isinstance(email, str) and email.strip():
        return email
    return row_value(row, LINKEDIN)


def _normalise(value: str) -> tuple[str, Any] | None:
    """Emails are compared case-insensitively, profile URLs as given (docs/api-notes.md 3.4). A dict row
    gives its email column's value, else its LinkedIn column's (pipeline/columns.py)."""
    if isinstance(value, Mapping):
        value = _row_cell(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if is_profile_url(text):
        return "l:" + text, ["linkedin", text]
    if not is_format_email(text):  # the API would refuse the whole batch (pipeline/emails.py)
        return None
    return "e:" + text.lower(), ["email", text]


def _key_of_item(item: list[str]) -> str:
    kind, text = item
    return "l:" + text if kind == "linkedin" else "e:" + text.lower()


def _result_key(item: Mapping[str, Any]) -> str | None:
    email = item.get("email")
    if isinstance(email, str) and email:
        return "e:" + email.strip().lower()
    linkedin = item.get("linkedin")
    if isinstance(linkedin, str) and linkedin:
        return "l:" + linkedin.strip()
    return None


def find_call(email: str | None = None, linkedin: str | None = None) -> Call[PhonesAnswer]:
    from enrichso_api.api.phone_finder import phone_lookup
    from enrichso_api.models import PhoneLookupResponse

    if not email and not linkedin:
        raise InvalidParameterError("give an email or a linkedin profile URL")
    length_within("email", email or None, 1, 254)
    length_within("linkedin", linkedin or None, 1, 500)
    kwargs = phone_lookup._get_kwargs(email=email or UNSET, linkedin=linkedin or UNSET)
    return from_generated(kwargs, answer(PhoneLookupResponse, PhonesView.from_dict), operation="phoneLookup")


def submit_call(
    emails: list[str], linkedins: list[str], webhook_url: str | None = None
) -> Call[PhoneBulkJobSubmitResponse]:
    count = len(emails) + len(linkedins)
    if count == 0:
        raise InvalidParameterError("a bulk job needs at least one email or profile URL")
    if count > MAX_BATCH:
        raise InvalidParameterError(
            f"a bulk job holds at most {MAX_BATCH:,} items; use find_many() to split larger lists"
        )
    body = PhoneBatchRequest(
        emails=emails or UNSET,
        linkedins=linkedins or UNSET,
        webhook_url=UNSET if webhook_url is None else webhook_url,
    )
    return from_generated(
        create_phone_bulk_job._get_kwargs(body=body),
        model(PhoneBulkJobSubmitResponse),
        operation="createPhoneBulkJob",
    )


def _submit_chunk(items: list[Any], webhook_url: str | None) -> Call[PhoneBulkJobSubmitResponse]:
    """The body lists emails and profile URLs apart (so it is built in memory, not streamed)."""
    emails = [value for kind, value in items if kind == "email"]
    linkedins = [value for kind, value in items if kind == "linkedin"]
    return submit_call(emails, linkedins, webhook_url)


def _batch_id(envelope: PhoneBulkJobSubmitResponse) -> str:
    return envelope.data.batch_id


PIPELINE: PipelineSpec[str, PhonesView] = PipelineSpec(
    product=PRODUCT,
    normalise=_normalise,
    key_of_item=_key_of_item,
    submit_call=_submit_chunk,
    batch_id_of=_batch_id,
    result_key=_result_key,
    max_batch=MAX_BATCH,
    ordered=False,  # the body separates emails from profile URLs, so results may come grouped
)


# The methods that make a request when called: client.with_raw_response.phone_finder has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "find",
    "submit_batch",
)


class PhoneFinder:
    """client.phone_finder"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def find(
        self, email: str | None = None, linkedin: str | None = None, **request: Unpack[RequestOptions]
    ) -> PhonesAnswer:
        """Phone numbers for an email or a LinkedIn profile URL (500 credits when found)."""
        return self._t.with_request_options(**request).request(find_call(email, linkedin))

    def submit_batch(
        self,
        emails: Iterable[str] = (),
        linkedins: Iterable[str] = (),
        webhook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> BatchPhones:
        """Start a bulk job (up to 500,000 items in all); reserves 500 credits per unique item."""
        t = self._t.with_request_options(**request)
        envelope = t.request(
            submit_call(
                strings("emails", emails, 1, 254), strings("linkedins", linkedins, 1, 500), webhook_url
            )
        )
        return BatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, job_id: str, **request: Unpack[RequestOptions]) -> BatchPhones:
        """Re-attach to an existing bulk job by id."""
        return BatchJob(self._t.with_request_options(**request), PRODUCT, job_id)

    def find_many(
        self,
        inputs: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> Stream[PhoneRow]:
        """Phone numbers for any number of emails and/or profile URLs (each input is one or the
        other): dedupes, submits bulk jobs of up to 500,000, waits, and yields one PipelineResult
        per input row in input order (row.found False when no number was found; row.result.phones
        are Phone(number, type) pairs)."""
        return run_many(
            self._t,
            PIPELINE,
            inputs,
            **options,
        )

    def find_frame(
        self,
        frame: FrameT,
        email: str | None = None,
        linkedin: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """A pandas / polars DataFrame or pyarrow Table, same rows in the same order, with the
        `enrich_*` columns of `enrichso phone-finder batch` appended (typed; null where missing), each
        distinct value looked up once through find_many (its options: journal, max_credits, ...).
        email / linkedin: their columns (a row is looked up by its email, else its LinkedIn URL).
        Needs `pip install 'enrichso[frames]'`."""
        from ..frames._run import Field, enrich_frame

        return enrich_frame(
            self.find_many,
            "phone-finder",
            frame,
            {Field.EMAIL: email, Field.PROFILE_URL: linkedin},
            skip_invalid,
            options,
        )


class AsyncPhoneFinder:
    """client.phone_finder on AsyncEnrich"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    async def find(
        self, email: str | None = None, linkedin: str | None = None, **request: Unpack[RequestOptions]
    ) -> PhonesAnswer:
        """See PhoneFinder.find."""
        return await self._t.with_request_options(**request).request(find_call(email, linkedin))

    async def submit_batch(
        self,
        emails: Iterable[str] = (),
        linkedins: Iterable[str] = (),
        webhook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncBatchPhones:
        """See PhoneFinder.submit_batch."""
        t = self._t.with_request_options(**request)
        envelope = await t.request(
            submit_call(
                strings("emails", emails, 1, 254), strings("linkedins", linkedins, 1, 500), webhook_url
            )
        )
        return AsyncBatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, job_id: str, **request: Unpack[RequestOptions]) -> AsyncBatchPhones:
        """See PhoneFinder.batch."""
        return AsyncBatchJob(self._t.with_request_options(**request), PRODUCT, job_id)

    def find_many(
        self,
        inputs: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> AsyncStream[PhoneRow]:
        """See PhoneFinder.find_many."""
        return run_many_async(
            self._t,
            PIPELINE,
            inputs,
            **options,
        )

    async def find_frame(
        self,
        frame: FrameT,
        email: str | None = None,
        linkedin: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """See the sync client's find_frame."""
        from ..frames._run import Field, enrich_frame_async

        return await enrich_frame_async(
            self.find_many,
            "phone-finder",
            frame,
            {Field.EMAIL: email, Field.PROFILE_URL: linkedin},
            skip_invalid,
            options,
        )
