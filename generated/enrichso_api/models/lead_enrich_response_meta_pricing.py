from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float

T = TypeVar("T", bound="LeadEnrichResponseMetaPricing")


@_attrs_define
class LeadEnrichResponseMetaPricing:
    """Per-lead prices applied.

    Attributes:
        email (float | Unset):
        phone (float | Unset):
    """

    email: float | Unset = UNSET
    phone: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = checked_float(d.pop("email", UNSET), "email")

        phone = checked_float(d.pop("phone", UNSET), "phone")

        lead_enrich_response_meta_pricing = cls(
            email,
            phone,
        )

        lead_enrich_response_meta_pricing.additional_properties = d
        return lead_enrich_response_meta_pricing

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
