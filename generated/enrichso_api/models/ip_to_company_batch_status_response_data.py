from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import UNSET, Unset, checked_int, checked_str

_BatchJobStatus_BY_VALUE = cast(
    "dict[Any, BatchJobStatus]", BatchJobStatus._value2member_map_
)


T = TypeVar("T", bound="IpToCompanyBatchStatusResponseData")


@_attrs_define
class IpToCompanyBatchStatusResponseData:
    """
    Attributes:
        batch_id (str | Unset):
        status (BatchJobStatus | Unset): Status of a batch job: `queued` -> `processing` -> `completed` or `failed`.
            Documented as a
            free string with these values; modelled as an (open) enum.
        total_items (int | Unset):
        processed_items (int | Unset):
        found_count (int | Unset): IPs resolved to a domain so far.
        progress (int | Unset): Completion percentage.
        created_at (str | Unset): When the batch was created (ISO 8601).
        completed_at (None | str | Unset): When the batch completed (null while processing).
    """

    batch_id: str | Unset = UNSET
    status: BatchJobStatus | Unset = UNSET
    total_items: int | Unset = UNSET
    processed_items: int | Unset = UNSET
    found_count: int | Unset = UNSET
    progress: int | Unset = UNSET
    created_at: str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total_items = self.total_items

        processed_items = self.processed_items

        found_count = self.found_count

        progress = self.progress

        created_at = self.created_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items
        if processed_items is not UNSET:
            field_dict["processedItems"] = processed_items
        if found_count is not UNSET:
            field_dict["foundCount"] = found_count
        if progress is not UNSET:
            field_dict["progress"] = progress
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId", UNSET), "batchId")

        _status = d.pop("status", UNSET)
        status: BatchJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _BatchJobStatus_BY_VALUE.get(_status) or BatchJobStatus(_status)

        total_items = checked_int(d.pop("totalItems", UNSET), "totalItems")

        processed_items = checked_int(d.pop("processedItems", UNSET), "processedItems")

        found_count = checked_int(d.pop("foundCount", UNSET), "foundCount")

        progress = checked_int(d.pop("progress", UNSET), "progress")

        created_at = checked_str(d.pop("createdAt", UNSET), "createdAt")

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        ip_to_company_batch_status_response_data = cls(
            batch_id,
            status,
            total_items,
            processed_items,
            found_count,
            progress,
            created_at,
            completed_at,
        )

        ip_to_company_batch_status_response_data.additional_properties = d
        return ip_to_company_batch_status_response_data

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
