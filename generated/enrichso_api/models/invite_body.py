from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_role import InvitationRole
from ..types import checked_str

_InvitationRole_BY_VALUE = cast(
    "dict[Any, InvitationRole]", InvitationRole._value2member_map_
)


T = TypeVar("T", bound="InviteBody")


@_attrs_define
class InviteBody:
    """
    Attributes:
        email (str): The email address of the person to invite.
        role (InvitationRole): The role an invitee gets on accepting (an owner cannot be invited).
    """

    email: str
    role: InvitationRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = checked_str(d.pop("email"), "email")

        role = _InvitationRole_BY_VALUE.get(
            _role_value := d.pop("role")
        ) or InvitationRole(_role_value)

        invite_body = cls(
            email,
            role,
        )

        invite_body.additional_properties = d
        return invite_body

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
