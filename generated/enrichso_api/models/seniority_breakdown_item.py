from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_float, checked_int, checked_str

T = TypeVar("T", bound="SeniorityBreakdownItem")


@_attrs_define
class SeniorityBreakdownItem:
    """
    Attributes:
        seniority_level (str): Seniority level name (e.g., Director).
        seniority_id (str): Seniority level ID.
        count (int): Count of people at this seniority.
        percentage (float): Percentage of total.
    """

    seniority_level: str
    seniority_id: str
    count: int
    percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seniority_level = self.seniority_level

        seniority_id = self.seniority_id

        count = self.count

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seniorityLevel": seniority_level,
                "seniorityId": seniority_id,
                "count": count,
                "percentage": percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        seniority_level = checked_str(d.pop("seniorityLevel"), "seniorityLevel")

        seniority_id = checked_str(d.pop("seniorityId"), "seniorityId")

        count = checked_int(d.pop("count"), "count")

        percentage = checked_float(d.pop("percentage"), "percentage")

        seniority_breakdown_item = cls(
            seniority_level,
            seniority_id,
            count,
            percentage,
        )

        seniority_breakdown_item.additional_properties = d
        return seniority_breakdown_item

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
