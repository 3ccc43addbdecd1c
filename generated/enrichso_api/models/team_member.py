from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_role import TeamRole
from ..types import checked_str

_TeamRole_BY_VALUE = cast("dict[Any, TeamRole]", TeamRole._value2member_map_)


T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember:
    """
    Attributes:
        id (str): Membership id.
        user_id (str): User id.
        email (str): The member's email address.
        name (None | str): The member's display name.
        role (TeamRole): A member's role: `owner` (full control, cannot be removed), `admin` (can manage members and
            keys), `member` (can use the API).
        created_at (datetime.datetime): When they joined the team.
    """

    id: str
    user_id: str
    email: str
    name: None | str
    role: TeamRole
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        email = self.email

        name: None | str
        name = self.name

        role = self.role.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "email": email,
                "name": name,
                "role": role,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = checked_str(d.pop("id"), "id")

        user_id = checked_str(d.pop("userId"), "userId")

        email = checked_str(d.pop("email"), "email")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        role = _TeamRole_BY_VALUE.get(_role_value := d.pop("role")) or TeamRole(
            _role_value
        )

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        team_member = cls(
            id,
            user_id,
            email,
            name,
            role,
            created_at,
        )

        team_member.additional_properties = d
        return team_member

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
