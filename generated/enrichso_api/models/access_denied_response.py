from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_status import AccessStatus
from ..types import UNSET, Unset, checked_int, checked_str

_AccessStatus_BY_VALUE = cast(
    "dict[Any, AccessStatus]", AccessStatus._value2member_map_
)


T = TypeVar("T", bound="AccessDeniedResponse")


@_attrs_define
class AccessDeniedResponse:
    """403 problem document for access-gated products (Lead Finder, Company Followers) and for
    suspended accounts. DISCREPANCY: documented with `required: [type, title, status, detail]`;
    like ErrorEnvelope every member is optional here, because the Authentication page shows 403
    bodies as `{error}`.

        Attributes:
            type_ (str | Unset):
            title (str | Unset):
            status (int | Unset):
            detail (str | Unset):
            instance (str | Unset):
            error (str | Unset):
            message (str | Unset):
            status_code (int | Unset):
            access_status (AccessStatus | Unset): Application status of an access-gated product.
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    status: int | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    status_code: int | Unset = UNSET
    access_status: AccessStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        error = self.error

        message = self.message

        status_code = self.status_code

        access_status: str | Unset = UNSET
        if not isinstance(self.access_status, Unset):
            access_status = self.access_status.value

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
        if access_status is not UNSET:
            field_dict["accessStatus"] = access_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = checked_str(d.pop("type", UNSET), "type")

        title = checked_str(d.pop("title", UNSET), "title")

        status = checked_int(d.pop("status", UNSET), "status")

        detail = checked_str(d.pop("detail", UNSET), "detail")

        instance = checked_str(d.pop("instance", UNSET), "instance")

        error = checked_str(d.pop("error", UNSET), "error")

        message = checked_str(d.pop("message", UNSET), "message")

        status_code = checked_int(d.pop("statusCode", UNSET), "statusCode")

        _access_status = d.pop("accessStatus", UNSET)
        access_status: AccessStatus | Unset
        if isinstance(_access_status, Unset):
            access_status = UNSET
        else:
            access_status = _AccessStatus_BY_VALUE.get(_access_status) or AccessStatus(
                _access_status
            )

        access_denied_response = cls(
            type_,
            title,
            status,
            detail,
            instance,
            error,
            message,
            status_code,
            access_status,
        )

        access_denied_response.additional_properties = d
        return access_denied_response

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
