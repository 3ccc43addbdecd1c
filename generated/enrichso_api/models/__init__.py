"""Contains all the data models used in inputs/outputs"""

from .access_denied_response import AccessDeniedResponse
from .access_status import AccessStatus
from .batch_email_finder_request import BatchEmailFinderRequest
from .batch_email_validation_request import BatchEmailValidationRequest
from .batch_job_status import BatchJobStatus
from .batch_results_meta import BatchResultsMeta
from .batch_status_data import BatchStatusData
from .batch_status_response import BatchStatusResponse
from .batch_submit_data import BatchSubmitData
from .batch_submit_meta import BatchSubmitMeta
from .batch_submit_response import BatchSubmitResponse
from .bulk_lookup_request import BulkLookupRequest
from .bulk_lookup_response import BulkLookupResponse
from .bulk_lookup_results_response import BulkLookupResultsResponse
from .bulk_lookup_results_response_data import BulkLookupResultsResponseData
from .bulk_lookup_submit_data import BulkLookupSubmitData
from .education_history_item import EducationHistoryItem
from .email_finder_batch_results_response import EmailFinderBatchResultsResponse
from .email_finder_batch_results_response_data import (
    EmailFinderBatchResultsResponseData,
)
from .email_finder_confidence import EmailFinderConfidence
from .email_finder_outcome import EmailFinderOutcome
from .email_finder_request import EmailFinderRequest
from .email_finder_response import EmailFinderResponse
from .email_finder_result import EmailFinderResult
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
from .invitation import Invitation
from .invitation_list_response import InvitationListResponse
from .invitation_response import InvitationResponse
from .invitation_role import InvitationRole
from .invitation_status import InvitationStatus
from .invite_body import InviteBody
from .lead import Lead
from .lookup_request import LookupRequest
from .pagination import Pagination
from .phone_batch_request import PhoneBatchRequest
from .phone_bulk_job_results_response import PhoneBulkJobResultsResponse
from .phone_bulk_job_results_response_data import PhoneBulkJobResultsResponseData
from .phone_bulk_job_status_data import PhoneBulkJobStatusData
from .phone_bulk_job_status_response import PhoneBulkJobStatusResponse
from .phone_bulk_job_submit_data import PhoneBulkJobSubmitData
from .phone_bulk_job_submit_response import PhoneBulkJobSubmitResponse
from .phone_bulk_result_item import PhoneBulkResultItem
from .phone_lookup_response import PhoneLookupResponse
from .phone_lookup_result import PhoneLookupResult
from .position_history_item import PositionHistoryItem
from .request_meta import RequestMeta
from .reverse_lookup_response import ReverseLookupResponse
from .reverse_lookup_result import ReverseLookupResult
from .reverse_lookup_result_locale import ReverseLookupResultLocale
from .reverse_lookup_result_positions import ReverseLookupResultPositions
from .reverse_lookup_result_schools import ReverseLookupResultSchools
from .start_end_date import StartEndDate
from .start_end_date_end import StartEndDateEnd
from .start_end_date_start import StartEndDateStart
from .success_operation_response import SuccessOperationResponse
from .success_operation_response_data import SuccessOperationResponseData
from .team_member import TeamMember
from .team_member_list_response import TeamMemberListResponse
from .team_role import TeamRole
from .wallet_balance import WalletBalance
from .wallet_balance_response import WalletBalanceResponse
from .wallet_transaction import WalletTransaction
from .wallet_transaction_metadata import WalletTransactionMetadata
from .wallet_transaction_type import WalletTransactionType
from .wallet_transactions_response import WalletTransactionsResponse
from .wallet_transactions_response_data import WalletTransactionsResponseData
from .webhook_email_finder_completion import WebhookEmailFinderCompletion
from .webhook_email_finder_completion_data import WebhookEmailFinderCompletionData
from .webhook_email_finder_result import WebhookEmailFinderResult
from .webhook_email_finder_result_data import WebhookEmailFinderResultData
from .webhook_email_finder_result_data_result import WebhookEmailFinderResultDataResult
from .webhook_email_validation_completion import WebhookEmailValidationCompletion
from .webhook_email_validation_completion_data import (
    WebhookEmailValidationCompletionData,
)
from .webhook_email_validation_result import WebhookEmailValidationResult
from .webhook_email_validation_result_data import WebhookEmailValidationResultData
from .webhook_email_validation_result_data_result import (
    WebhookEmailValidationResultDataResult,
)
from .webhook_phone_completion import WebhookPhoneCompletion
from .webhook_phone_completion_data import WebhookPhoneCompletionData
from .webhook_phone_result import WebhookPhoneResult
from .webhook_phone_result_data import WebhookPhoneResultData
from .webhook_result_type import WebhookResultType
from .webhook_reverse_lookup_completion import WebhookReverseLookupCompletion
from .webhook_reverse_lookup_completion_data import WebhookReverseLookupCompletionData
from .webhook_reverse_lookup_result import WebhookReverseLookupResult
from .webhook_reverse_lookup_result_data import WebhookReverseLookupResultData

