from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_str

T = TypeVar("T", bound="BatchSubmitMeta")


@_attrs_define
class BatchSubmitMeta:
    """Metadata returned when a batch job is submitted.

    Attributes:
        request_id (str | Unset):
        credits_reserved (float | Unset): Total credits reserved for the batch.
        credits_per_item (float | Unset): Cost per item.
        estimated_credits (float | Unset): Estimated total cost (same as creditsReserved).
    """

    request_id: str | Unset = UNSET
    credits_reserved: float | Unset = UNSET
    credits_per_item: float | Unset = UNSET
    estimated_credits: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        credits_reserved = self.credits_reserved

        credits_per_item = self.credits_per_item

        estimated_credits = self.estimated_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if credits_reserved is not UNSET:
            field_dict["creditsReserved"] = credits_reserved
        if credits_per_item is not UNSET:
            field_dict["creditsPerItem"] = credits_per_item
        if estimated_credits is not UNSET:
            field_dict["estimatedCredits"] = estimated_credits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = checked_str(d.pop("requestId", UNSET), "requestId")

        credits_reserved = checked_float(
            d.pop("creditsReserved", UNSET), "creditsReserved"
        )

        credits_per_item = checked_float(
            d.pop("creditsPerItem", UNSET), "creditsPerItem"
        )

        estimated_credits = checked_float(
            d.pop("estimatedCredits", UNSET), "estimatedCredits"
        )

        batch_submit_meta = cls(
            request_id,
            credits_reserved,
            credits_per_item,
            estimated_credits,
        )

        batch_submit_meta.additional_properties = d
        return batch_submit_meta

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
