from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follower_filter_country import FollowerFilterCountry
from ..models.follower_filter_department import FollowerFilterDepartment
from ..models.follower_filter_job_title import FollowerFilterJobTitle
from ..models.follower_filter_level import FollowerFilterLevel
from ..models.follower_filter_state import FollowerFilterState
from ..types import UNSET, Unset, checked_bool, checked_int, checked_str

_FollowerFilterCountry_BY_VALUE = cast(
    "dict[Any, FollowerFilterCountry]", FollowerFilterCountry._value2member_map_
)
_FollowerFilterDepartment_BY_VALUE = cast(
    "dict[Any, FollowerFilterDepartment]", FollowerFilterDepartment._value2member_map_
)
_FollowerFilterJobTitle_BY_VALUE = cast(
    "dict[Any, FollowerFilterJobTitle]", FollowerFilterJobTitle._value2member_map_
)
_FollowerFilterLevel_BY_VALUE = cast(
    "dict[Any, FollowerFilterLevel]", FollowerFilterLevel._value2member_map_
)
_FollowerFilterState_BY_VALUE = cast(
    "dict[Any, FollowerFilterState]", FollowerFilterState._value2member_map_
)


T = TypeVar("T", bound="CompanyFollowerRequest")


@_attrs_define
class CompanyFollowerRequest:
    """Body of startCompanyFollowerScrape in start mode. Filters are optional.

    Attributes:
        company_url (str): The LinkedIn company URL to scrape followers from.
        max_limit (int): Maximum number of follower profiles to retrieve (1-50,000). Note the snake_case name (docs/api-
            notes.md 9.14).
        name (str | Unset): Optional custom name for this extraction (visible in history).
        countries (list[FollowerFilterCountry] | Unset): Filter followers by country names.
        states (list[FollowerFilterState] | Unset): Filter followers by state / province / region names; the parent
            country is inferred automatically.
        job_titles (list[FollowerFilterJobTitle] | Unset): Filter followers by job titles (e.g. Account Executive, Chief
            Executive Officer, Data Scientist, Product Manager).
        departments (list[FollowerFilterDepartment] | Unset): Filter followers by department.
        levels (list[FollowerFilterLevel] | Unset): Filter followers by seniority level.
        webhook_url (str | Unset): A URL on your server that receives one POST per result plus one final completion
            POST.
        skip_cache (bool | Unset): When true, run a new scrape instead of returning the cached result for the same
            company
            and filters, overwriting the cache. Defaults to false.
             Default: False.
    """

    company_url: str
    max_limit: int
    name: str | Unset = UNSET
    countries: list[FollowerFilterCountry] | Unset = UNSET
    states: list[FollowerFilterState] | Unset = UNSET
    job_titles: list[FollowerFilterJobTitle] | Unset = UNSET
    departments: list[FollowerFilterDepartment] | Unset = UNSET
    levels: list[FollowerFilterLevel] | Unset = UNSET
    webhook_url: str | Unset = UNSET
    skip_cache: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_url = self.company_url

        max_limit = self.max_limit

        name = self.name

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.value
                countries.append(countries_item)

        states: list[str] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = []
            for states_item_data in self.states:
                states_item = states_item_data.value
                states.append(states_item)

        job_titles: list[str] | Unset = UNSET
        if not isinstance(self.job_titles, Unset):
            job_titles = []
            for job_titles_item_data in self.job_titles:
                job_titles_item = job_titles_item_data.value
                job_titles.append(job_titles_item)

        departments: list[str] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = []
            for departments_item_data in self.departments:
                departments_item = departments_item_data.value
                departments.append(departments_item)

        levels: list[str] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.value
                levels.append(levels_item)

        webhook_url = self.webhook_url

        skip_cache = self.skip_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyUrl": company_url,
                "max_limit": max_limit,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if countries is not UNSET:
            field_dict["countries"] = countries
        if states is not UNSET:
            field_dict["states"] = states
        if job_titles is not UNSET:
            field_dict["jobTitles"] = job_titles
        if departments is not UNSET:
            field_dict["departments"] = departments
        if levels is not UNSET:
            field_dict["levels"] = levels
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if skip_cache is not UNSET:
            field_dict["skipCache"] = skip_cache

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_url = checked_str(d.pop("companyUrl"), "companyUrl")

        max_limit = checked_int(d.pop("max_limit"), "max_limit")

        name = checked_str(d.pop("name", UNSET), "name")

        _countries = d.pop("countries", UNSET)
        countries: list[FollowerFilterCountry] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = _FollowerFilterCountry_BY_VALUE.get(
                    countries_item_data
                ) or FollowerFilterCountry(countries_item_data)

                countries.append(countries_item)

        _states = d.pop("states", UNSET)
        states: list[FollowerFilterState] | Unset = UNSET
        if _states is not UNSET:
            states = []
            for states_item_data in _states:
                states_item = _FollowerFilterState_BY_VALUE.get(
                    states_item_data
                ) or FollowerFilterState(states_item_data)

                states.append(states_item)

        _job_titles = d.pop("jobTitles", UNSET)
        job_titles: list[FollowerFilterJobTitle] | Unset = UNSET
        if _job_titles is not UNSET:
            job_titles = []
            for job_titles_item_data in _job_titles:
                job_titles_item = _FollowerFilterJobTitle_BY_VALUE.get(
                    job_titles_item_data
                ) or FollowerFilterJobTitle(job_titles_item_data)

                job_titles.append(job_titles_item)

        _departments = d.pop("departments", UNSET)
        departments: list[FollowerFilterDepartment] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = _FollowerFilterDepartment_BY_VALUE.get(
                    departments_item_data
                ) or FollowerFilterDepartment(departments_item_data)

                departments.append(departments_item)

        _levels = d.pop("levels", UNSET)
        levels: list[FollowerFilterLevel] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = _FollowerFilterLevel_BY_VALUE.get(
                    levels_item_data
                ) or FollowerFilterLevel(levels_item_data)

                levels.append(levels_item)

        webhook_url = checked_str(d.pop("webhookUrl", UNSET), "webhookUrl")

        skip_cache = checked_bool(d.pop("skipCache", UNSET), "skipCache")

        company_follower_request = cls(
            company_url,
            max_limit,
            name,
            countries,
            states,
            job_titles,
            departments,
            levels,
            webhook_url,
            skip_cache,
        )

        company_follower_request.additional_properties = d
        return company_follower_request

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
