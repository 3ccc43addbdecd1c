from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_bool, checked_int

T = TypeVar("T", bound="WaterfallIcpCascadeLevel")


@_attrs_define
class WaterfallIcpCascadeLevel:
    """One level of a waterfall ICP cascade (the `cascade[]` items of WaterfallIcpSearchRequest).

    Attributes:
        include_title (list[str] | Unset): Job titles to include (case-insensitive exact match, or headline search).
        exclude_title (list[str] | Unset): Job titles to exclude (case-insensitive).
        job_levels (list[str] | Unset): Job seniority levels, e.g. Owner, Founder, C-Level, Partner, VP, Director,
            Manager, Senior, Staff, Entry, Intern.
        job_functions (list[str] | Unset): Job function areas, e.g. Engineering, Marketing, Sales, Technology.
        skills (list[str] | Unset): Skills to match against candidate profiles (fuzzy substring matching).
        location (list[str] | Unset): Location codes: ISO 3166-1 alpha-2 country codes (US, UK, DE...), continent codes
            (NORTH_AMERICA, EUROPE, ASIA...), or WORLD for any location.
        include_headline_search (bool | Unset): Also search the LinkedIn headline for the include_title terms. Default:
            False.
        priority_bonus (int | Unset): Seniority priority bonus (0-30); higher ranks this level above others at equal
            match quality. Default: 0.
    """

    include_title: list[str] | Unset = UNSET
    exclude_title: list[str] | Unset = UNSET
    job_levels: list[str] | Unset = UNSET
    job_functions: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    location: list[str] | Unset = UNSET
    include_headline_search: bool | Unset = False
    priority_bonus: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_title: list[str] | Unset = UNSET
        if not isinstance(self.include_title, Unset):
            include_title = self.include_title

        exclude_title: list[str] | Unset = UNSET
        if not isinstance(self.exclude_title, Unset):
            exclude_title = self.exclude_title

        job_levels: list[str] | Unset = UNSET
        if not isinstance(self.job_levels, Unset):
            job_levels = self.job_levels

        job_functions: list[str] | Unset = UNSET
        if not isinstance(self.job_functions, Unset):
            job_functions = self.job_functions

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        location: list[str] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location

        include_headline_search = self.include_headline_search

        priority_bonus = self.priority_bonus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_title is not UNSET:
            field_dict["include_title"] = include_title
        if exclude_title is not UNSET:
            field_dict["exclude_title"] = exclude_title
        if job_levels is not UNSET:
            field_dict["job_levels"] = job_levels
        if job_functions is not UNSET:
            field_dict["job_functions"] = job_functions
        if skills is not UNSET:
            field_dict["skills"] = skills
        if location is not UNSET:
            field_dict["location"] = location
        if include_headline_search is not UNSET:
            field_dict["include_headline_search"] = include_headline_search
        if priority_bonus is not UNSET:
            field_dict["priority_bonus"] = priority_bonus

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include_title = cast(list[str], d.pop("include_title", UNSET))

        exclude_title = cast(list[str], d.pop("exclude_title", UNSET))

        job_levels = cast(list[str], d.pop("job_levels", UNSET))

        job_functions = cast(list[str], d.pop("job_functions", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        location = cast(list[str], d.pop("location", UNSET))

        include_headline_search = checked_bool(
            d.pop("include_headline_search", UNSET), "include_headline_search"
        )

        priority_bonus = checked_int(d.pop("priority_bonus", UNSET), "priority_bonus")

        waterfall_icp_cascade_level = cls(
            include_title,
            exclude_title,
            job_levels,
            job_functions,
            skills,
            location,
            include_headline_search,
            priority_bonus,
        )

        waterfall_icp_cascade_level.additional_properties = d
        return waterfall_icp_cascade_level

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
