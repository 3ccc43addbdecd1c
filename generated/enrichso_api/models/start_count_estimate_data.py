from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.count_estimate_job_status import CountEstimateJobStatus
from ..types import UNSET, Unset, checked_bool, checked_str

if TYPE_CHECKING:
    from ..models.count_estimate_result_data import CountEstimateResultData

_CountEstimateJobStatus_BY_VALUE = cast(
    "dict[Any, CountEstimateJobStatus]", CountEstimateJobStatus._value2member_map_
)


T = TypeVar("T", bound="StartCountEstimateData")


@_attrs_define
class StartCountEstimateData:
    """
    Attributes:
        batch_id (str): Unique batch ID for this estimation.
        status (CountEstimateJobStatus): Status of a count-estimation job (a different vocabulary from batch jobs):
            `pending` ->
            `in_progress` -> `completed`, or `failed` / `cancelled`.
        message (str | Unset): Human-readable status message.
        from_cache (bool | Unset): Whether the result was served from cache (no credits charged).
        cached_at (datetime.datetime | Unset): When the cached result was originally computed.
        data (CountEstimateResultData | Unset): The result of a count estimation.
    """

    batch_id: str
    status: CountEstimateJobStatus
    message: str | Unset = UNSET
    from_cache: bool | Unset = UNSET
    cached_at: datetime.datetime | Unset = UNSET
    data: CountEstimateResultData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        message = self.message

        from_cache = self.from_cache

        cached_at: str | Unset = UNSET
        if not isinstance(self.cached_at, Unset):
            cached_at = self.cached_at.isoformat()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if from_cache is not UNSET:
            field_dict["fromCache"] = from_cache
        if cached_at is not UNSET:
            field_dict["cachedAt"] = cached_at
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

        message = checked_str(d.pop("message", UNSET), "message")

        from_cache = checked_bool(d.pop("fromCache", UNSET), "fromCache")

        _cached_at = d.pop("cachedAt", UNSET)
        cached_at: datetime.datetime | Unset
        if isinstance(_cached_at, Unset):
            cached_at = UNSET
        else:
            cached_at = datetime.datetime.fromisoformat(_cached_at)

        _data = d.pop("data", UNSET)
        data: CountEstimateResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CountEstimateResultData.from_dict(_data)

        start_count_estimate_data = cls(
            batch_id,
            status,
            message,
            from_cache,
            cached_at,
            data,
        )

        start_count_estimate_data.additional_properties = d
        return start_count_estimate_data

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
