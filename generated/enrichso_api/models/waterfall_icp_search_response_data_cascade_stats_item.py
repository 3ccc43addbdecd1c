from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_int

T = TypeVar("T", bound="WaterfallIcpSearchResponseDataCascadeStatsItem")


@_attrs_define
class WaterfallIcpSearchResponseDataCascadeStatsItem:
    """
    Attributes:
        level (int): Cascade level index (0-based).
        candidates_found (int): Candidates found for this level.
        candidates_kept (int): Candidates that passed min_score and deduplication.
    """

    level: int
    candidates_found: int
    candidates_kept: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        candidates_found = self.candidates_found

        candidates_kept = self.candidates_kept

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "candidates_found": candidates_found,
                "candidates_kept": candidates_kept,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = checked_int(d.pop("level"), "level")

        candidates_found = checked_int(d.pop("candidates_found"), "candidates_found")

        candidates_kept = checked_int(d.pop("candidates_kept"), "candidates_kept")

        waterfall_icp_search_response_data_cascade_stats_item = cls(
            level,
            candidates_found,
            candidates_kept,
        )

        waterfall_icp_search_response_data_cascade_stats_item.additional_properties = d
        return waterfall_icp_search_response_data_cascade_stats_item

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
