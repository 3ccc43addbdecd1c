from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_validation_confidence import EmailValidationConfidence
from ..models.email_validation_result_provider import EmailValidationResultProvider
from ..models.email_verdict import EmailVerdict
from ..types import UNSET, Unset

_EmailValidationConfidence_BY_VALUE = cast(
    "dict[Any, EmailValidationConfidence]", EmailValidationConfidence._value2member_map_
)
_EmailValidationResultProvider_BY_VALUE = cast(
    "dict[Any, EmailValidationResultProvider]",
    EmailValidationResultProvider._value2member_map_,
)
_EmailVerdict_BY_VALUE = cast(
    "dict[Any, EmailVerdict]", EmailVerdict._value2member_map_
)


T = TypeVar("T", bound="EmailValidationResult")


@_attrs_define
class EmailValidationResult:
    """The result of validating one email address.

    Attributes:
        email (str):
        result (EmailVerdict): `valid` (the mailbox exists), `invalid` (it does not), `risky` (delivery cannot be
            confirmed, e.g. catch-all; not charged).
        message (str):
        is_catch_all (bool): Whether the domain accepts mail to any address.
        confidence (EmailValidationConfidence):
        is_federated (bool | Unset): Whether the email uses SSO or federated authentication.
        has_seg (bool | Unset): Whether the domain uses a Secure Email Gateway.
        seg_provider (str | Unset):
        provider (EmailValidationResultProvider | Unset): The email service provider.
    """

    email: str
    result: EmailVerdict
    message: str
    is_catch_all: bool
    confidence: EmailValidationConfidence
    is_federated: bool | Unset = UNSET
    has_seg: bool | Unset = UNSET
    seg_provider: str | Unset = UNSET
    provider: EmailValidationResultProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        result = self.result.value

        message = self.message

        is_catch_all = self.is_catch_all

        confidence = self.confidence.value

        is_federated = self.is_federated

        has_seg = self.has_seg

        seg_provider = self.seg_provider

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "result": result,
                "message": message,
                "isCatchAll": is_catch_all,
                "confidence": confidence,
            }
        )
        if is_federated is not UNSET:
            field_dict["isFederated"] = is_federated
        if has_seg is not UNSET:
            field_dict["hasSEG"] = has_seg
        if seg_provider is not UNSET:
            field_dict["segProvider"] = seg_provider
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        result = _EmailVerdict_BY_VALUE.get(
            _result_value := d.pop("result")
        ) or EmailVerdict(_result_value)

        message = d.pop("message")

        is_catch_all = d.pop("isCatchAll")

        confidence = _EmailValidationConfidence_BY_VALUE.get(
            _confidence_value := d.pop("confidence")
        ) or EmailValidationConfidence(_confidence_value)

        is_federated = d.pop("isFederated", UNSET)

        has_seg = d.pop("hasSEG", UNSET)

        seg_provider = d.pop("segProvider", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: EmailValidationResultProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = _EmailValidationResultProvider_BY_VALUE.get(
                _provider
            ) or EmailValidationResultProvider(_provider)

        email_validation_result = cls(
            email,
            result,
            message,
            is_catch_all,
            confidence,
            is_federated,
            has_seg,
            seg_provider,
            provider,
        )

        email_validation_result.additional_properties = d
        return email_validation_result

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
