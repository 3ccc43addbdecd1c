from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float

T = TypeVar("T", bound="LeadExportJobStatusResponseDataResults")


@_attrs_define
class LeadExportJobStatusResponseDataResults:
    """Page examples only: totals of a completed job.

    Attributes:
        total_exported (float | Unset): Rows exported.
        credits_used (float | Unset): Credits consumed.
        credits_refunded (float | Unset): Credits refunded.
    """

    total_exported: float | Unset = UNSET
    credits_used: float | Unset = UNSET
    credits_refunded: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_exported = self.total_exported

        credits_used = self.credits_used

        credits_refunded = self.credits_refunded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_exported is not UNSET:
            field_dict["totalExported"] = total_exported
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if credits_refunded is not UNSET:
            field_dict["creditsRefunded"] = credits_refunded

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_exported = checked_float(d.pop("totalExported", UNSET), "totalExported")

        credits_used = checked_float(d.pop("creditsUsed", UNSET), "creditsUsed")

        credits_refunded = checked_float(
            d.pop("creditsRefunded", UNSET), "creditsRefunded"
        )

        lead_export_job_status_response_data_results = cls(
            total_exported,
            credits_used,
            credits_refunded,
        )

        lead_export_job_status_response_data_results.additional_properties = d
        return lead_export_job_status_response_data_results

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
