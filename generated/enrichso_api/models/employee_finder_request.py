from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int, checked_str

T = TypeVar("T", bound="EmployeeFinderRequest")


@_attrs_define
class EmployeeFinderRequest:
    """Body of employeeFinder (snake_case). The filters are free strings (no vocabularies are published).

    Attributes:
        company_linkedin_url (str): LinkedIn company profile URL (must be a LinkedIn company URL).
        country (list[str] | Unset): Country names to filter (e.g. India, United States, Germany).
        continent (list[str] | Unset): Continent filter.
        sales_region (list[str] | Unset): Sales region filter.
        job_level (list[str] | Unset): Job level / seniority filter.
        job_function (list[str] | Unset): Job function / department filter.
        max_results (int | Unset): Results per page (1-100). Default: 10.
        page (int | Unset): Page number (starts at 1). Default: 1.
    """

    company_linkedin_url: str
    country: list[str] | Unset = UNSET
    continent: list[str] | Unset = UNSET
    sales_region: list[str] | Unset = UNSET
    job_level: list[str] | Unset = UNSET
    job_function: list[str] | Unset = UNSET
    max_results: int | Unset = 10
    page: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_linkedin_url = self.company_linkedin_url

        country: list[str] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        continent: list[str] | Unset = UNSET
        if not isinstance(self.continent, Unset):
            continent = self.continent

        sales_region: list[str] | Unset = UNSET
        if not isinstance(self.sales_region, Unset):
            sales_region = self.sales_region

        job_level: list[str] | Unset = UNSET
        if not isinstance(self.job_level, Unset):
            job_level = self.job_level

        job_function: list[str] | Unset = UNSET
        if not isinstance(self.job_function, Unset):
            job_function = self.job_function

        max_results = self.max_results

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_linkedin_url": company_linkedin_url,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if continent is not UNSET:
            field_dict["continent"] = continent
        if sales_region is not UNSET:
            field_dict["sales_region"] = sales_region
        if job_level is not UNSET:
            field_dict["job_level"] = job_level
        if job_function is not UNSET:
            field_dict["job_function"] = job_function
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_linkedin_url = checked_str(
            d.pop("company_linkedin_url"), "company_linkedin_url"
        )

        country = cast(list[str], d.pop("country", UNSET))

        continent = cast(list[str], d.pop("continent", UNSET))

        sales_region = cast(list[str], d.pop("sales_region", UNSET))

        job_level = cast(list[str], d.pop("job_level", UNSET))

        job_function = cast(list[str], d.pop("job_function", UNSET))

        max_results = checked_int(d.pop("max_results", UNSET), "max_results")

        page = checked_int(d.pop("page", UNSET), "page")

        employee_finder_request = cls(
            company_linkedin_url,
            country,
            continent,
            sales_region,
            job_level,
            job_function,
            max_results,
            page,
        )

        employee_finder_request.additional_properties = d
        return employee_finder_request

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
