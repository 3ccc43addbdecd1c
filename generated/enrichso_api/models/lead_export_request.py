from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_bool, checked_int, checked_str

if TYPE_CHECKING:
    from ..models.lead_exclude_filters import LeadExcludeFilters
    from ..models.lead_finder_search_filters import LeadFinderSearchFilters


T = TypeVar("T", bound="LeadExportRequest")


@_attrs_define
class LeadExportRequest:
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
        name (str | Unset): Display name of the export (shown in the export history); generated when omitted.
        max_results (int | Unset): Maximum rows to export. Default: 1000.
        include_contact_info (bool | Unset): Shorthand for email and phone (535 credits per lead). Default: False.
        include_email (bool | Unset): Include email addresses (10 credits per lead). Default: False.
        include_phone (bool | Unset): Include phone numbers (525 credits per lead). Default: False.
        include_names (bool | Unset): Include full last names (1 credit per lead). Default: False.
        lead_ids (list[str] | Unset): Export these leads only, by encrypted id (selected-rows mode).
        page (int | Unset): Export one page of results (current-page mode).
        page_size (int | Unset): Page size when exporting one page.
    """

    filters: LeadFinderSearchFilters
    exclude_filters: LeadExcludeFilters | Unset = UNSET
    name: str | Unset = UNSET
    max_results: int | Unset = 1000
    include_contact_info: bool | Unset = False
    include_email: bool | Unset = False
    include_phone: bool | Unset = False
    include_names: bool | Unset = False
    lead_ids: list[str] | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters.to_dict()

        exclude_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exclude_filters, Unset):
            exclude_filters = self.exclude_filters.to_dict()

        name = self.name

        max_results = self.max_results

        include_contact_info = self.include_contact_info

        include_email = self.include_email

        include_phone = self.include_phone

        include_names = self.include_names

        lead_ids: list[str] | Unset = UNSET
        if not isinstance(self.lead_ids, Unset):
            lead_ids = self.lead_ids

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
        if name is not UNSET:
            field_dict["name"] = name
        if max_results is not UNSET:
            field_dict["maxResults"] = max_results
        if include_contact_info is not UNSET:
            field_dict["includeContactInfo"] = include_contact_info
        if include_email is not UNSET:
            field_dict["includeEmail"] = include_email
        if include_phone is not UNSET:
            field_dict["includePhone"] = include_phone
        if include_names is not UNSET:
            field_dict["includeNames"] = include_names
        if lead_ids is not UNSET:
            field_dict["leadIds"] = lead_ids
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

        name = checked_str(d.pop("name", UNSET), "name")

        max_results = checked_int(d.pop("maxResults", UNSET), "maxResults")

        include_contact_info = checked_bool(
            d.pop("includeContactInfo", UNSET), "includeContactInfo"
        )

        include_email = checked_bool(d.pop("includeEmail", UNSET), "includeEmail")

        include_phone = checked_bool(d.pop("includePhone", UNSET), "includePhone")

        include_names = checked_bool(d.pop("includeNames", UNSET), "includeNames")

        lead_ids = cast(list[str], d.pop("leadIds", UNSET))

        page = checked_int(d.pop("page", UNSET), "page")

        page_size = checked_int(d.pop("pageSize", UNSET), "pageSize")

        lead_export_request = cls(
            filters,
            exclude_filters,
            name,
            max_results,
            include_contact_info,
            include_email,
            include_phone,
            include_names,
            lead_ids,
            page,
            page_size,
        )

        lead_export_request.additional_properties = d
        return lead_export_request

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
