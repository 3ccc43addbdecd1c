from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_status import AccessStatus
from ..types import UNSET, Unset, checked_float, checked_int, checked_str

if TYPE_CHECKING:
    from ..models.error_credit_detail import ErrorCreditDetail

_AccessStatus_BY_VALUE = cast(
    "dict[Any, AccessStatus]", AccessStatus._value2member_map_
)


T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """RFC 9457 problem details. DISCREPANCY (docs/api-notes.md 1.4, 9.3): the documentation shows four error
    body shapes (this problem document; `{error}` on the Authentication page;
    `{statusCode, error, message, retryAfter}` on the Rate Limits page; `{error, message,
    statusCode, detail{...}}` on the IP to Company and continue-scrape pages). Rather than pick
    one, every member is optional and extra members are allowed, so all four are valid instances;
    the documented `required: [type, title, status]` was dropped for that reason.

        Attributes:
            type_ (str | Unset): URI identifying the problem type, e.g. `https://dev.enrich.so/errors/validation-error`.
            title (str | Unset): Short summary of the problem type.
            status (int | Unset): The HTTP status code.
            detail (ErrorCreditDetail | str | Unset): Explanation of this occurrence (a string in problem documents; an
                object with the credit
                figures in the legacy 402 bodies).
            instance (str | Unset): URI reference identifying this occurrence, e.g. `/requests/3fa85f64-...`.
            error (str | Unset): Legacy shapes only: the error name or message.
            message (str | Unset): Legacy shapes only: the error message.
            status_code (int | Unset): Legacy shapes only: the HTTP status code.
            retry_after (float | Unset): Legacy 429 shape only: seconds to wait.
            access_status (AccessStatus | Unset): Application status of an access-gated product.
            required (float | Unset): Extension member of 402 problems (third-party report) - credits the operation needs.
            current_balance (float | Unset): Extension member of 402 problems (third-party report) - the current balance.
            shortfall (float | Unset): Extension member of 402 problems (third-party report) - credits missing.
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    status: int | Unset = UNSET
    detail: ErrorCreditDetail | str | Unset = UNSET
    instance: str | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    status_code: int | Unset = UNSET
    retry_after: float | Unset = UNSET
    access_status: AccessStatus | Unset = UNSET
    required: float | Unset = UNSET
    current_balance: float | Unset = UNSET
    shortfall: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail: dict[str, Any] | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, ErrorCreditDetail):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

        instance = self.instance

        error = self.error

        message = self.message

        status_code = self.status_code

        retry_after = self.retry_after

        access_status: str | Unset = UNSET
        if not isinstance(self.access_status, Unset):
            access_status = self.access_status.value

        required = self.required

        current_balance = self.current_balance

        shortfall = self.shortfall

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if retry_after is not UNSET:
            field_dict["retryAfter"] = retry_after
        if access_status is not UNSET:
            field_dict["accessStatus"] = access_status
        if required is not UNSET:
            field_dict["required"] = required
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance
        if shortfall is not UNSET:
            field_dict["shortfall"] = shortfall

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = checked_str(d.pop("type", UNSET), "type")

        title = checked_str(d.pop("title", UNSET), "title")

        status = checked_int(d.pop("status", UNSET), "status")

        def _parse_detail(data: object) -> ErrorCreditDetail | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_1 = ErrorCreditDetail.from_dict(data)

                return detail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorCreditDetail | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        instance = checked_str(d.pop("instance", UNSET), "instance")

        error = checked_str(d.pop("error", UNSET), "error")

        message = checked_str(d.pop("message", UNSET), "message")

        status_code = checked_int(d.pop("statusCode", UNSET), "statusCode")

        retry_after = checked_float(d.pop("retryAfter", UNSET), "retryAfter")

        _access_status = d.pop("accessStatus", UNSET)
        access_status: AccessStatus | Unset
        if isinstance(_access_status, Unset):
            access_status = UNSET
        else:
            access_status = _AccessStatus_BY_VALUE.get(_access_status) or AccessStatus(
                _access_status
            )

        required = checked_float(d.pop("required", UNSET), "required")

        current_balance = checked_float(
            d.pop("currentBalance", UNSET), "currentBalance"
        )

        shortfall = checked_float(d.pop("shortfall", UNSET), "shortfall")

        error_envelope = cls(
            type_,
            title,
            status,
            detail,
            instance,
            error,
            message,
            status_code,
            retry_after,
            access_status,
            required,
            current_balance,
            shortfall,
        )

        error_envelope.additional_properties = d
        return error_envelope

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


from ..models.error_credit_detail import ErrorCreditDetail
