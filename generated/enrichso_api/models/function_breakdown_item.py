from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_int, checked_str

if TYPE_CHECKING:
    from ..models.seniority_breakdown_item import SeniorityBreakdownItem


T = TypeVar("T", bound="FunctionBreakdownItem")


@_attrs_define
class FunctionBreakdownItem:
    """
    Attributes:
        function_name (str): Job function name (e.g., Engineering).
        function_id (str): Job function ID.
        count (int): Count of people in this function.
        percentage (float): Percentage of total.
        seniority_breakdown (list[SeniorityBreakdownItem] | None | Unset): Nested seniority breakdown within this
            department.
    """

    function_name: str
    function_id: str
    count: int
    percentage: float
    seniority_breakdown: list[SeniorityBreakdownItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function_name = self.function_name

        function_id = self.function_id

        count = self.count

        percentage = self.percentage

        seniority_breakdown: list[dict[str, Any]] | None | Unset
        if isinstance(self.seniority_breakdown, Unset):
            seniority_breakdown = UNSET
        elif isinstance(self.seniority_breakdown, list):
            seniority_breakdown = []
            for seniority_breakdown_type_0_item_data in self.seniority_breakdown:
                seniority_breakdown_type_0_item = (
                    seniority_breakdown_type_0_item_data.to_dict()
                )
                seniority_breakdown.append(seniority_breakdown_type_0_item)

        else:
            seniority_breakdown = self.seniority_breakdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "functionName": function_name,
                "functionId": function_id,
                "count": count,
                "percentage": percentage,
            }
        )
        if seniority_breakdown is not UNSET:
            field_dict["seniorityBreakdown"] = seniority_breakdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        function_name = checked_str(d.pop("functionName"), "functionName")

        function_id = checked_str(d.pop("functionId"), "functionId")

        count = checked_int(d.pop("count"), "count")

        percentage = checked_float(d.pop("percentage"), "percentage")

        def _parse_seniority_breakdown(
            data: object,
        ) -> list[SeniorityBreakdownItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                seniority_breakdown_type_0 = []
                _seniority_breakdown_type_0 = data
                for seniority_breakdown_type_0_item_data in _seniority_breakdown_type_0:
                    seniority_breakdown_type_0_item = SeniorityBreakdownItem.from_dict(
                        seniority_breakdown_type_0_item_data
                    )

                    seniority_breakdown_type_0.append(seniority_breakdown_type_0_item)

                return seniority_breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SeniorityBreakdownItem] | None | Unset, data)

        seniority_breakdown = _parse_seniority_breakdown(
            d.pop("seniorityBreakdown", UNSET)
        )

        function_breakdown_item = cls(
            function_name,
            function_id,
            count,
            percentage,
            seniority_breakdown,
        )

        function_breakdown_item.additional_properties = d
        return function_breakdown_item

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


from ..models.seniority_breakdown_item import SeniorityBreakdownItem
