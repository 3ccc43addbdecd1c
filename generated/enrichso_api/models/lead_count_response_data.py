from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_search_type import LeadSearchType
from ..types import UNSET, Unset, checked_bool, checked_int

_LeadSearchType_BY_VALUE = cast(
    "dict[Any, LeadSearchType]", LeadSearchType._value2member_map_
)


T = TypeVar("T", bound="LeadCountResponseData")


@_attrs_define
class LeadCountResponseData:
    """
    Attributes:
        count (int): Maximum pageable results: exact and deduplicated up to 10,000; above, approximate
            with a 25% dedup discount; capped at 500,000.
        search_type (LeadSearchType): Kind of search the server ran for a count.
        is_approximate (bool | Unset): True when the count is estimated (documented: above 10,000 results). DISCREPANCY
            (docs/api-notes.md 9.12): a live probe saw false at 89,731; read the flag, do not infer it.
        searched_total_result (int | Unset): Raw total of matching leads (same as count below the 500,000 cap).
    """

    count: int
    search_type: LeadSearchType
    is_approximate: bool | Unset = UNSET
    searched_total_result: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        search_type = self.search_type.value

        is_approximate = self.is_approximate

        searched_total_result = self.searched_total_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "searchType": search_type,
            }
        )
        if is_approximate is not UNSET:
            field_dict["isApproximate"] = is_approximate
        if searched_total_result is not UNSET:
            field_dict["searchedTotalResult"] = searched_total_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = checked_int(d.pop("count"), "count")

        search_type = _LeadSearchType_BY_VALUE.get(
            _search_type_value := d.pop("searchType")
        ) or LeadSearchType(_search_type_value)

        is_approximate = checked_bool(d.pop("isApproximate", UNSET), "isApproximate")

        searched_total_result = checked_int(
            d.pop("searchedTotalResult", UNSET), "searchedTotalResult"
        )

        lead_count_response_data = cls(
            count,
            search_type,
            is_approximate,
            searched_total_result,
        )

        lead_count_response_data.additional_properties = d
        return lead_count_response_data

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
