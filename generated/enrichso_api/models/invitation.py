from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_role import InvitationRole
from ..models.invitation_status import InvitationStatus
from ..types import checked_str

_InvitationRole_BY_VALUE = cast(
    "dict[Any, InvitationRole]", InvitationRole._value2member_map_
)
_InvitationStatus_BY_VALUE = cast(
    "dict[Any, InvitationStatus]", InvitationStatus._value2member_map_
)


T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
    """
    Attributes:
        id (str):
        email (str): Who was invited.
        role (InvitationRole): The role an invitee gets on accepting (an owner cannot be invited).
        status (InvitationStatus): Invitation status. Documented as the constant `pending` (only outstanding invitations
            are
            listed); modelled as an (open) enum so a later status does not break clients.
        expires_at (datetime.datetime): When the invitation expires.
        created_at (datetime.datetime): When the invitation was sent.
    """

    id: str
    email: str
    role: InvitationRole
    status: InvitationStatus
    expires_at: datetime.datetime
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        role = self.role.value

        status = self.status.value

        expires_at = self.expires_at.isoformat()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
                "status": status,
                "expiresAt": expires_at,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = checked_str(d.pop("id"), "id")

        email = checked_str(d.pop("email"), "email")

        role = _InvitationRole_BY_VALUE.get(
            _role_value := d.pop("role")
        ) or InvitationRole(_role_value)

        status = _InvitationStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or InvitationStatus(_status_value)

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        invitation = cls(
            id,
            email,
            role,
            status,
            expires_at,
            created_at,
        )

        invitation.additional_properties = d
        return invitation

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
