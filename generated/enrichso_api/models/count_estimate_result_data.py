from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int

if TYPE_CHECKING:
    from ..models.count_estimate_result_data_filters_applied import (
        CountEstimateResultDataFiltersApplied,
    )
    from ..models.function_breakdown_item import FunctionBreakdownItem
    from ..models.seniority_breakdown_item import SeniorityBreakdownItem


T = TypeVar("T", bound="CountEstimateResultData")


@_attrs_define
class CountEstimateResultData:
    """The result of a count estimation.

    Attributes:
        total_count (int): Total estimated follower count.
        function_breakdown (list[FunctionBreakdownItem] | None | Unset): Breakdown by department / function (when the
            departments filter was applied).
        seniority_breakdown (list[SeniorityBreakdownItem] | None | Unset): Breakdown by seniority level (when the levels
            filter was applied).
        filters_applied (CountEstimateResultDataFiltersApplied | None | Unset): The filters applied to the estimation
            (echoed as plain strings), or null.
    """

    total_count: int
    function_breakdown: list[FunctionBreakdownItem] | None | Unset = UNSET
    seniority_breakdown: list[SeniorityBreakdownItem] | None | Unset = UNSET
    filters_applied: CountEstimateResultDataFiltersApplied | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        function_breakdown: list[dict[str, Any]] | None | Unset
        if isinstance(self.function_breakdown, Unset):
            function_breakdown = UNSET
        elif isinstance(self.function_breakdown, list):
            function_breakdown = []
            for function_breakdown_type_0_item_data in self.function_breakdown:
                function_breakdown_type_0_item = (
                    function_breakdown_type_0_item_data.to_dict()
                )
                function_breakdown.append(function_breakdown_type_0_item)

        else:
            function_breakdown = self.function_breakdown

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

        filters_applied: dict[str, Any] | None | Unset
        if isinstance(self.filters_applied, Unset):
            filters_applied = UNSET
        elif isinstance(self.filters_applied, CountEstimateResultDataFiltersApplied):
            filters_applied = self.filters_applied.to_dict()
        else:
            filters_applied = self.filters_applied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
            }
        )
        if function_breakdown is not UNSET:
            field_dict["functionBreakdown"] = function_breakdown
        if seniority_breakdown is not UNSET:
            field_dict["seniorityBreakdown"] = seniority_breakdown
        if filters_applied is not UNSET:
            field_dict["filtersApplied"] = filters_applied

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_count = checked_int(d.pop("totalCount"), "totalCount")

        def _parse_function_breakdown(
            data: object,
        ) -> list[FunctionBreakdownItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                function_breakdown_type_0 = []
                _function_breakdown_type_0 = data
                for function_breakdown_type_0_item_data in _function_breakdown_type_0:
                    function_breakdown_type_0_item = FunctionBreakdownItem.from_dict(
                        function_breakdown_type_0_item_data
                    )

                    function_breakdown_type_0.append(function_breakdown_type_0_item)

                return function_breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FunctionBreakdownItem] | None | Unset, data)

        function_breakdown = _parse_function_breakdown(
            d.pop("functionBreakdown", UNSET)
        )

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

        def _parse_filters_applied(
            data: object,
        ) -> CountEstimateResultDataFiltersApplied | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_applied_filters_applied = (
                    CountEstimateResultDataFiltersApplied.from_dict(data)
                )

                return filters_applied_filters_applied
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountEstimateResultDataFiltersApplied | None | Unset, data)

        filters_applied = _parse_filters_applied(d.pop("filtersApplied", UNSET))

        count_estimate_result_data = cls(
            total_count,
            function_breakdown,
            seniority_breakdown,
            filters_applied,
        )

        count_estimate_result_data.additional_properties = d
        return count_estimate_result_data

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


from ..models.count_estimate_result_data_filters_applied import (
    CountEstimateResultDataFiltersApplied,
)
from ..models.function_breakdown_item import FunctionBreakdownItem
from ..models.seniority_breakdown_item import SeniorityBreakdownItem
