"""The Enrich API SDK: Enrich and AsyncEnrich, typed errors, job handles, pipelines, webhooks.

from enrichso import Enrich
client = Enrich()                        # $ENRICH_API_KEY
r = client.email_validation.validate("jane@example.com")
for row in client.email_validation.validate_many(emails):
    ...
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import errors
from ._client import AsyncEnrich, Enrich
from ._core.batch import AsyncBatchJob, BatchJob
from ._core.flow import AsyncStream, Stream
from ._core.jobs import JobStatus
from ._core.pagination import AsyncPager, Page, Pager
from ._core.raw_response import APIResponse
from ._core.request_options import RequestOptions, RequestOptionsNoTimeout
from ._core.transport import DownloadInfo
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    CreditBudgetExceededError,
    CreditCheckError,
    EnrichError,
    GoneError,
    InputsChangedError,
    InputsTypeError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidParameterError,
    JobError,
    JobFailedError,
    JournalConflictError,
    JournalError,
    JournalInUseError,
    JournalStaleError,
    MissingExtraError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    PicklingRefusedError,
    PreflightBalanceError,
    RateLimitError,
    ResponseTooLargeError,
    SubmitNotReconciledError,
    SubmitOutcomeUnknownError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookParseError,
)
from .journal import Chunk, FileJournal, Journal, MemoryJournal
from .pipeline.result import PipelineResult

if TYPE_CHECKING:
    from . import webhooks


def __getattr__(name: str) -> Any:
    # enrichso.webhooks loads the webhook models: only when it is used (import time, see benchmarks)
    if name == "webhooks":
        return import_module(".webhooks", __name__)
    if name in errors._DEPRECATED:  # old error names: errors.__getattr__ warns and answers
        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBatchJob",
    "AsyncEnrich",
    "AsyncPager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "BatchJob",
    "Chunk",
    "ConfigurationError",
    "ConflictError",
    "CreditBudgetExceededError",
    "CreditCheckError",
    "DownloadInfo",
    "Enrich",
    "EnrichError",
    "FileJournal",
    "GoneError",
    "InputsChangedError",
    "InputsTypeError",
    "MissingExtraError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidParameterError",
    "JobError",
    "JobFailedError",
    "JobStatus",
    "Journal",
    "JournalConflictError",
    "JournalError",
    "JournalInUseError",
    "JournalStaleError",
    "MemoryJournal",
    "NotFoundError",
    "OutcomeUnknownError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "PicklingRefusedError",
    "PipelineResult",
    "PreflightBalanceError",
    "RateLimitError",
    "RequestOptions",
    "RequestOptionsNoTimeout",
    "ResponseTooLargeError",
    "Stream",
    "SubmitNotReconciledError",
    "SubmitOutcomeUnknownError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookParseError",
    "__version__",
    "errors",
    "webhooks",
]
