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


T = TypeVar("T", bound="IpToCompanyBatchSubmitResponseData")


@_attrs_define
class IpToCompanyBatchSubmitResponseData:
    """
    Attributes:
        batch_id (str | Unset): The batch id (a UUID); poll status and fetch results with it.
        status (BatchJobStatus | Unset): Status of a batch job: `queued` -> `processing` -> `completed` or `failed`.
            Documented as a
            free string with these values; modelled as an (open) enum.
        item_count (int | Unset): Unique IPs in the batch (after deduplication).
        original_count (int | Unset): IPs submitted before deduplication.
        duplicates_removed (int | Unset): Duplicate IPs removed.
    """

    batch_id: str | Unset = UNSET
    status: BatchJobStatus | Unset = UNSET
    item_count: int | Unset = UNSET
    original_count: int | Unset = UNSET
    duplicates_removed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        item_count = self.item_count

        original_count = self.original_count

        duplicates_removed = self.duplicates_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if item_count is not UNSET:
            field_dict["itemCount"] = item_count
        if original_count is not UNSET:
            field_dict["originalCount"] = original_count
        if duplicates_removed is not UNSET:
            field_dict["duplicatesRemoved"] = duplicates_removed

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

        item_count = checked_int(d.pop("itemCount", UNSET), "itemCount")

        original_count = checked_int(d.pop("originalCount", UNSET), "originalCount")

        duplicates_removed = checked_int(
            d.pop("duplicatesRemoved", UNSET), "duplicatesRemoved"
        )

        ip_to_company_batch_submit_response_data = cls(
            batch_id,
            status,
            item_count,
            original_count,
            duplicates_removed,
        )

        ip_to_company_batch_submit_response_data.additional_properties = d
        return ip_to_company_batch_submit_response_data

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
