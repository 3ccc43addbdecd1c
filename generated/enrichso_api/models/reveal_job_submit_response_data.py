from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_contact_field import LeadContactField
from ..models.reveal_job_submit_response_data_status import (
    RevealJobSubmitResponseDataStatus,
)
from ..types import UNSET, Unset, checked_float, checked_int, checked_str

_LeadContactField_BY_VALUE = cast(
    "dict[Any, LeadContactField]", LeadContactField._value2member_map_
)
_RevealJobSubmitResponseDataStatus_BY_VALUE = cast(
    "dict[Any, RevealJobSubmitResponseDataStatus]",
    RevealJobSubmitResponseDataStatus._value2member_map_,
)


T = TypeVar("T", bound="RevealJobSubmitResponseData")


@_attrs_define
class RevealJobSubmitResponseData:
    """
    Attributes:
        job_id (str): Reveal/enrich job id (starts with `rj_`).
        status (RevealJobSubmitResponseDataStatus): Always `pending` on submit.
        total_leads (int): Number of leads submitted.
        fields (list[LeadContactField]): The requested contact fields.
        message (str): Human-readable message with the polling path.
        credits_reserved (float | Unset): Credits reserved up front for this job.
    """

    job_id: str
    status: RevealJobSubmitResponseDataStatus
    total_leads: int
    fields: list[LeadContactField]
    message: str
    credits_reserved: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        total_leads = self.total_leads

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.value
            fields.append(fields_item)

        message = self.message

        credits_reserved = self.credits_reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
                "totalLeads": total_leads,
                "fields": fields,
                "message": message,
            }
        )
        if credits_reserved is not UNSET:
            field_dict["creditsReserved"] = credits_reserved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("jobId"), "jobId")

        status = _RevealJobSubmitResponseDataStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or RevealJobSubmitResponseDataStatus(_status_value)

        total_leads = checked_int(d.pop("totalLeads"), "totalLeads")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = _LeadContactField_BY_VALUE.get(
                fields_item_data
            ) or LeadContactField(fields_item_data)

            fields.append(fields_item)

        message = checked_str(d.pop("message"), "message")

        credits_reserved = checked_float(
            d.pop("creditsReserved", UNSET), "creditsReserved"
        )

        reveal_job_submit_response_data = cls(
            job_id,
            status,
            total_leads,
            fields,
            message,
            credits_reserved,
        )

        reveal_job_submit_response_data.additional_properties = d
        return reveal_job_submit_response_data

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
