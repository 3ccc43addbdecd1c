from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_int

if TYPE_CHECKING:
    from ..models.waterfall_icp_search_response_data_cascade_stats_item import (
        WaterfallIcpSearchResponseDataCascadeStatsItem,
    )
    from ..models.waterfall_icp_search_result import WaterfallIcpSearchResult


T = TypeVar("T", bound="WaterfallIcpSearchResponseData")


@_attrs_define
class WaterfallIcpSearchResponseData:
    """
    Attributes:
        results (list[WaterfallIcpSearchResult]): Ranked matching candidates, sorted by ICP score descending.
        total_found (int): Candidates found across all cascade levels (before min_score filtering).
        total_returned (int): Results returned after filtering and the max_results cap.
        cascade_stats (list[WaterfallIcpSearchResponseDataCascadeStatsItem]): Per-cascade-level statistics.
    """

    results: list[WaterfallIcpSearchResult]
    total_found: int
    total_returned: int
    cascade_stats: list[WaterfallIcpSearchResponseDataCascadeStatsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total_found = self.total_found

        total_returned = self.total_returned

        cascade_stats = []
        for cascade_stats_item_data in self.cascade_stats:
            cascade_stats_item = cascade_stats_item_data.to_dict()
            cascade_stats.append(cascade_stats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "total_found": total_found,
                "total_returned": total_returned,
                "cascade_stats": cascade_stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = WaterfallIcpSearchResult.from_dict(results_item_data)

            results.append(results_item)

        total_found = checked_int(d.pop("total_found"), "total_found")

        total_returned = checked_int(d.pop("total_returned"), "total_returned")

        cascade_stats = []
        _cascade_stats = d.pop("cascade_stats")
        for cascade_stats_item_data in _cascade_stats:
            cascade_stats_item = (
                WaterfallIcpSearchResponseDataCascadeStatsItem.from_dict(
                    cascade_stats_item_data
                )
            )

            cascade_stats.append(cascade_stats_item)

        waterfall_icp_search_response_data = cls(
            results,
            total_found,
            total_returned,
            cascade_stats,
        )

        waterfall_icp_search_response_data.additional_properties = d
        return waterfall_icp_search_response_data

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


from ..models.waterfall_icp_search_response_data_cascade_stats_item import (
    WaterfallIcpSearchResponseDataCascadeStatsItem,
)
from ..models.waterfall_icp_search_result import WaterfallIcpSearchResult
