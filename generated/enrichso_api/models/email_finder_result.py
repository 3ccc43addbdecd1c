from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_finder_confidence import EmailFinderConfidence
from ..types import UNSET, Unset, checked_bool, checked_str

_EmailFinderConfidence_BY_VALUE = cast(
    "dict[Any, EmailFinderConfidence]", EmailFinderConfidence._value2member_map_
)


T = TypeVar("T", bound="EmailFinderResult")


@_attrs_define
class EmailFinderResult:
    """The result of searching for one person's email.

    Attributes:
        first_name (str): The first name searched for.
        last_name (str): The last name searched for.
        domain (str): The domain searched.
        found (bool | Unset): Whether an email was found for this person.
        email (str | Unset): The email address found (only present when `found` is true).
        confidence (EmailFinderConfidence | Unset): How confident the finder is that the address is right.
        is_catch_all (bool | Unset): Whether the domain is a catch-all (accepts any address).
        provider (str | Unset): The email provider detected for the domain (e.g. GOOGLE, MICROSOFT, ZOHO, FASTMAIL,
            PROTONMAIL). Documented as a free string, unlike the Email Validation provider.
        message (str | Unset): A human-readable explanation.
    """

    first_name: str
    last_name: str
    domain: str
    found: bool | Unset = UNSET
    email: str | Unset = UNSET
    confidence: EmailFinderConfidence | Unset = UNSET
    is_catch_all: bool | Unset = UNSET
    provider: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        domain = self.domain

        found = self.found

        email = self.email

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        is_catch_all = self.is_catch_all

        provider = self.provider

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "domain": domain,
            }
        )
        if found is not UNSET:
            field_dict["found"] = found
        if email is not UNSET:
            field_dict["email"] = email
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if is_catch_all is not UNSET:
            field_dict["isCatchAll"] = is_catch_all
        if provider is not UNSET:
            field_dict["provider"] = provider
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = checked_str(d.pop("firstName"), "firstName")

        last_name = checked_str(d.pop("lastName"), "lastName")

        domain = checked_str(d.pop("domain"), "domain")

        found = checked_bool(d.pop("found", UNSET), "found")

        email = checked_str(d.pop("email", UNSET), "email")

        _confidence = d.pop("confidence", UNSET)
        confidence: EmailFinderConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = _EmailFinderConfidence_BY_VALUE.get(
                _confidence
            ) or EmailFinderConfidence(_confidence)

        is_catch_all = checked_bool(d.pop("isCatchAll", UNSET), "isCatchAll")

        provider = checked_str(d.pop("provider", UNSET), "provider")

        message = checked_str(d.pop("message", UNSET), "message")

        email_finder_result = cls(
            first_name,
            last_name,
            domain,
            found,
            email,
            confidence,
            is_catch_all,
            provider,
            message,
        )

        email_finder_result.additional_properties = d
        return email_finder_result

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
