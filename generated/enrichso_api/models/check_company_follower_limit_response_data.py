from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_status import AccessStatus
from ..types import UNSET, Unset, checked_int

_AccessStatus_BY_VALUE = cast(
    "dict[Any, AccessStatus]", AccessStatus._value2member_map_
)


T = TypeVar("T", bound="CheckCompanyFollowerLimitResponseData")


@_attrs_define
class CheckCompanyFollowerLimitResponseData:
    """
    Attributes:
        status (AccessStatus): Application status of an access-gated product.
        daily_limit (int | Unset): Maximum profiles allowed per day (approved teams only).
        daily_used (int | Unset): Profiles used today (approved teams only).
        daily_remaining (int | Unset): Profiles remaining today (approved teams only).
        credits_per_profile (int | Unset): Credit cost per follower profile for your team (approved teams only).
    """

    status: AccessStatus
    daily_limit: int | Unset = UNSET
    daily_used: int | Unset = UNSET
    daily_remaining: int | Unset = UNSET
    credits_per_profile: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        daily_limit = self.daily_limit

        daily_used = self.daily_used

        daily_remaining = self.daily_remaining

        credits_per_profile = self.credits_per_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if daily_limit is not UNSET:
            field_dict["dailyLimit"] = daily_limit
        if daily_used is not UNSET:
            field_dict["dailyUsed"] = daily_used
        if daily_remaining is not UNSET:
            field_dict["dailyRemaining"] = daily_remaining
        if credits_per_profile is not UNSET:
            field_dict["creditsPerProfile"] = credits_per_profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = _AccessStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or AccessStatus(_status_value)

        daily_limit = checked_int(d.pop("dailyLimit", UNSET), "dailyLimit")

        daily_used = checked_int(d.pop("dailyUsed", UNSET), "dailyUsed")

        daily_remaining = checked_int(d.pop("dailyRemaining", UNSET), "dailyRemaining")

        credits_per_profile = checked_int(
            d.pop("creditsPerProfile", UNSET), "creditsPerProfile"
        )

        check_company_follower_limit_response_data = cls(
            status,
            daily_limit,
            daily_used,
            daily_remaining,
            credits_per_profile,
        )

        check_company_follower_limit_response_data.additional_properties = d
        return check_company_follower_limit_response_data

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