__all__ = (
    "AccessDeniedResponse",
    "AccessStatus",
    "BatchEmailFinderRequest",
    "BatchEmailValidationRequest",
    "BatchJobStatus",
    "BatchResultsMeta",
    "BatchStatusData",
    "BatchStatusResponse",
    "BatchSubmitData",
    "BatchSubmitMeta",
    "BatchSubmitResponse",
    "BulkLookupRequest",
    "BulkLookupResponse",
    "BulkLookupResultsResponse",
    "BulkLookupResultsResponseData",
    "BulkLookupSubmitData",
    "EducationHistoryItem",
    "EmailFinderBatchResultsResponse",
    "EmailFinderBatchResultsResponseData",
    "EmailFinderConfidence",
    "EmailFinderOutcome",
    "EmailFinderRequest",
    "EmailFinderResponse",
    "EmailFinderResult",
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
    "Invitation",
    "InvitationListResponse",
    "InvitationResponse",
    "InvitationRole",
    "InvitationStatus",
    "InviteBody",
    "Lead",
    "LookupRequest",
    "Pagination",
    "PhoneBatchRequest",
    "PhoneBulkJobResultsResponse",
    "PhoneBulkJobResultsResponseData",
    "PhoneBulkJobStatusData",
    "PhoneBulkJobStatusResponse",
    "PhoneBulkJobSubmitData",
    "PhoneBulkJobSubmitResponse",
    "PhoneBulkResultItem",
    "PhoneLookupResponse",
    "PhoneLookupResult",
    "PositionHistoryItem",
    "RequestMeta",
    "ReverseLookupResponse",
    "ReverseLookupResult",
    "ReverseLookupResultLocale",
    "ReverseLookupResultPositions",
    "ReverseLookupResultSchools",
    "StartEndDate",
    "StartEndDateEnd",
    "StartEndDateStart",
    "SuccessOperationResponse",
    "SuccessOperationResponseData",
    "TeamMember",
    "TeamMemberListResponse",
    "TeamRole",
    "WalletBalance",
    "WalletBalanceResponse",
    "WalletTransaction",
    "WalletTransactionMetadata",
    "WalletTransactionType",
    "WalletTransactionsResponse",
    "WalletTransactionsResponseData",
    "WebhookEmailFinderCompletion",
    "WebhookEmailFinderCompletionData",
    "WebhookEmailFinderResult",
    "WebhookEmailFinderResultData",
    "WebhookEmailFinderResultDataResult",
    "WebhookEmailValidationCompletion",
    "WebhookEmailValidationCompletionData",
    "WebhookEmailValidationResult",
    "WebhookEmailValidationResultData",
    "WebhookEmailValidationResultDataResult",
    "WebhookPhoneCompletion",
    "WebhookPhoneCompletionData",
    "WebhookPhoneResult",
    "WebhookPhoneResultData",
    "WebhookResultType",
    "WebhookReverseLookupCompletion",
    "WebhookReverseLookupCompletionData",
    "WebhookReverseLookupResult",
    "WebhookReverseLookupResultData",
)
