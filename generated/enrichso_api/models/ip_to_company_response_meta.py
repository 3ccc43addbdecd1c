from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int, checked_str

T = TypeVar("T", bound="IpToCompanyResponseMeta")


@_attrs_define
class IpToCompanyResponseMeta:
    """
    Attributes:
        request_id (str | Unset):
        credits_used (int | Unset): Credits charged (100, or 0 when no domain was found).
        credits_remaining (int | Unset): Remaining credit balance.
    """

    request_id: str | Unset = UNSET
    credits_used: int | Unset = UNSET
    credits_remaining: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        credits_used = self.credits_used

        credits_remaining = self.credits_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if credits_remaining is not UNSET:
            field_dict["creditsRemaining"] = credits_remaining

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = checked_str(d.pop("requestId", UNSET), "requestId")

        credits_used = checked_int(d.pop("creditsUsed", UNSET), "creditsUsed")

        credits_remaining = checked_int(
            d.pop("creditsRemaining", UNSET), "creditsRemaining"
        )

        ip_to_company_response_meta = cls(
            request_id,
            credits_used,
            credits_remaining,
        )

        ip_to_company_response_meta.additional_properties = d
        return ip_to_company_response_meta

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
