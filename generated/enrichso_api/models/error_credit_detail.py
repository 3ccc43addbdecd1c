from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_int

T = TypeVar("T", bound="ErrorCreditDetail")


@_attrs_define
class ErrorCreditDetail:
    """The `detail` object of the legacy 402 bodies (IP to Company, continue scrape).

    Attributes:
        required (float | Unset): Credits the operation needs.
        item_count (int | Unset): Items the reservation covers.
        credit_cost_per_item (float | Unset): Credits per item.
    """

    required: float | Unset = UNSET
    item_count: int | Unset = UNSET
    credit_cost_per_item: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        item_count = self.item_count

        credit_cost_per_item = self.credit_cost_per_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if item_count is not UNSET:
            field_dict["itemCount"] = item_count
        if credit_cost_per_item is not UNSET:
            field_dict["creditCostPerItem"] = credit_cost_per_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        required = checked_float(d.pop("required", UNSET), "required")

        item_count = checked_int(d.pop("itemCount", UNSET), "itemCount")

        credit_cost_per_item = checked_float(
            d.pop("creditCostPerItem", UNSET), "creditCostPerItem"
        )

        error_credit_detail = cls(
            required,
            item_count,
            credit_cost_per_item,
        )

        error_credit_detail.additional_properties = d
        return error_credit_detail

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
