"""Every data model of the API's inputs and outputs.

enrichso: the models are imported on first use (PEP 562 module __getattr__), so importing this
package, or one model, does not load the hundreds of others; `from enrichso_api.models import X`
works as before, and type checkers see the imports below.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_denied_response import AccessDeniedResponse
    from .access_status import AccessStatus
    from .async_export_response import AsyncExportResponse
    from .async_export_response_data import AsyncExportResponseData
    from .async_export_response_data_status import AsyncExportResponseDataStatus
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
    from .check_company_follower_limit_response import CheckCompanyFollowerLimitResponse
    from .check_company_follower_limit_response_data import (
        CheckCompanyFollowerLimitResponseData,
    )
    from .company_follower_progress_data import CompanyFollowerProgressData
    from .company_follower_progress_response import CompanyFollowerProgressResponse
    from .company_follower_request import CompanyFollowerRequest
    from .company_follower_results_data import CompanyFollowerResultsData
    from .company_follower_results_response import CompanyFollowerResultsResponse
    from .company_follower_results_response_meta import (
        CompanyFollowerResultsResponseMeta,
    )
    from .continue_company_follower_request import ContinueCompanyFollowerRequest
    from .count_estimate_job_status import CountEstimateJobStatus
    from .count_estimate_request import CountEstimateRequest
    from .count_estimate_result_data import CountEstimateResultData
    from .count_estimate_result_data_filters_applied import (
        CountEstimateResultDataFiltersApplied,
    )
    from .count_estimate_status_data import CountEstimateStatusData
    from .count_estimate_status_response import CountEstimateStatusResponse
    from .count_estimate_status_response_meta import CountEstimateStatusResponseMeta
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
    from .email_validation_batch_results_response import (
        EmailValidationBatchResultsResponse,
    )
    from .email_validation_batch_results_response_data import (
        EmailValidationBatchResultsResponseData,
    )
    from .email_validation_confidence import EmailValidationConfidence
    from .email_validation_request import EmailValidationRequest
    from .email_validation_response import EmailValidationResponse
    from .email_validation_result import EmailValidationResult
    from .email_validation_result_provider import EmailValidationResultProvider
    from .email_verdict import EmailVerdict
    from .employee_finder_request import EmployeeFinderRequest
    from .employee_finder_response import EmployeeFinderResponse
    from .employee_finder_response_data import EmployeeFinderResponseData
    from .employee_finder_response_meta import EmployeeFinderResponseMeta
    from .employee_finder_result import EmployeeFinderResult
    from .employee_finder_result_location import EmployeeFinderResultLocation
    from .enrichment_meta import EnrichmentMeta
    from .error_credit_detail import ErrorCreditDetail
    from .error_envelope import ErrorEnvelope
    from .follower_filter_country import FollowerFilterCountry
    from .follower_filter_department import FollowerFilterDepartment
    from .follower_filter_job_title import FollowerFilterJobTitle
    from .follower_filter_level import FollowerFilterLevel
    from .follower_filter_state import FollowerFilterState
    from .follower_profile import FollowerProfile
    from .function_breakdown_item import FunctionBreakdownItem
    from .invitation import Invitation
    from .invitation_list_response import InvitationListResponse
    from .invitation_response import InvitationResponse
    from .invitation_role import InvitationRole
    from .invitation_status import InvitationStatus
    from .invite_body import InviteBody
    from .ip_to_company_batch_request import IpToCompanyBatchRequest
    from .ip_to_company_batch_request_ips_item import IpToCompanyBatchRequestIpsItem
    from .ip_to_company_batch_results_response import IpToCompanyBatchResultsResponse
    from .ip_to_company_batch_results_response_data import (
        IpToCompanyBatchResultsResponseData,
    )
    from .ip_to_company_batch_results_response_data_results_item import (
        IpToCompanyBatchResultsResponseDataResultsItem,
    )
    from .ip_to_company_batch_results_response_meta import (
        IpToCompanyBatchResultsResponseMeta,
    )
    from .ip_to_company_batch_status_response import IpToCompanyBatchStatusResponse
    from .ip_to_company_batch_status_response_data import (
        IpToCompanyBatchStatusResponseData,
    )
    from .ip_to_company_batch_submit_response import IpToCompanyBatchSubmitResponse
    from .ip_to_company_batch_submit_response_data import (
        IpToCompanyBatchSubmitResponseData,
    )
    from .ip_to_company_batch_submit_response_meta import (
        IpToCompanyBatchSubmitResponseMeta,
    )
    from .ip_to_company_request import IpToCompanyRequest
    from .ip_to_company_response import IpToCompanyResponse
    from .ip_to_company_response_meta import IpToCompanyResponseMeta
    from .ip_to_company_result import IpToCompanyResult
    from .lead import Lead
    from .lead_contact_field import LeadContactField
    from .lead_count_request import LeadCountRequest
    from .lead_count_response import LeadCountResponse
    from .lead_count_response_data import LeadCountResponseData
    from .lead_enrich_request import LeadEnrichRequest
    from .lead_enrich_request_leads_item import LeadEnrichRequestLeadsItem
    from .lead_enrich_response import LeadEnrichResponse
    from .lead_enrich_response_data import LeadEnrichResponseData
    from .lead_enrich_response_meta import LeadEnrichResponseMeta
    from .lead_enrich_response_meta_pricing import LeadEnrichResponseMetaPricing
    from .lead_enrich_result import LeadEnrichResult
    from .lead_exclude_filters import LeadExcludeFilters
    from .lead_export_job_list_response import LeadExportJobListResponse
    from .lead_export_job_list_response_data import LeadExportJobListResponseData
    from .lead_export_job_progress import LeadExportJobProgress
    from .lead_export_job_status_response import LeadExportJobStatusResponse
    from .lead_export_job_status_response_data import LeadExportJobStatusResponseData
    from .lead_export_job_status_response_data_results import (
        LeadExportJobStatusResponseDataResults,
    )
    from .lead_export_job_summary import LeadExportJobSummary
    from .lead_export_phase import LeadExportPhase
    from .lead_export_request import LeadExportRequest
    from .lead_finder_deleted_response import LeadFinderDeletedResponse
    from .lead_finder_deleted_response_data import LeadFinderDeletedResponseData
    from .lead_finder_filter_category import LeadFinderFilterCategory
    from .lead_finder_filter_option import LeadFinderFilterOption
    from .lead_finder_filter_options_response import LeadFinderFilterOptionsResponse
    from .lead_finder_filter_options_response_data import (
        LeadFinderFilterOptionsResponseData,
    )
    from .lead_finder_pagination import LeadFinderPagination
    from .lead_finder_search_filters import LeadFinderSearchFilters
    from .lead_finder_search_filters_company_name_mode import (
        LeadFinderSearchFiltersCompanyNameMode,
    )
    from .lead_finder_suggest_response import LeadFinderSuggestResponse
    from .lead_finder_suggest_response_data import LeadFinderSuggestResponseData
    from .lead_job_status import LeadJobStatus
    from .lead_reveal_request import LeadRevealRequest
    from .lead_reveal_request_leads_item import LeadRevealRequestLeadsItem
    from .lead_reveal_response import LeadRevealResponse
    from .lead_reveal_response_data import LeadRevealResponseData
    from .lead_reveal_response_meta import LeadRevealResponseMeta
    from .lead_search_preview_result import LeadSearchPreviewResult
    from .lead_search_request import LeadSearchRequest
    from .lead_search_response import LeadSearchResponse
    from .lead_search_response_data import LeadSearchResponseData
    from .lead_search_type import LeadSearchType
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
    from .phone_number import PhoneNumber
    from .position_history_item import PositionHistoryItem
    from .request_meta import RequestMeta
    from .reveal_job_list_response import RevealJobListResponse
    from .reveal_job_list_response_data import RevealJobListResponseData
    from .reveal_job_poll_response import RevealJobPollResponse
    from .reveal_job_poll_response_data import RevealJobPollResponseData
    from .reveal_job_poll_response_data_progress_type_0 import (
        RevealJobPollResponseDataProgressType0,
    )
    from .reveal_job_poll_response_data_results_type_0 import (
        RevealJobPollResponseDataResultsType0,
    )
    from .reveal_job_submit_response import RevealJobSubmitResponse
    from .reveal_job_submit_response_data import RevealJobSubmitResponseData
    from .reveal_job_submit_response_data_status import (
        RevealJobSubmitResponseDataStatus,
    )
    from .reveal_job_summary import RevealJobSummary
    from .reveal_job_type import RevealJobType
    from .revealed_contact import RevealedContact
    from .reverse_lookup_response import ReverseLookupResponse
    from .reverse_lookup_result import ReverseLookupResult
    from .reverse_lookup_result_locale import ReverseLookupResultLocale
    from .reverse_lookup_result_positions import ReverseLookupResultPositions
    from .reverse_lookup_result_schools import ReverseLookupResultSchools
    from .saved_search_create_request import SavedSearchCreateRequest
    from .saved_search_item import SavedSearchItem
    from .saved_search_list_response import SavedSearchListResponse
    from .saved_search_response import SavedSearchResponse
    from .seniority_breakdown_item import SeniorityBreakdownItem
    from .start_company_follower_data import StartCompanyFollowerData
    from .start_company_follower_response import StartCompanyFollowerResponse
    from .start_company_follower_response_meta import StartCompanyFollowerResponseMeta
    from .start_count_estimate_data import StartCountEstimateData
    from .start_count_estimate_response import StartCountEstimateResponse
    from .start_count_estimate_response_meta import StartCountEstimateResponseMeta
    from .start_end_date import StartEndDate
    from .start_end_date_end import StartEndDateEnd
    from .start_end_date_start import StartEndDateStart
    from .success_operation_response import SuccessOperationResponse
    from .success_operation_response_data import SuccessOperationResponseData
    from .team_member import TeamMember
    from .team_member_list_response import TeamMemberListResponse
    from .team_role import TeamRole
    from .unlock_names_request import UnlockNamesRequest
    from .unlock_names_request_leads_item import UnlockNamesRequestLeadsItem
    from .unlock_names_response import UnlockNamesResponse
    from .unlock_names_response_data import UnlockNamesResponseData
    from .unlock_names_response_data_results_item import (
        UnlockNamesResponseDataResultsItem,
    )
    from .unlock_names_response_meta import UnlockNamesResponseMeta
    from .wallet_balance import WalletBalance
    from .wallet_balance_response import WalletBalanceResponse
    from .wallet_transaction import WalletTransaction
    from .wallet_transaction_metadata import WalletTransactionMetadata
    from .wallet_transaction_type import WalletTransactionType
    from .wallet_transactions_response import WalletTransactionsResponse
    from .wallet_transactions_response_data import WalletTransactionsResponseData
    from .waterfall_icp_cascade_level import WaterfallIcpCascadeLevel
    from .waterfall_icp_search_request import WaterfallIcpSearchRequest
    from .waterfall_icp_search_response import WaterfallIcpSearchResponse
    from .waterfall_icp_search_response_data import WaterfallIcpSearchResponseData
    from .waterfall_icp_search_response_data_cascade_stats_item import (
        WaterfallIcpSearchResponseDataCascadeStatsItem,
    )
    from .waterfall_icp_search_response_meta import WaterfallIcpSearchResponseMeta
    from .waterfall_icp_search_result import WaterfallIcpSearchResult
    from .waterfall_icp_search_result_current_position import (
        WaterfallIcpSearchResultCurrentPosition,
    )
    from .waterfall_icp_search_result_person import WaterfallIcpSearchResultPerson
    from .waterfall_icp_search_result_ranking_factors import (
        WaterfallIcpSearchResultRankingFactors,
    )
    from .webhook_company_follower_completion import WebhookCompanyFollowerCompletion
    from .webhook_company_follower_completion_data import (
        WebhookCompanyFollowerCompletionData,
    )
    from .webhook_company_follower_result import WebhookCompanyFollowerResult
    from .webhook_company_follower_result_data import WebhookCompanyFollowerResultData
    from .webhook_company_follower_result_data_follower import (
        WebhookCompanyFollowerResultDataFollower,
    )
    from .webhook_email_finder_completion import WebhookEmailFinderCompletion
    from .webhook_email_finder_completion_data import WebhookEmailFinderCompletionData
    from .webhook_email_finder_result import WebhookEmailFinderResult
    from .webhook_email_finder_result_data import WebhookEmailFinderResultData
    from .webhook_email_finder_result_data_result import (
        WebhookEmailFinderResultDataResult,
    )
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
    from .webhook_reverse_lookup_completion_data import (
        WebhookReverseLookupCompletionData,
    )
    from .webhook_reverse_lookup_result import WebhookReverseLookupResult
    from .webhook_reverse_lookup_result_data import WebhookReverseLookupResultData

_MODULE_OF: dict[str, str] = {
    "AccessDeniedResponse": ".access_denied_response",
    "AccessStatus": ".access_status",
    "AsyncExportResponse": ".async_export_response",
    "AsyncExportResponseData": ".async_export_response_data",
    "AsyncExportResponseDataStatus": ".async_export_response_data_status",
    "BatchEmailFinderRequest": ".batch_email_finder_request",
    "BatchEmailValidationRequest": ".batch_email_validation_request",
    "BatchJobStatus": ".batch_job_status",
    "BatchResultsMeta": ".batch_results_meta",
    "BatchStatusData": ".batch_status_data",
    "BatchStatusResponse": ".batch_status_response",
    "BatchSubmitData": ".batch_submit_data",
    "BatchSubmitMeta": ".batch_submit_meta",
    "BatchSubmitResponse": ".batch_submit_response",
    "BulkLookupRequest": ".bulk_lookup_request",
    "BulkLookupResponse": ".bulk_lookup_response",
    "BulkLookupResultsResponse": ".bulk_lookup_results_response",
    "BulkLookupResultsResponseData": ".bulk_lookup_results_response_data",
    "BulkLookupSubmitData": ".bulk_lookup_submit_data",
    "CheckCompanyFollowerLimitResponse": ".check_company_follower_limit_response",
    "CheckCompanyFollowerLimitResponseData": ".check_company_follower_limit_response_data",
    "CompanyFollowerProgressData": ".company_follower_progress_data",
    "CompanyFollowerProgressResponse": ".company_follower_progress_response",
    "CompanyFollowerRequest": ".company_follower_request",
    "CompanyFollowerResultsData": ".company_follower_results_data",
    "CompanyFollowerResultsResponse": ".company_follower_results_response",
    "CompanyFollowerResultsResponseMeta": ".company_follower_results_response_meta",
    "ContinueCompanyFollowerRequest": ".continue_company_follower_request",
    "CountEstimateJobStatus": ".count_estimate_job_status",
    "CountEstimateRequest": ".count_estimate_request",
    "CountEstimateResultData": ".count_estimate_result_data",
    "CountEstimateResultDataFiltersApplied": ".count_estimate_result_data_filters_applied",
    "CountEstimateStatusData": ".count_estimate_status_data",
    "CountEstimateStatusResponse": ".count_estimate_status_response",
    "CountEstimateStatusResponseMeta": ".count_estimate_status_response_meta",
    "EducationHistoryItem": ".education_history_item",
    "EmailFinderBatchResultsResponse": ".email_finder_batch_results_response",
    "EmailFinderBatchResultsResponseData": ".email_finder_batch_results_response_data",
    "EmailFinderConfidence": ".email_finder_confidence",
    "EmailFinderOutcome": ".email_finder_outcome",
    "EmailFinderRequest": ".email_finder_request",
    "EmailFinderResponse": ".email_finder_response",
    "EmailFinderResult": ".email_finder_result",
    "EmailValidationBatchResultsResponse": ".email_validation_batch_results_response",
    "EmailValidationBatchResultsResponseData": ".email_validation_batch_results_response_data",
    "EmailValidationConfidence": ".email_validation_confidence",
    "EmailValidationRequest": ".email_validation_request",
    "EmailValidationResponse": ".email_validation_response",
    "EmailValidationResult": ".email_validation_result",
    "EmailValidationResultProvider": ".email_validation_result_provider",
    "EmailVerdict": ".email_verdict",
    "EmployeeFinderRequest": ".employee_finder_request",
    "EmployeeFinderResponse": ".employee_finder_response",
    "EmployeeFinderResponseData": ".employee_finder_response_data",
    "EmployeeFinderResponseMeta": ".employee_finder_response_meta",
    "EmployeeFinderResult": ".employee_finder_result",
    "EmployeeFinderResultLocation": ".employee_finder_result_location",
    "EnrichmentMeta": ".enrichment_meta",
    "ErrorCreditDetail": ".error_credit_detail",
    "ErrorEnvelope": ".error_envelope",
    "FollowerFilterCountry": ".follower_filter_country",
    "FollowerFilterDepartment": ".follower_filter_department",
    "FollowerFilterJobTitle": ".follower_filter_job_title",
    "FollowerFilterLevel": ".follower_filter_level",
    "FollowerFilterState": ".follower_filter_state",
    "FollowerProfile": ".follower_profile",
    "FunctionBreakdownItem": ".function_breakdown_item",
    "Invitation": ".invitation",
    "InvitationListResponse": ".invitation_list_response",
    "InvitationResponse": ".invitation_response",
    "InvitationRole": ".invitation_role",
    "InvitationStatus": ".invitation_status",
    "InviteBody": ".invite_body",
    "IpToCompanyBatchRequest": ".ip_to_company_batch_request",
    "IpToCompanyBatchRequestIpsItem": ".ip_to_company_batch_request_ips_item",
    "IpToCompanyBatchResultsResponse": ".ip_to_company_batch_results_response",
    "IpToCompanyBatchResultsResponseData": ".ip_to_company_batch_results_response_data",
    "IpToCompanyBatchResultsResponseDataResultsItem": ".ip_to_company_batch_results_response_data_results_item",
    "IpToCompanyBatchResultsResponseMeta": ".ip_to_company_batch_results_response_meta",
    "IpToCompanyBatchStatusResponse": ".ip_to_company_batch_status_response",
    "IpToCompanyBatchStatusResponseData": ".ip_to_company_batch_status_response_data",
    "IpToCompanyBatchSubmitResponse": ".ip_to_company_batch_submit_response",
    "IpToCompanyBatchSubmitResponseData": ".ip_to_company_batch_submit_response_data",
    "IpToCompanyBatchSubmitResponseMeta": ".ip_to_company_batch_submit_response_meta",
    "IpToCompanyRequest": ".ip_to_company_request",
    "IpToCompanyResponse": ".ip_to_company_response",
    "IpToCompanyResponseMeta": ".ip_to_company_response_meta",
    "IpToCompanyResult": ".ip_to_company_result",
    "Lead": ".lead",
    "LeadContactField": ".lead_contact_field",
    "LeadCountRequest": ".lead_count_request",
    "LeadCountResponse": ".lead_count_response",
    "LeadCountResponseData": ".lead_count_response_data",
    "LeadEnrichRequest": ".lead_enrich_request",
    "LeadEnrichRequestLeadsItem": ".lead_enrich_request_leads_item",
    "LeadEnrichResponse": ".lead_enrich_response",
    "LeadEnrichResponseData": ".lead_enrich_response_data",
    "LeadEnrichResponseMeta": ".lead_enrich_response_meta",
    "LeadEnrichResponseMetaPricing": ".lead_enrich_response_meta_pricing",
    "LeadEnrichResult": ".lead_enrich_result",
    "LeadExcludeFilters": ".lead_exclude_filters",
    "LeadExportJobListResponse": ".lead_export_job_list_response",
    "LeadExportJobListResponseData": ".lead_export_job_list_response_data",
    "LeadExportJobProgress": ".lead_export_job_progress",
    "LeadExportJobStatusResponse": ".lead_export_job_status_response",
    "LeadExportJobStatusResponseData": ".lead_export_job_status_response_data",
    "LeadExportJobStatusResponseDataResults": ".lead_export_job_status_response_data_results",
    "LeadExportJobSummary": ".lead_export_job_summary",
    "LeadExportPhase": ".lead_export_phase",
    "LeadExportRequest": ".lead_export_request",
    "LeadFinderDeletedResponse": ".lead_finder_deleted_response",
    "LeadFinderDeletedResponseData": ".lead_finder_deleted_response_data",
    "LeadFinderFilterCategory": ".lead_finder_filter_category",
    "LeadFinderFilterOption": ".lead_finder_filter_option",
    "LeadFinderFilterOptionsResponse": ".lead_finder_filter_options_response",
    "LeadFinderFilterOptionsResponseData": ".lead_finder_filter_options_response_data",
    "LeadFinderPagination": ".lead_finder_pagination",
    "LeadFinderSearchFilters": ".lead_finder_search_filters",
    "LeadFinderSearchFiltersCompanyNameMode": ".lead_finder_search_filters_company_name_mode",
    "LeadFinderSuggestResponse": ".lead_finder_suggest_response",
    "LeadFinderSuggestResponseData": ".lead_finder_suggest_response_data",
    "LeadJobStatus": ".lead_job_status",
    "LeadRevealRequest": ".lead_reveal_request",
    "LeadRevealRequestLeadsItem": ".lead_reveal_request_leads_item",
    "LeadRevealResponse": ".lead_reveal_response",
    "LeadRevealResponseData": ".lead_reveal_response_data",
    "LeadRevealResponseMeta": ".lead_reveal_response_meta",
    "LeadSearchPreviewResult": ".lead_search_preview_result",
    "LeadSearchRequest": ".lead_search_request",
    "LeadSearchResponse": ".lead_search_response",
    "LeadSearchResponseData": ".lead_search_response_data",
    "LeadSearchType": ".lead_search_type",
    "LookupRequest": ".lookup_request",
    "Pagination": ".pagination",
    "PhoneBatchRequest": ".phone_batch_request",
    "PhoneBulkJobResultsResponse": ".phone_bulk_job_results_response",
    "PhoneBulkJobResultsResponseData": ".phone_bulk_job_results_response_data",
    "PhoneBulkJobStatusData": ".phone_bulk_job_status_data",
    "PhoneBulkJobStatusResponse": ".phone_bulk_job_status_response",
    "PhoneBulkJobSubmitData": ".phone_bulk_job_submit_data",
    "PhoneBulkJobSubmitResponse": ".phone_bulk_job_submit_response",
    "PhoneBulkResultItem": ".phone_bulk_result_item",
    "PhoneLookupResponse": ".phone_lookup_response",
    "PhoneLookupResult": ".phone_lookup_result",
    "PhoneNumber": ".phone_number",
    "PositionHistoryItem": ".position_history_item",
    "RequestMeta": ".request_meta",
    "RevealJobListResponse": ".reveal_job_list_response",
    "RevealJobListResponseData": ".reveal_job_list_response_data",
    "RevealJobPollResponse": ".reveal_job_poll_response",
    "RevealJobPollResponseData": ".reveal_job_poll_response_data",
    "RevealJobPollResponseDataProgressType0": ".reveal_job_poll_response_data_progress_type_0",
    "RevealJobPollResponseDataResultsType0": ".reveal_job_poll_response_data_results_type_0",
    "RevealJobSubmitResponse": ".reveal_job_submit_response",
    "RevealJobSubmitResponseData": ".reveal_job_submit_response_data",
    "RevealJobSubmitResponseDataStatus": ".reveal_job_submit_response_data_status",
    "RevealJobSummary": ".reveal_job_summary",
    "RevealJobType": ".reveal_job_type",
    "RevealedContact": ".revealed_contact",
    "ReverseLookupResponse": ".reverse_lookup_response",
    "ReverseLookupResult": ".reverse_lookup_result",
    "ReverseLookupResultLocale": ".reverse_lookup_result_locale",
    "ReverseLookupResultPositions": ".reverse_lookup_result_positions",
    "ReverseLookupResultSchools": ".reverse_lookup_result_schools",
    "SavedSearchCreateRequest": ".saved_search_create_request",
    "SavedSearchItem": ".saved_search_item",
    "SavedSearchListResponse": ".saved_search_list_response",
    "SavedSearchResponse": ".saved_search_response",
    "SeniorityBreakdownItem": ".seniority_breakdown_item",
    "StartCompanyFollowerData": ".start_company_follower_data",
    "StartCompanyFollowerResponse": ".start_company_follower_response",
    "StartCompanyFollowerResponseMeta": ".start_company_follower_response_meta",
    "StartCountEstimateData": ".start_count_estimate_data",
    "StartCountEstimateResponse": ".start_count_estimate_response",
    "StartCountEstimateResponseMeta": ".start_count_estimate_response_meta",
    "StartEndDate": ".start_end_date",
    "StartEndDateEnd": ".start_end_date_end",
    "StartEndDateStart": ".start_end_date_start",
    "SuccessOperationResponse": ".success_operation_response",
    "SuccessOperationResponseData": ".success_operation_response_data",
    "TeamMember": ".team_member",
    "TeamMemberListResponse": ".team_member_list_response",
    "TeamRole": ".team_role",
    "UnlockNamesRequest": ".unlock_names_request",
    "UnlockNamesRequestLeadsItem": ".unlock_names_request_leads_item",
    "UnlockNamesResponse": ".unlock_names_response",
    "UnlockNamesResponseData": ".unlock_names_response_data",
    "UnlockNamesResponseDataResultsItem": ".unlock_names_response_data_results_item",
    "UnlockNamesResponseMeta": ".unlock_names_response_meta",
    "WalletBalance": ".wallet_balance",
    "WalletBalanceResponse": ".wallet_balance_response",
    "WalletTransaction": ".wallet_transaction",
    "WalletTransactionMetadata": ".wallet_transaction_metadata",
    "WalletTransactionType": ".wallet_transaction_type",
    "WalletTransactionsResponse": ".wallet_transactions_response",
    "WalletTransactionsResponseData": ".wallet_transactions_response_data",
    "WaterfallIcpCascadeLevel": ".waterfall_icp_cascade_level",
    "WaterfallIcpSearchRequest": ".waterfall_icp_search_request",
    "WaterfallIcpSearchResponse": ".waterfall_icp_search_response",
    "WaterfallIcpSearchResponseData": ".waterfall_icp_search_response_data",
    "WaterfallIcpSearchResponseDataCascadeStatsItem": ".waterfall_icp_search_response_data_cascade_stats_item",
    "WaterfallIcpSearchResponseMeta": ".waterfall_icp_search_response_meta",
    "WaterfallIcpSearchResult": ".waterfall_icp_search_result",
    "WaterfallIcpSearchResultCurrentPosition": ".waterfall_icp_search_result_current_position",
    "WaterfallIcpSearchResultPerson": ".waterfall_icp_search_result_person",
    "WaterfallIcpSearchResultRankingFactors": ".waterfall_icp_search_result_ranking_factors",
    "WebhookCompanyFollowerCompletion": ".webhook_company_follower_completion",
    "WebhookCompanyFollowerCompletionData": ".webhook_company_follower_completion_data",
    "WebhookCompanyFollowerResult": ".webhook_company_follower_result",
    "WebhookCompanyFollowerResultData": ".webhook_company_follower_result_data",
    "WebhookCompanyFollowerResultDataFollower": ".webhook_company_follower_result_data_follower",
    "WebhookEmailFinderCompletion": ".webhook_email_finder_completion",
    "WebhookEmailFinderCompletionData": ".webhook_email_finder_completion_data",
    "WebhookEmailFinderResult": ".webhook_email_finder_result",
    "WebhookEmailFinderResultData": ".webhook_email_finder_result_data",
    "WebhookEmailFinderResultDataResult": ".webhook_email_finder_result_data_result",
    "WebhookEmailValidationCompletion": ".webhook_email_validation_completion",
    "WebhookEmailValidationCompletionData": ".webhook_email_validation_completion_data",
    "WebhookEmailValidationResult": ".webhook_email_validation_result",
    "WebhookEmailValidationResultData": ".webhook_email_validation_result_data",
    "WebhookEmailValidationResultDataResult": ".webhook_email_validation_result_data_result",
    "WebhookPhoneCompletion": ".webhook_phone_completion",
    "WebhookPhoneCompletionData": ".webhook_phone_completion_data",
    "WebhookPhoneResult": ".webhook_phone_result",
    "WebhookPhoneResultData": ".webhook_phone_result_data",
    "WebhookResultType": ".webhook_result_type",
    "WebhookReverseLookupCompletion": ".webhook_reverse_lookup_completion",
    "WebhookReverseLookupCompletionData": ".webhook_reverse_lookup_completion_data",
    "WebhookReverseLookupResult": ".webhook_reverse_lookup_result",
    "WebhookReverseLookupResultData": ".webhook_reverse_lookup_result_data",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = (
    "AccessDeniedResponse",
    "AccessStatus",
    "AsyncExportResponse",
    "AsyncExportResponseData",
    "AsyncExportResponseDataStatus",
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
    "CheckCompanyFollowerLimitResponse",
    "CheckCompanyFollowerLimitResponseData",
    "CompanyFollowerProgressData",
    "CompanyFollowerProgressResponse",
    "CompanyFollowerRequest",
    "CompanyFollowerResultsData",
    "CompanyFollowerResultsResponse",
    "CompanyFollowerResultsResponseMeta",
    "ContinueCompanyFollowerRequest",
    "CountEstimateJobStatus",
    "CountEstimateRequest",
    "CountEstimateResultData",
    "CountEstimateResultDataFiltersApplied",
    "CountEstimateStatusData",
    "CountEstimateStatusResponse",
    "CountEstimateStatusResponseMeta",
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
    "EmployeeFinderRequest",
    "EmployeeFinderResponse",
    "EmployeeFinderResponseData",
    "EmployeeFinderResponseMeta",
    "EmployeeFinderResult",
    "EmployeeFinderResultLocation",
    "EnrichmentMeta",
    "ErrorCreditDetail",
    "ErrorEnvelope",
    "FollowerFilterCountry",
    "FollowerFilterDepartment",
    "FollowerFilterJobTitle",
    "FollowerFilterLevel",
    "FollowerFilterState",
    "FollowerProfile",
    "FunctionBreakdownItem",
    "Invitation",
    "InvitationListResponse",
    "InvitationResponse",
    "InvitationRole",
    "InvitationStatus",
    "InviteBody",
    "IpToCompanyBatchRequest",
    "IpToCompanyBatchRequestIpsItem",
    "IpToCompanyBatchResultsResponse",
    "IpToCompanyBatchResultsResponseData",
    "IpToCompanyBatchResultsResponseDataResultsItem",
    "IpToCompanyBatchResultsResponseMeta",
    "IpToCompanyBatchStatusResponse",
    "IpToCompanyBatchStatusResponseData",
    "IpToCompanyBatchSubmitResponse",
    "IpToCompanyBatchSubmitResponseData",
    "IpToCompanyBatchSubmitResponseMeta",
    "IpToCompanyRequest",
    "IpToCompanyResponse",
    "IpToCompanyResponseMeta",
    "IpToCompanyResult",
    "Lead",
    "LeadContactField",
    "LeadCountRequest",
    "LeadCountResponse",
    "LeadCountResponseData",
    "LeadEnrichRequest",
    "LeadEnrichRequestLeadsItem",
    "LeadEnrichResponse",
    "LeadEnrichResponseData",
    "LeadEnrichResponseMeta",
    "LeadEnrichResponseMetaPricing",
    "LeadEnrichResult",
    "LeadExcludeFilters",
    "LeadExportJobListResponse",
    "LeadExportJobListResponseData",
    "LeadExportJobProgress",
    "LeadExportJobStatusResponse",
    "LeadExportJobStatusResponseData",
    "LeadExportJobStatusResponseDataResults",
    "LeadExportJobSummary",
    "LeadExportPhase",
    "LeadExportRequest",
    "LeadFinderDeletedResponse",
    "LeadFinderDeletedResponseData",
    "LeadFinderFilterCategory",
    "LeadFinderFilterOption",
    "LeadFinderFilterOptionsResponse",
    "LeadFinderFilterOptionsResponseData",
    "LeadFinderPagination",
    "LeadFinderSearchFilters",
    "LeadFinderSearchFiltersCompanyNameMode",
    "LeadFinderSuggestResponse",
    "LeadFinderSuggestResponseData",
    "LeadJobStatus",
    "LeadRevealRequest",
    "LeadRevealRequestLeadsItem",
    "LeadRevealResponse",
    "LeadRevealResponseData",
    "LeadRevealResponseMeta",
    "LeadSearchPreviewResult",
    "LeadSearchRequest",
    "LeadSearchResponse",
    "LeadSearchResponseData",
    "LeadSearchType",
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
    "PhoneNumber",
    "PositionHistoryItem",
    "RequestMeta",
    "RevealJobListResponse",
    "RevealJobListResponseData",
    "RevealJobPollResponse",
    "RevealJobPollResponseData",
    "RevealJobPollResponseDataProgressType0",
    "RevealJobPollResponseDataResultsType0",
    "RevealJobSubmitResponse",
    "RevealJobSubmitResponseData",
    "RevealJobSubmitResponseDataStatus",
    "RevealJobSummary",
    "RevealJobType",
    "RevealedContact",
    "ReverseLookupResponse",
    "ReverseLookupResult",
    "ReverseLookupResultLocale",
    "ReverseLookupResultPositions",
    "ReverseLookupResultSchools",
    "SavedSearchCreateRequest",
    "SavedSearchItem",
    "SavedSearchListResponse",
    "SavedSearchResponse",
    "SeniorityBreakdownItem",
    "StartCompanyFollowerData",
    "StartCompanyFollowerResponse",
    "StartCompanyFollowerResponseMeta",
    "StartCountEstimateData",
    "StartCountEstimateResponse",
    "StartCountEstimateResponseMeta",
    "StartEndDate",
    "StartEndDateEnd",
    "StartEndDateStart",
    "SuccessOperationResponse",
    "SuccessOperationResponseData",
    "TeamMember",
    "TeamMemberListResponse",
    "TeamRole",
    "UnlockNamesRequest",
    "UnlockNamesRequestLeadsItem",
    "UnlockNamesResponse",
    "UnlockNamesResponseData",
    "UnlockNamesResponseDataResultsItem",
    "UnlockNamesResponseMeta",
    "WalletBalance",
    "WalletBalanceResponse",
    "WalletTransaction",
    "WalletTransactionMetadata",
    "WalletTransactionType",
    "WalletTransactionsResponse",
    "WalletTransactionsResponseData",
    "WaterfallIcpCascadeLevel",
    "WaterfallIcpSearchRequest",
    "WaterfallIcpSearchResponse",
    "WaterfallIcpSearchResponseData",
    "WaterfallIcpSearchResponseDataCascadeStatsItem",
    "WaterfallIcpSearchResponseMeta",
    "WaterfallIcpSearchResult",
    "WaterfallIcpSearchResultCurrentPosition",
    "WaterfallIcpSearchResultPerson",
    "WaterfallIcpSearchResultRankingFactors",
    "WebhookCompanyFollowerCompletion",
    "WebhookCompanyFollowerCompletionData",
    "WebhookCompanyFollowerResult",
    "WebhookCompanyFollowerResultData",
    "WebhookCompanyFollowerResultDataFollower",
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
