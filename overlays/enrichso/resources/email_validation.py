"""Email Validation: validate one address, batches of up to 500,000, and validate_many.

Costs (docs/api-notes.md 8): 1 credit per address, `risky` verdicts are free; a batch reserves 1 credit
per unique address at submit and settles when its results are first read after it finishes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Unpack

from enrichso_api.api.email_validation import (
    batch_validate_emails,
    get_email_validation_batch_results,
    get_email_validation_batch_status,
)
from enrichso_api.models import BatchEmailValidationRequest, BatchStatusResponse, BatchSubmitResponse
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
from ..pipeline.emails import email_key, email_keys, raw_email_key
from ..pipeline.fields import Field
from ..pipeline.many import ManyOptions, run_many, run_many_async
from ..pipeline.result import PipelineResult
from ..pipeline.spec import PipelineSpec
from ..views import Answer, EmailValidationView, answer, batch_items

if TYPE_CHECKING:  # typed pages and single calls import them when first used (start-up)
    from enrichso_api.models import (
        EmailValidationBatchResultsResponse,
        EmailValidationResponse,  # noqa: F401 - named by ValidationAnswer
    )

ValidationAnswer = Answer[EmailValidationView, "EmailValidationResponse"]

# The product, declared once: everything else (its *_many's limits and preflight, its table
# columns, the command line's batch and jobs commands, the docs) reads it from here.
DECLARATION: Product[EmailValidationView] = Product(
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
    needs=(Need(Field.EMAIL, "--column"),),
    cell_item=cells.email,
    frame_method="validate_frame",
    webhook_events=("webhook:email_lookup.completed", "validation.completed"),
    summary="Validate every email (1 credit per unique email; risky verdicts are free).",
    about="Email validation: one address, or a whole file.",
)

MAX_BATCH = DECLARATION.max_items

RESULTS_MODEL: LazyModel[EmailValidationBatchResultsResponse] = LazyModel(
    "EmailValidationBatchResultsResponse"
)

PRODUCT: BatchProduct[EmailValidationBatchResultsResponse, EmailValidationView] = BatchProduct(
    kind=DECLARATION.kind,
    status_kwargs=get_email_validation_batch_status._get_kwargs,
    status_model=BatchStatusResponse,
    results_kwargs=get_email_validation_batch_results._get_kwargs,
    results_model=RESULTS_MODEL,
    items=batch_items(EmailValidationView.from_dict),
    total=total_of,
    item_model=EmailValidationView,
)

BatchValidation = BatchJob["EmailValidationBatchResultsResponse", EmailValidationView]
AsyncBatchValidation = AsyncBatchJob["EmailValidationBatchResultsResponse", EmailValidationView]
ValidationRow = PipelineResult[str, EmailValidationView]


def validate_call(email: str) -> Call[ValidationAnswer]:
    from enrichso_api.api.email_validation import validate_email
    from enrichso_api.models import EmailValidationRequest, EmailValidationResponse

    length_within("email", email, 1, 254)
    kwargs = validate_email._get_kwargs(body=EmailValidationRequest(email=email))
    return from_generated(
        kwargs,
        answer(EmailValidationResponse, EmailValidationView.from_dict),
        operation="validateEmail",
    )


def submit_call(emails: list[str], webhook_url: str | None = None) -> Call[BatchSubmitResponse]:
    if not emails:
        raise InvalidParameterError("a batch needs at least one email")
    if len(emails) > MAX_BATCH:
        raise InvalidParameterError(
            f"a batch holds at most {MAX_BATCH:,} emails; use validate_many() to split larger lists"
        )
    body = BatchEmailValidationRequest(
        emails=emails, webhook_url=UNSET if webhook_url is None else webhook_url
    )
    kwargs = batch_validate_emails._get_kwargs(body=body)
    return from_generated(kwargs, model(BatchSubmitResponse), operation="batchValidateEmails")


def _batch_id(envelope: BatchSubmitResponse) -> str:
    return envelope.data.batch_id


def _submit_chunk(emails: list[Any], webhook_url: str | None) -> Call[BatchSubmitResponse]:
    return submit_call(emails, webhook_url)


PIPELINE: PipelineSpec[str, EmailValidationView] = PipelineSpec(
    product=PRODUCT,
    normalise=email_key,
    key_of_item=str.lower,
    submit_call=_submit_chunk,
    batch_id_of=_batch_id,
    result_key=raw_email_key,
    max_batch=MAX_BATCH,
    key_field="email",
    normalise_block=email_keys,
)


# The methods that make a request when called: client.with_raw_response.email_validation has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "validate",
    "submit_batch",
)


class EmailValidation:
    """client.email_validation"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: SyncTransport) -> None:
        self._t = transport

    def validate(self, email: str, **request: Unpack[RequestOptions]) -> ValidationAnswer:
        """Validate one address (1 credit; a `risky` verdict is free). Returns the envelope:
        `.data.result` is valid / invalid / risky, `.meta.credits_used` what it cost."""
        return self._t.with_request_options(**request).request(validate_call(email))

    def submit_batch(
        self, emails: Iterable[str], webhook_url: str | None = None, **request: Unpack[RequestOptions]
    ) -> BatchValidation:
        """Submit up to 500,000 addresses; reserves 1 credit per unique address. Never retried
        once sent (a retry would reserve twice). Returns the job handle."""
        t = self._t.with_request_options(**request)
        envelope = t.request(submit_call(strings("emails", emails), webhook_url))
        return BatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> BatchValidation:
        """Re-attach to an existing batch by id (no request is made)."""
        return BatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def validate_many(
        self,
        emails: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> Stream[ValidationRow]:
        """Validate any number of addresses in one call: trims and dedupes them
        (case-insensitively), submits batches of up to 500,000 (or batch_size), waits, and
        yields one PipelineResult per input row, in input order, as results arrive. Duplicates
        are charged once. Runs when you iterate.

        Before submitting, refuses (CreditCheckError; nothing sent) a run the wallet cannot cover
        or that could cost more than max_credits. A submit whose answer is lost is reconciled
        through the wallet, never sent twice. With journal=FileJournal(path), a run started again
        after an interruption re-attaches to its batches and resumes where it stopped."""
        return run_many(
            self._t,
            PIPELINE,
            emails,
            **options,
        )

    def validate_frame(
        self,
        frame: FrameT,
        column: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """A pandas / polars DataFrame or pyarrow Table, same rows in the same order, with the
        `enrich_*` columns of `enrichso email-validation batch` appended (typed; null where missing), each
        distinct value looked up once through validate_many (its options: journal, max_credits, ...).
        column: the email column (default: found by its name, like the CLI's --column).
        Needs `pip install 'enrichso[frames]'`."""
        from ..frames._run import Field, enrich_frame

        return enrich_frame(
            self.validate_many, "email-validation", frame, {Field.EMAIL: column}, skip_invalid, options
        )


class AsyncEmailValidation:
    """client.email_validation on AsyncEnrich"""

    pipeline = PIPELINE  # what its *_many runs (enrichso.pipeline takes it)

    def __init__(self, transport: AsyncTransport) -> None:
        self._t = transport

    async def validate(self, email: str, **request: Unpack[RequestOptions]) -> ValidationAnswer:
        """See EmailValidation.validate."""
        return await self._t.with_request_options(**request).request(validate_call(email))

    async def submit_batch(
        self, emails: Iterable[str], webhook_url: str | None = None, **request: Unpack[RequestOptions]
    ) -> AsyncBatchValidation:
        """See EmailValidation.submit_batch."""
        t = self._t.with_request_options(**request)
        envelope = await t.request(submit_call(strings("emails", emails), webhook_url))
        return AsyncBatchJob(t, PRODUCT, envelope.data.batch_id, submitted=envelope)

    def batch(self, batch_id: str, **request: Unpack[RequestOptions]) -> AsyncBatchValidation:
        """See EmailValidation.batch."""
        return AsyncBatchJob(self._t.with_request_options(**request), PRODUCT, batch_id)

    def validate_many(
        self,
        emails: Iterable[str],
        **options: Unpack[ManyOptions],
    ) -> AsyncStream[ValidationRow]:
        """See EmailValidation.validate_many (`async for row in ...`)."""
        return run_many_async(
            self._t,
            PIPELINE,
            emails,
            **options,
        )

    async def validate_frame(
        self,
        frame: FrameT,
        column: str | None = None,
        *,
        skip_invalid: bool = False,
        **options: Unpack[ManyOptions],
    ) -> FrameT:
        """See the sync client's validate_frame."""
        from ..frames._run import Field, enrich_frame_async

        return await enrich_frame_async(
            self.validate_many, "email-validation", frame, {Field.EMAIL: column}, skip_invalid, options
        )
