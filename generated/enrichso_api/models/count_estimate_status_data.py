from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.count_estimate_job_status import CountEstimateJobStatus
from ..types import UNSET, Unset, checked_str

if TYPE_CHECKING:
    from ..models.count_estimate_result_data import CountEstimateResultData

_CountEstimateJobStatus_BY_VALUE = cast(
    "dict[Any, CountEstimateJobStatus]", CountEstimateJobStatus._value2member_map_
)


T = TypeVar("T", bound="CountEstimateStatusData")


@_attrs_define
class CountEstimateStatusData:
    """
    Attributes:
        batch_id (str): Batch ID.
        status (CountEstimateJobStatus): Status of a count-estimation job (a different vocabulary from batch jobs):
            `pending` ->
            `in_progress` -> `completed`, or `failed` / `cancelled`.
        company_url (str): LinkedIn company URL.
        created_at (datetime.datetime): When the job was created.
        message (str | Unset): Human-readable status message.
        completed_at (datetime.datetime | None | Unset): When the job completed.
        data (CountEstimateResultData | Unset): The result of a count estimation.
    """

    batch_id: str
    status: CountEstimateJobStatus
    company_url: str
    created_at: datetime.datetime
    message: str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    data: CountEstimateResultData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        company_url = self.company_url

        created_at = self.created_at.isoformat()

        message = self.message

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "status": status,
                "companyUrl": company_url,
                "createdAt": created_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId"), "batchId")

        status = _CountEstimateJobStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or CountEstimateJobStatus(_status_value)

        company_url = checked_str(d.pop("companyUrl"), "companyUrl")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        message = checked_str(d.pop("message", UNSET), "message")

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

        _data = d.pop("data", UNSET)
        data: CountEstimateResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CountEstimateResultData.from_dict(_data)

        count_estimate_status_data = cls(
            batch_id,
            status,
            company_url,
            created_at,
            message,
            completed_at,
            data,
        )

        count_estimate_status_data.additional_properties = d
        return count_estimate_status_data

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


from ..models.count_estimate_result_data import CountEstimateResultData
