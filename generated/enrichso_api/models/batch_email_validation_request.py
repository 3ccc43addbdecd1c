from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

T = TypeVar("T", bound="BatchEmailValidationRequest")


@_attrs_define
class BatchEmailValidationRequest:
    """
    Attributes:
        emails (list[str]): Email addresses to validate (up to 500,000; duplicates removed case-insensitively).
        webhook_url (str | Unset): A URL on your server that receives one POST per result plus one final completion
            POST.
    """

    emails: list[str]
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        webhook_url = checked_str(d.pop("webhookUrl", UNSET), "webhookUrl")

        batch_email_validation_request = cls(
            emails,
            webhook_url,
        )

        batch_email_validation_request.additional_properties = d
        return batch_email_validation_request

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
