"""Contains all the data models used in inputs/outputs"""

from .access_denied_response import AccessDeniedResponse
from .access_status import AccessStatus
from .batch_email_validation_request import BatchEmailValidationRequest
from .batch_job_status import BatchJobStatus
from .batch_results_meta import BatchResultsMeta
from .batch_status_data import BatchStatusData
from .batch_status_response import BatchStatusResponse
from .batch_submit_data import BatchSubmitData
from .batch_submit_meta import BatchSubmitMeta
from .batch_submit_response import BatchSubmitResponse
from .email_validation_batch_results_response import EmailValidationBatchResultsResponse
from .email_validation_batch_results_response_data import (
    EmailValidationBatchResultsResponseData,
)
from .email_validation_confidence import EmailValidationConfidence
from .email_validation_request import EmailValidationRequest
from .email_validation_response import EmailValidationResponse
from .email_validation_result import EmailValidationResult
from .email_validation_result_provider import EmailValidationResultProvider
from .email_verdict import EmailVerdict
from .enrichment_meta import EnrichmentMeta
from .error_credit_detail import ErrorCreditDetail
from .error_envelope import ErrorEnvelope
from .pagination import Pagination
from .request_meta import RequestMeta
from .success_operation_response import SuccessOperationResponse
from .success_operation_response_data import SuccessOperationResponseData
from .webhook_email_validation_completion import WebhookEmailValidationCompletion
from .webhook_email_validation_completion_data import (
    WebhookEmailValidationCompletionData,
)
from .webhook_email_validation_result import WebhookEmailValidationResult
from .webhook_email_validation_result_data import WebhookEmailValidationResultData
from .webhook_email_validation_result_data_result import (
    WebhookEmailValidationResultDataResult,
)

__all__ = (
    "AccessDeniedResponse",
    "AccessStatus",
    "BatchEmailValidationRequest",
    "BatchJobStatus",
    "BatchResultsMeta",
    "BatchStatusData",
    "BatchStatusResponse",
    "BatchSubmitData",
    "BatchSubmitMeta",
    "BatchSubmitResponse",
    "EmailValidationBatchResultsResponse",
    "EmailValidationBatchResultsResponseData",
    "EmailValidationConfidence",
    "EmailValidationRequest",
    "EmailValidationResponse",
    "EmailValidationResult",
    "EmailValidationResultProvider",
    "EmailVerdict",
    "EnrichmentMeta",
    "ErrorCreditDetail",
    "ErrorEnvelope",
    "Pagination",
    "RequestMeta",
    "SuccessOperationResponse",
    "SuccessOperationResponseData",
    "WebhookEmailValidationCompletion",
    "WebhookEmailValidationCompletionData",
    "WebhookEmailValidationResult",
    "WebhookEmailValidationResultData",
    "WebhookEmailValidationResultDataResult",
)
