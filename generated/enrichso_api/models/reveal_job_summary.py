from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_contact_field import LeadContactField
from ..models.lead_job_status import LeadJobStatus
from ..models.reveal_job_type import RevealJobType
from ..types import UNSET, Unset, checked_float, checked_int, checked_str

_LeadContactField_BY_VALUE = cast(
    "dict[Any, LeadContactField]", LeadContactField._value2member_map_
)
_LeadJobStatus_BY_VALUE = cast(
    "dict[Any, LeadJobStatus]", LeadJobStatus._value2member_map_
)
_RevealJobType_BY_VALUE = cast(
    "dict[Any, RevealJobType]", RevealJobType._value2member_map_
)


T = TypeVar("T", bound="RevealJobSummary")


@_attrs_define
class RevealJobSummary:
    """A reveal or enrich job as listed by listRevealJobs.

    Attributes:
        job_id (str):
        status (LeadJobStatus): Status of a Lead Finder reveal/enrich or export job: `pending` (queued) -> `processing`
            (worker running) -> `completed` (results ready) or `failed` (credits refunded).
        job_type (RevealJobType): Whether a reveal-jobs entry was created by revealLeads (`reveal`) or enrichLeads
            (`enrich`).
        fields (list[LeadContactField]):
        total (int): Total leads in the job.
        processed (int): Leads processed.
        credits_used (float): Credits consumed.
        credits_refunded (float): Credits refunded.
        created_at (datetime.datetime):
        completed_at (datetime.datetime | None | Unset):
    """

    job_id: str
    status: LeadJobStatus
    job_type: RevealJobType
    fields: list[LeadContactField]
    total: int
    processed: int
    credits_used: float
    credits_refunded: float
    created_at: datetime.datetime
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        job_type = self.job_type.value

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.value
            fields.append(fields_item)

        total = self.total

        processed = self.processed

        credits_used = self.credits_used

        credits_refunded = self.credits_refunded

        created_at = self.created_at.isoformat()

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
                "jobType": job_type,
                "fields": fields,
                "total": total,
                "processed": processed,
                "creditsUsed": credits_used,
                "creditsRefunded": credits_refunded,
                "createdAt": created_at,
            }
        )
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

        job_type = _RevealJobType_BY_VALUE.get(
            _job_type_value := d.pop("jobType")
        ) or RevealJobType(_job_type_value)

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = _LeadContactField_BY_VALUE.get(
                fields_item_data
            ) or LeadContactField(fields_item_data)

            fields.append(fields_item)

        total = checked_int(d.pop("total"), "total")

        processed = checked_int(d.pop("processed"), "processed")

        credits_used = checked_float(d.pop("creditsUsed"), "creditsUsed")

        credits_refunded = checked_float(d.pop("creditsRefunded"), "creditsRefunded")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

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

        reveal_job_summary = cls(
            job_id,
            status,
            job_type,
            fields,
            total,
            processed,
            credits_used,
            credits_refunded,
            created_at,
            completed_at,
        )

        reveal_job_summary.additional_properties = d
        return reveal_job_summary

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
