from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_export_phase import LeadExportPhase
from ..models.lead_job_status import LeadJobStatus
from ..types import UNSET, Unset, checked_float, checked_str

_LeadExportPhase_BY_VALUE = cast(
    "dict[Any, LeadExportPhase]", LeadExportPhase._value2member_map_
)
_LeadJobStatus_BY_VALUE = cast(
    "dict[Any, LeadJobStatus]", LeadJobStatus._value2member_map_
)


T = TypeVar("T", bound="LeadExportJobSummary")


@_attrs_define
class LeadExportJobSummary:
    """An export job as listed by listExportJobs. DISCREPANCY (docs/api-notes.md 9.8, LIVE 11.2): the
    documented schema requires jobId, name, status, phase, totalRows, processedRows, progress,
    creditsUsed, creditsRefunded, createdAt, completedAt and error (and the live gateway sends
    them); the page example has `total`/`processed` instead and no name, phase, progress or
    error. Only the members present in both are required; `total` and `processed` are accepted
    as optional example-only members.

        Attributes:
            job_id (str): Export job id.
            status (LeadJobStatus): Status of a Lead Finder reveal/enrich or export job: `pending` (queued) -> `processing`
                (worker running) -> `completed` (results ready) or `failed` (credits refunded).
            credits_used (float): Credits consumed.
            credits_refunded (float): Credits refunded.
            created_at (datetime.datetime): When the job was created.
            completed_at (datetime.datetime | None): When the job finished (null until then).
            name (str | Unset): Display name of the export job.
            phase (LeadExportPhase | Unset): Processing phase of an export job, in order `queued`, `fetching`, `enriching`,
                `generating`, `uploading`.
            total_rows (float | Unset): Total rows (actual when known, otherwise estimated).
            processed_rows (float | Unset): Rows processed so far.
            progress (float | Unset): Progress percentage 0-100.
            total (float | Unset): Page example only: total rows.
            processed (float | Unset): Page example only: rows processed.
            error (None | str | Unset): Error message (failed jobs only).
    """

    job_id: str
    status: LeadJobStatus
    credits_used: float
    credits_refunded: float
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    name: str | Unset = UNSET
    phase: LeadExportPhase | Unset = UNSET
    total_rows: float | Unset = UNSET
    processed_rows: float | Unset = UNSET
    progress: float | Unset = UNSET
    total: float | Unset = UNSET
    processed: float | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        credits_used = self.credits_used

        credits_refunded = self.credits_refunded

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        name = self.name

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        total_rows = self.total_rows

        processed_rows = self.processed_rows

        progress = self.progress

        total = self.total

        processed = self.processed

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
                "creditsUsed": credits_used,
                "creditsRefunded": credits_refunded,
                "createdAt": created_at,
                "completedAt": completed_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phase is not UNSET:
            field_dict["phase"] = phase
        if total_rows is not UNSET:
            field_dict["totalRows"] = total_rows
        if processed_rows is not UNSET:
            field_dict["processedRows"] = processed_rows
        if progress is not UNSET:
            field_dict["progress"] = progress
        if total is not UNSET:
            field_dict["total"] = total
        if processed is not UNSET:
            field_dict["processed"] = processed
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("jobId"), "jobId")

        status = _LeadJobStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or LeadJobStatus(_status_value)

        credits_used = checked_float(d.pop("creditsUsed"), "creditsUsed")

        credits_refunded = checked_float(d.pop("creditsRefunded"), "creditsRefunded")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completedAt"))

        name = checked_str(d.pop("name", UNSET), "name")

        _phase = d.pop("phase", UNSET)
        phase: LeadExportPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = _LeadExportPhase_BY_VALUE.get(_phase) or LeadExportPhase(_phase)

        total_rows = checked_float(d.pop("totalRows", UNSET), "totalRows")

        processed_rows = checked_float(d.pop("processedRows", UNSET), "processedRows")

        progress = checked_float(d.pop("progress", UNSET), "progress")

        total = checked_float(d.pop("total", UNSET), "total")

        processed = checked_float(d.pop("processed", UNSET), "processed")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        lead_export_job_summary = cls(
            job_id,
            status,
            credits_used,
            credits_refunded,
            created_at,
            completed_at,
            name,
            phase,
            total_rows,
            processed_rows,
            progress,
            total,
            processed,
            error,
        )

        lead_export_job_summary.additional_properties = d
        return lead_export_job_summary

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
