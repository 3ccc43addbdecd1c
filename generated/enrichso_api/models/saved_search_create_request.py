from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_str

if TYPE_CHECKING:
    from ..models.lead_finder_search_filters import LeadFinderSearchFilters


T = TypeVar("T", bound="SavedSearchCreateRequest")


@_attrs_define
class SavedSearchCreateRequest:
    """
    Attributes:
        name (str): Search name.
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
    """

    name: str
    filters: LeadFinderSearchFilters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = checked_str(d.pop("name"), "name")

        filters = LeadFinderSearchFilters.from_dict(d.pop("filters"))

        saved_search_create_request = cls(
            name,
            filters,
        )

        saved_search_create_request.additional_properties = d
        return saved_search_create_request

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


from ..models.lead_finder_search_filters import LeadFinderSearchFilters
