from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_int, checked_str

T = TypeVar("T", bound="BatchResultsMeta")


@_attrs_define
class BatchResultsMeta:
    """Metadata returned with batch results (includes the credit settlement).

    Attributes:
        request_id (str | Unset):
        credits_used (float | Unset): Credits charged after settlement.
        credits_refunded (float | Unset): Credits refunded (reserved minus actual cost).
        credits_remaining (float | Unset): Remaining balance after settlement.
        total_items (int | Unset):
        processed_items (int | Unset):
    """

    request_id: str | Unset = UNSET
    credits_used: float | Unset = UNSET
    credits_refunded: float | Unset = UNSET
    credits_remaining: float | Unset = UNSET
    total_items: int | Unset = UNSET
    processed_items: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        credits_used = self.credits_used

        credits_refunded = self.credits_refunded

        credits_remaining = self.credits_remaining

        total_items = self.total_items

        processed_items = self.processed_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if credits_refunded is not UNSET:
            field_dict["creditsRefunded"] = credits_refunded
        if credits_remaining is not UNSET:
            field_dict["creditsRemaining"] = credits_remaining
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items
        if processed_items is not UNSET:
            field_dict["processedItems"] = processed_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = checked_str(d.pop("requestId", UNSET), "requestId")

        credits_used = checked_float(d.pop("creditsUsed", UNSET), "creditsUsed")

        credits_refunded = checked_float(
            d.pop("creditsRefunded", UNSET), "creditsRefunded"
        )

        credits_remaining = checked_float(
            d.pop("creditsRemaining", UNSET), "creditsRemaining"
        )

        total_items = checked_int(d.pop("totalItems", UNSET), "totalItems")

        processed_items = checked_int(d.pop("processedItems", UNSET), "processedItems")

        batch_results_meta = cls(
            request_id,
            credits_used,
            credits_refunded,
            credits_remaining,
            total_items,
            processed_items,
        )

        batch_results_meta.additional_properties = d
        return batch_results_meta

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
