from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_bool, checked_int

T = TypeVar("T", bound="LeadFinderPagination")


@_attrs_define
class LeadFinderPagination:
    """Pagination block of a lead search.

    Attributes:
        page (int): Current page number.
        page_size (int): Results per page.
        total_results (int): Maximum number of results you can page through: exact and deduplicated up to 10,000;
            above, approximate with a 25% dedup discount; capped at 500,000.
        total_pages (int): Navigable pages based on totalResults (capped at 500,000 results).
        has_more (bool): Whether more pages exist beyond the current one.
        is_approximate (bool | Unset): True when totalResults is estimated (documented: above 10,000 results).
            DISCREPANCY
            (docs/api-notes.md 9.12): a live probe saw false at 89,731; read the flag, do not infer it.
        searched_total_result (int | Unset): Raw total of matching leads (same as totalResults below the 500,000 cap).
    """

    page: int
    page_size: int
    total_results: int
    total_pages: int
    has_more: bool
    is_approximate: bool | Unset = UNSET
    searched_total_result: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        total_results = self.total_results

        total_pages = self.total_pages

        has_more = self.has_more

        is_approximate = self.is_approximate

        searched_total_result = self.searched_total_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "pageSize": page_size,
                "totalResults": total_results,
                "totalPages": total_pages,
                "hasMore": has_more,
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
        page = checked_int(d.pop("page"), "page")

        page_size = checked_int(d.pop("pageSize"), "pageSize")

        total_results = checked_int(d.pop("totalResults"), "totalResults")

        total_pages = checked_int(d.pop("totalPages"), "totalPages")

        has_more = checked_bool(d.pop("hasMore"), "hasMore")

        is_approximate = checked_bool(d.pop("isApproximate", UNSET), "isApproximate")

        searched_total_result = checked_int(
            d.pop("searchedTotalResult", UNSET), "searchedTotalResult"
        )

        lead_finder_pagination = cls(
            page,
            page_size,
            total_results,
            total_pages,
            has_more,
            is_approximate,
            searched_total_result,
        )

        lead_finder_pagination.additional_properties = d
        return lead_finder_pagination

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
