from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_int, checked_str

if TYPE_CHECKING:
    from ..models.waterfall_icp_cascade_level import WaterfallIcpCascadeLevel


T = TypeVar("T", bound="WaterfallIcpSearchRequest")


@_attrs_define
class WaterfallIcpSearchRequest:
    """Body of waterfallIcpSearch (snake_case).

    Attributes:
        company_linkedin_url (str): LinkedIn company URL to search employees for (must be a LinkedIn company URL).
        cascade (list[WaterfallIcpCascadeLevel] | Unset): Cascading ICP filter levels, processed in order. People
            matched by an earlier level are
            excluded from later ones. Omitted: a default 4-level cascade (CEO/Founder -> C-Suite -> VP
            -> Director).
        max_results (int | Unset): Maximum total results to return across all cascade levels. Default: 25.
        min_score (float | Unset): Minimum ICP score (0-100); candidates scoring below it are filtered out. Default:
            0.0.
    """

    company_linkedin_url: str
    cascade: list[WaterfallIcpCascadeLevel] | Unset = UNSET
    max_results: int | Unset = 25
    min_score: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_linkedin_url = self.company_linkedin_url

        cascade: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cascade, Unset):
            cascade = []
            for cascade_item_data in self.cascade:
                cascade_item = cascade_item_data.to_dict()
                cascade.append(cascade_item)

        max_results = self.max_results

        min_score = self.min_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_linkedin_url": company_linkedin_url,
            }
        )
        if cascade is not UNSET:
            field_dict["cascade"] = cascade
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if min_score is not UNSET:
            field_dict["min_score"] = min_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_linkedin_url = checked_str(
            d.pop("company_linkedin_url"), "company_linkedin_url"
        )

        _cascade = d.pop("cascade", UNSET)
        cascade: list[WaterfallIcpCascadeLevel] | Unset = UNSET
        if _cascade is not UNSET:
            cascade = []
            for cascade_item_data in _cascade:
                cascade_item = WaterfallIcpCascadeLevel.from_dict(cascade_item_data)

                cascade.append(cascade_item)

        max_results = checked_int(d.pop("max_results", UNSET), "max_results")

        min_score = checked_float(d.pop("min_score", UNSET), "min_score")

        waterfall_icp_search_request = cls(
            company_linkedin_url,
            cascade,
            max_results,
            min_score,
        )

        waterfall_icp_search_request.additional_properties = d
        return waterfall_icp_search_request

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


from ..models.waterfall_icp_cascade_level import WaterfallIcpCascadeLevel
