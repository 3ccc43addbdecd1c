from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_export_response_data_status import AsyncExportResponseDataStatus
from ..types import UNSET, Unset, checked_float, checked_str

_AsyncExportResponseDataStatus_BY_VALUE = cast(
    "dict[Any, AsyncExportResponseDataStatus]",
    AsyncExportResponseDataStatus._value2member_map_,
)


T = TypeVar("T", bound="AsyncExportResponseData")


@_attrs_define
class AsyncExportResponseData:
    """
    Attributes:
        job_id (str): Export job id; poll getExportJob with it.
        status (AsyncExportResponseDataStatus): Always `pending` on submission.
        estimated_rows (float): Estimated number of rows to export.
        estimated_credits (float): Estimated credits the export will consume.
        message (str): Human-readable confirmation with the polling path.
        credits_reserved (float | Unset): Credits reserved up front for this export job.
    """

    job_id: str
    status: AsyncExportResponseDataStatus
    estimated_rows: float
    estimated_credits: float
    message: str
    credits_reserved: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        estimated_rows = self.estimated_rows

        estimated_credits = self.estimated_credits

        message = self.message

        credits_reserved = self.credits_reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
                "estimatedRows": estimated_rows,
                "estimatedCredits": estimated_credits,
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

        status = _AsyncExportResponseDataStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or AsyncExportResponseDataStatus(_status_value)

        estimated_rows = checked_float(d.pop("estimatedRows"), "estimatedRows")

        estimated_credits = checked_float(d.pop("estimatedCredits"), "estimatedCredits")

        message = checked_str(d.pop("message"), "message")

        credits_reserved = checked_float(
            d.pop("creditsReserved", UNSET), "creditsReserved"
        )

        async_export_response_data = cls(
            job_id,
            status,
            estimated_rows,
            estimated_credits,
            message,
            credits_reserved,
        )

        async_export_response_data.additional_properties = d
        return async_export_response_data

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
