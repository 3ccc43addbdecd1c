from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_validation_confidence import EmailValidationConfidence
from ..models.email_validation_result_provider import EmailValidationResultProvider
from ..models.email_verdict import EmailVerdict
from ..types import UNSET, Unset, checked_bool, checked_str

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
        result (EmailVerdict | Unset): `valid` (the mailbox exists), `invalid` (it does not), `risky` (delivery cannot
            be confirmed, e.g. catch-all; not charged).
        status (EmailVerdict | Unset): `valid` (the mailbox exists), `invalid` (it does not), `risky` (delivery cannot
            be confirmed, e.g. catch-all; not charged).
        sub_status (str | Unset): A finer reason for the verdict (API Reference overview; empty when none).
        free_email (bool | Unset): Whether the address is at a free email provider (API Reference overview).
        disposable (bool | Unset): Whether the address is at a disposable email provider (API Reference overview).
        catch_all (bool | Unset): Whether the domain accepts mail to any address, under the API Reference overview's
            name (same as `isCatchAll`).
        message (str | Unset):
        is_catch_all (bool | Unset): Whether the domain accepts mail to any address.
        is_federated (bool | Unset): Whether the email uses SSO or federated authentication.
        has_seg (bool | Unset): Whether the domain uses a Secure Email Gateway.
        seg_provider (str | Unset):
        provider (EmailValidationResultProvider | Unset): The email service provider.
        confidence (EmailValidationConfidence | Unset):
    """

    email: str
    result: EmailVerdict | Unset = UNSET
    status: EmailVerdict | Unset = UNSET
    sub_status: str | Unset = UNSET
    free_email: bool | Unset = UNSET
    disposable: bool | Unset = UNSET
    catch_all: bool | Unset = UNSET
    message: str | Unset = UNSET
    is_catch_all: bool | Unset = UNSET
    is_federated: bool | Unset = UNSET
    has_seg: bool | Unset = UNSET
    seg_provider: str | Unset = UNSET
    provider: EmailValidationResultProvider | Unset = UNSET
    confidence: EmailValidationConfidence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sub_status = self.sub_status

        free_email = self.free_email

        disposable = self.disposable

        catch_all = self.catch_all

        message = self.message

        is_catch_all = self.is_catch_all

        is_federated = self.is_federated

        has_seg = self.has_seg

        seg_provider = self.seg_provider

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if sub_status is not UNSET:
            field_dict["subStatus"] = sub_status
        if free_email is not UNSET:
            field_dict["freeEmail"] = free_email
        if disposable is not UNSET:
            field_dict["disposable"] = disposable
        if catch_all is not UNSET:
            field_dict["catchAll"] = catch_all
        if message is not UNSET:
            field_dict["message"] = message
        if is_catch_all is not UNSET:
            field_dict["isCatchAll"] = is_catch_all
        if is_federated is not UNSET:
            field_dict["isFederated"] = is_federated
        if has_seg is not UNSET:
            field_dict["hasSEG"] = has_seg
        if seg_provider is not UNSET:
            field_dict["segProvider"] = seg_provider
        if provider is not UNSET:
            field_dict["provider"] = provider
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = checked_str(d.pop("email"), "email")

        _result = d.pop("result", UNSET)
        result: EmailVerdict | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = _EmailVerdict_BY_VALUE.get(_result) or EmailVerdict(_result)

        _status = d.pop("status", UNSET)
        status: EmailVerdict | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _EmailVerdict_BY_VALUE.get(_status) or EmailVerdict(_status)

        sub_status = checked_str(d.pop("subStatus", UNSET), "subStatus")

        free_email = checked_bool(d.pop("freeEmail", UNSET), "freeEmail")

        disposable = checked_bool(d.pop("disposable", UNSET), "disposable")

        catch_all = checked_bool(d.pop("catchAll", UNSET), "catchAll")

        message = checked_str(d.pop("message", UNSET), "message")

        is_catch_all = checked_bool(d.pop("isCatchAll", UNSET), "isCatchAll")

        is_federated = checked_bool(d.pop("isFederated", UNSET), "isFederated")

        has_seg = checked_bool(d.pop("hasSEG", UNSET), "hasSEG")

        seg_provider = checked_str(d.pop("segProvider", UNSET), "segProvider")

        _provider = d.pop("provider", UNSET)
        provider: EmailValidationResultProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = _EmailValidationResultProvider_BY_VALUE.get(
                _provider
            ) or EmailValidationResultProvider(_provider)

        _confidence = d.pop("confidence", UNSET)
        confidence: EmailValidationConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = _EmailValidationConfidence_BY_VALUE.get(
                _confidence
            ) or EmailValidationConfidence(_confidence)

        email_validation_result = cls(
            email,
            result,
            status,
            sub_status,
            free_email,
            disposable,
            catch_all,
            message,
            is_catch_all,
            is_federated,
            has_seg,
            seg_provider,
            provider,
            confidence,
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
