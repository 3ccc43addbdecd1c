from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

T = TypeVar("T", bound="PhoneBatchRequest")


@_attrs_define
class PhoneBatchRequest:
    """Emails and/or profile URLs for a bulk phone lookup. Provide at least one item; the combined
    total of `emails` and `linkedins` cannot exceed 500,000. Neither rule is written as schema
    keywords: an `anyOf` would make openapi-python-client split this model into two unrelated
    types; the server answers 400.

        Attributes:
            emails (list[str] | Unset): Email addresses to look up.
            linkedins (list[str] | Unset): Profile URLs to look up.
            webhook_url (str | Unset): A URL on your server that receives one POST per result plus one final completion
                POST.
    """

    emails: list[str] | Unset = UNSET
    linkedins: list[str] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        linkedins: list[str] | Unset = UNSET
        if not isinstance(self.linkedins, Unset):
            linkedins = self.linkedins

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emails is not UNSET:
            field_dict["emails"] = emails
        if linkedins is not UNSET:
            field_dict["linkedins"] = linkedins
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails", UNSET))

        linkedins = cast(list[str], d.pop("linkedins", UNSET))

        webhook_url = checked_str(d.pop("webhookUrl", UNSET), "webhookUrl")

        phone_batch_request = cls(
            emails,
            linkedins,
            webhook_url,
        )

        phone_batch_request.additional_properties = d
        return phone_batch_request

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
