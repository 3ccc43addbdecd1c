from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_export_phase import LeadExportPhase
from ..models.lead_job_status import LeadJobStatus
from ..types import UNSET, Unset, checked_float, checked_str

if TYPE_CHECKING:
    from ..models.lead_export_job_progress import LeadExportJobProgress
    from ..models.lead_export_job_status_response_data_results import (
        LeadExportJobStatusResponseDataResults,
    )

_LeadExportPhase_BY_VALUE = cast(
    "dict[Any, LeadExportPhase]", LeadExportPhase._value2member_map_
)
_LeadJobStatus_BY_VALUE = cast(
    "dict[Any, LeadJobStatus]", LeadJobStatus._value2member_map_
)


T = TypeVar("T", bound="LeadExportJobStatusResponseData")


@_attrs_define
class LeadExportJobStatusResponseData:
    """
    Attributes:
        job_id (str): Export job id.
        status (LeadJobStatus): Status of a Lead Finder reveal/enrich or export job: `pending` (queued) -> `processing`
            (worker running) -> `completed` (results ready) or `failed` (credits refunded).
        created_at (datetime.datetime): When the job was created.
        name (str | Unset): Display name of the export job.
        phase (LeadExportPhase | Unset): Processing phase of an export job, in order `queued`, `fetching`, `enriching`,
            `generating`, `uploading`.
        progress (float | LeadExportJobProgress | Unset): Progress: a percentage 0-100 (documented schema, live gateway)
            or
            `{processed, total}` (page examples).
        total_rows (float | Unset): Total rows (actual when known, otherwise estimated).
        processed_rows (float | Unset): Rows processed so far.
        credits_used (float | Unset): Credits consumed.
        credits_refunded (float | Unset): Credits refunded.
        error (None | str | Unset): Error message (null unless failed).
        download_url (None | str | Unset): Pre-signed download URL (completed jobs only).
        results (LeadExportJobStatusResponseDataResults | Unset): Page examples only: totals of a completed job.
        completed_at (datetime.datetime | None | Unset): When the job finished (null until then).
    """

    job_id: str
    status: LeadJobStatus
    created_at: datetime.datetime
    name: str | Unset = UNSET
    phase: LeadExportPhase | Unset = UNSET
    progress: float | LeadExportJobProgress | Unset = UNSET
    total_rows: float | Unset = UNSET
    processed_rows: float | Unset = UNSET
    credits_used: float | Unset = UNSET
    credits_refunded: float | Unset = UNSET
    error: None | str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    results: LeadExportJobStatusResponseDataResults | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        created_at = self.created_at.isoformat()

        name = self.name

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        progress: dict[str, Any] | float | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, LeadExportJobProgress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        total_rows = self.total_rows

        processed_rows = self.processed_rows

        credits_used = self.credits_used

        credits_refunded = self.credits_refunded

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
                "createdAt": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phase is not UNSET:
            field_dict["phase"] = phase
        if progress is not UNSET:
            field_dict["progress"] = progress
        if total_rows is not UNSET:
            field_dict["totalRows"] = total_rows
        if processed_rows is not UNSET:
            field_dict["processedRows"] = processed_rows
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if credits_refunded is not UNSET:
            field_dict["creditsRefunded"] = credits_refunded
        if error is not UNSET:
            field_dict["error"] = error
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if results is not UNSET:
            field_dict["results"] = results
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("jobId"), "jobId")

        status = _LeadJobStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or LeadJobStatus(_status_value)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        name = checked_str(d.pop("name", UNSET), "name")

        _phase = d.pop("phase", UNSET)
        phase: LeadExportPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = _LeadExportPhase_BY_VALUE.get(_phase) or LeadExportPhase(_phase)

        def _parse_progress(data: object) -> float | LeadExportJobProgress | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_1 = LeadExportJobProgress.from_dict(data)

                return progress_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | LeadExportJobProgress | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        total_rows = checked_float(d.pop("totalRows", UNSET), "totalRows")

        processed_rows = checked_float(d.pop("processedRows", UNSET), "processedRows")

        credits_used = checked_float(d.pop("creditsUsed", UNSET), "creditsUsed")

        credits_refunded = checked_float(
            d.pop("creditsRefunded", UNSET), "creditsRefunded"
        )

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("downloadUrl", UNSET))

        _results = d.pop("results", UNSET)
        results: LeadExportJobStatusResponseDataResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = LeadExportJobStatusResponseDataResults.from_dict(_results)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        lead_export_job_status_response_data = cls(
            job_id,
            status,
            created_at,
            name,
            phase,
            progress,
            total_rows,
            processed_rows,
            credits_used,
            credits_refunded,
            error,
            download_url,
            results,
            completed_at,
        )

        lead_export_job_status_response_data.additional_properties = d
        return lead_export_job_status_response_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.lead_export_job_progress import LeadExportJobProgress
from ..models.lead_export_job_status_response_data_results import (
    LeadExportJobStatusResponseDataResults,
)
