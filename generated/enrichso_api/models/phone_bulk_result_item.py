from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

T = TypeVar("T", bound="PhoneBulkResultItem")


@_attrs_define
class PhoneBulkResultItem:
    """One result of a bulk phone lookup (carries `email` or `linkedin`, whichever was submitted).

    Attributes:
        email (str | Unset): The email address looked up (if the item was an email).
        linkedin (str | Unset): The profile URL looked up (if the item was a profile URL).
        phones (list[str] | Unset): Phone numbers found for this person (empty if none).
        error (str | Unset): An error message if the lookup failed for this item.
    """

    email: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        linkedin = self.linkedin

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if phones is not UNSET:
            field_dict["phones"] = phones
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = checked_str(d.pop("email", UNSET), "email")

        linkedin = checked_str(d.pop("linkedin", UNSET), "linkedin")

        phones = cast(list[str], d.pop("phones", UNSET))

        error = checked_str(d.pop("error", UNSET), "error")

        phone_bulk_result_item = cls(
            email,
            linkedin,
            phones,
            error,
        )

        phone_bulk_result_item.additional_properties = d
        return phone_bulk_result_item

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
