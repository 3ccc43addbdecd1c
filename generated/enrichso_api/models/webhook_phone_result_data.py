from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_result_type import WebhookResultType
from ..types import UNSET, Unset, checked_str

_WebhookResultType_BY_VALUE = cast(
    "dict[Any, WebhookResultType]", WebhookResultType._value2member_map_
)


T = TypeVar("T", bound="WebhookPhoneResultData")


@_attrs_define
class WebhookPhoneResultData:
    """
    Attributes:
        job_id (str):
        result_id (str): The email or profile URL used for the lookup.
        type_ (WebhookResultType): Outcome of one item in the phone and reverse-lookup per-result callbacks: `success`,
            `no_match` or `error`.
        phones (list[str] | Unset): Phone numbers found (present when `type` is `success`).
        error (str | Unset): Error message (present when `type` is `error`).
        message (str | Unset): Human-readable summary.
    """

    job_id: str
    result_id: str
    type_: WebhookResultType
    phones: list[str] | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        result_id = self.result_id

        type_ = self.type_.value

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "result_id": result_id,
                "type": type_,
            }
        )
        if phones is not UNSET:
            field_dict["phones"] = phones
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("job_id"), "job_id")

        result_id = checked_str(d.pop("result_id"), "result_id")

        type_ = _WebhookResultType_BY_VALUE.get(
            _type__value := d.pop("type")
        ) or WebhookResultType(_type__value)

        phones = cast(list[str], d.pop("phones", UNSET))

        error = checked_str(d.pop("error", UNSET), "error")

        message = checked_str(d.pop("message", UNSET), "message")

        webhook_phone_result_data = cls(
            job_id,
            result_id,
            type_,
            phones,
            error,
            message,
        )

        webhook_phone_result_data.additional_properties = d
        return webhook_phone_result_data

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
