from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int

if TYPE_CHECKING:
    from ..models.lead_exclude_filters import LeadExcludeFilters
    from ..models.lead_finder_search_filters import LeadFinderSearchFilters


T = TypeVar("T", bound="LeadSearchRequest")


@_attrs_define
class LeadSearchRequest:
    """
    Attributes:
        filters (LeadFinderSearchFilters): Search filters of the unified lead finder (138 optional fields across person,
            organization
            and insights dimensions; unknown fields are rejected). Multi-select filters take one string
            or an array of strings; numeric `...Count...`, traffic, funding and rating filters are
            minimums unless named `...Max`. Values within one filter are OR-ed, different filters are
            AND-ed. `personHeadline`, `companyHeadline` and `aboutUs` match by keyword (contains);
            `jobTitle`, `skills` and `companyName` match exactly (`companyNameMode: contains` for partial
            company names). Take multi-select values from getFilterOptions and use them verbatim.
            OBSERVED (docs/api-notes.md Appendix A, third-party live probe, not documented): the value
            vocabularies listed in the field descriptions. They are deliberately NOT enums: the
            documentation's own examples use other values (`C-Suite`), and the server may change them.
        exclude_filters (LeadExcludeFilters | Unset): Filters that exclude leads. Only personHeadline, companyHeadline,
            aboutUs, domain and jobTitle are supported; a string or a list (each with its own maximum).
        page (int | Unset): Page number, starting at 1. Pages 1-3 are free. (page - 1) x pageSize must be below 500,000.
            Default: 1.
        page_size (int | Unset): Results per page (1-100). Default: 25.
    """

    filters: LeadFinderSearchFilters
    exclude_filters: LeadExcludeFilters | Unset = UNSET
    page: int | Unset = 1
    page_size: int | Unset = 25
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters.to_dict()

        exclude_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exclude_filters, Unset):
            exclude_filters = self.exclude_filters.to_dict()

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if exclude_filters is not UNSET:
            field_dict["excludeFilters"] = exclude_filters
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filters = LeadFinderSearchFilters.from_dict(d.pop("filters"))

        _exclude_filters = d.pop("excludeFilters", UNSET)
        exclude_filters: LeadExcludeFilters | Unset
        if isinstance(_exclude_filters, Unset):
            exclude_filters = UNSET
        else:
            exclude_filters = LeadExcludeFilters.from_dict(_exclude_filters)

        page = checked_int(d.pop("page", UNSET), "page")

        page_size = checked_int(d.pop("pageSize", UNSET), "pageSize")

        lead_search_request = cls(
            filters,
            exclude_filters,
            page,
            page_size,
        )

        lead_search_request.additional_properties = d
        return lead_search_request

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


from ..models.lead_exclude_filters import LeadExcludeFilters
from ..models.lead_finder_search_filters import LeadFinderSearchFilters
