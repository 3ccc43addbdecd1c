from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

T = TypeVar("T", bound="UnlockNamesResponseDataResultsItem")


@_attrs_define
class UnlockNamesResponseDataResultsItem:
    """
    Attributes:
        id (str | Unset): Lead id.
        last_name (str | Unset): Full last name.
    """

    id: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = checked_str(d.pop("id", UNSET), "id")

        last_name = checked_str(d.pop("lastName", UNSET), "lastName")

        unlock_names_response_data_results_item = cls(
            id,
            last_name,
        )

        unlock_names_response_data_results_item.additional_properties = d
        return unlock_names_response_data_results_item

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
