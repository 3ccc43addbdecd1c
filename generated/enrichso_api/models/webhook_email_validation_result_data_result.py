from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_validation_confidence import EmailValidationConfidence
from ..models.email_verdict import EmailVerdict
from ..types import UNSET, Unset, checked_bool, checked_str

_EmailValidationConfidence_BY_VALUE = cast(
    "dict[Any, EmailValidationConfidence]", EmailValidationConfidence._value2member_map_
)
_EmailVerdict_BY_VALUE = cast(
    "dict[Any, EmailVerdict]", EmailVerdict._value2member_map_
)


T = TypeVar("T", bound="WebhookEmailValidationResultDataResult")


@_attrs_define
class WebhookEmailValidationResultDataResult:
    """
    Attributes:
        email (str):
        result (EmailVerdict): `valid` (the mailbox exists), `invalid` (it does not), `risky` (delivery cannot be
            confirmed, e.g. catch-all; not charged).
        is_catch_all (bool):
        message (str | Unset):
        provider (str | Unset):
        confidence (EmailValidationConfidence | Unset):
        domain (str | Unset):
    """

    email: str
    result: EmailVerdict
    is_catch_all: bool
    message: str | Unset = UNSET
    provider: str | Unset = UNSET
    confidence: EmailValidationConfidence | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        result = self.result.value

        is_catch_all = self.is_catch_all

        message = self.message

        provider = self.provider

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "result": result,
                "is_catch_all": is_catch_all,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if provider is not UNSET:
            field_dict["provider"] = provider
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = checked_str(d.pop("email"), "email")

        result = _EmailVerdict_BY_VALUE.get(
            _result_value := d.pop("result")
        ) or EmailVerdict(_result_value)

        is_catch_all = checked_bool(d.pop("is_catch_all"), "is_catch_all")

        message = checked_str(d.pop("message", UNSET), "message")

        provider = checked_str(d.pop("provider", UNSET), "provider")

        _confidence = d.pop("confidence", UNSET)
        confidence: EmailValidationConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = _EmailValidationConfidence_BY_VALUE.get(
                _confidence
            ) or EmailValidationConfidence(_confidence)

        domain = checked_str(d.pop("domain", UNSET), "domain")

        webhook_email_validation_result_data_result = cls(
            email,
            result,
            is_catch_all,
            message,
            provider,
            confidence,
            domain,
        )

        webhook_email_validation_result_data_result.additional_properties = d
        return webhook_email_validation_result_data_result

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
