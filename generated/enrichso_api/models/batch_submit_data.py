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


T = TypeVar("T", bound="BatchSubmitData")


@_attrs_define
class BatchSubmitData:
    """Returned when any batch job is submitted.

    Attributes:
        batch_id (str): Use it to poll status and fetch results.
        status (BatchJobStatus): Status of a batch job: `queued` -> `processing` -> `completed` or `failed`. Documented
            as a
            free string with these values; modelled as an (open) enum.
        item_count (int): Unique items in the batch (after deduplication).
        original_count (int | Unset): Items submitted before deduplication.
        duplicates_removed (int | Unset): Duplicate items removed.
    """

    batch_id: str
    status: BatchJobStatus
    item_count: int
    original_count: int | Unset = UNSET
    duplicates_removed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        item_count = self.item_count

        original_count = self.original_count

        duplicates_removed = self.duplicates_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "status": status,
                "itemCount": item_count,
            }
        )
        if original_count is not UNSET:
            field_dict["originalCount"] = original_count
        if duplicates_removed is not UNSET:
            field_dict["duplicatesRemoved"] = duplicates_removed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId"), "batchId")

        status = _BatchJobStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or BatchJobStatus(_status_value)

        item_count = checked_int(d.pop("itemCount"), "itemCount")

        original_count = checked_int(d.pop("originalCount", UNSET), "originalCount")

        duplicates_removed = checked_int(
            d.pop("duplicatesRemoved", UNSET), "duplicatesRemoved"
        )

        batch_submit_data = cls(
            batch_id,
            status,
            item_count,
            original_count,
            duplicates_removed,
        )

        batch_submit_data.additional_properties = d
        return batch_submit_data

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
