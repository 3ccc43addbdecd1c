from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_bool

if TYPE_CHECKING:
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="PhoneLookupResult")


@_attrs_define
class PhoneLookupResult:
    """
    Attributes:
        phones (list[PhoneNumber | str]): The phone numbers found (E.164-looking strings, or {number, type} objects).
        found (bool | Unset): Whether any phone number was found (API Reference overview).
    """

    phones: list[PhoneNumber | str]
    found: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phones = []
        for phones_item_data in self.phones:
            phones_item: dict[str, Any] | str
            if isinstance(phones_item_data, PhoneNumber):
                phones_item = phones_item_data.to_dict()
            else:
                phones_item = phones_item_data
            phones.append(phones_item)

        found = self.found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phones": phones,
            }
        )
        if found is not UNSET:
            field_dict["found"] = found

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phones = []
        _phones = d.pop("phones")
        for phones_item_data in _phones:

            def _parse_phones_item(data: object) -> PhoneNumber | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    phones_item_type_1 = PhoneNumber.from_dict(data)

                    return phones_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(PhoneNumber | str, data)

            phones_item = _parse_phones_item(phones_item_data)

            phones.append(phones_item)

        found = checked_bool(d.pop("found", UNSET), "found")

        phone_lookup_result = cls(
            phones,
            found,
        )

        phone_lookup_result.additional_properties = d
        return phone_lookup_result

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


from ..models.phone_number import PhoneNumber
