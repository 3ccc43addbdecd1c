from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountEstimateResultDataFiltersApplied")


@_attrs_define
class CountEstimateResultDataFiltersApplied:
    """
    Attributes:
        countries (list[str] | Unset):
        states (list[str] | Unset): State / province filters applied.
        job_titles (list[str] | Unset):
        departments (list[str] | Unset):
        levels (list[str] | Unset):
    """

    countries: list[str] | Unset = UNSET
    states: list[str] | Unset = UNSET
    job_titles: list[str] | Unset = UNSET
    departments: list[str] | Unset = UNSET
    levels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        states: list[str] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = self.states

        job_titles: list[str] | Unset = UNSET
        if not isinstance(self.job_titles, Unset):
            job_titles = self.job_titles

        departments: list[str] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments

        levels: list[str] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = self.levels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        countries = cast(list[str], d.pop("countries", UNSET))

        states = cast(list[str], d.pop("states", UNSET))

        job_titles = cast(list[str], d.pop("jobTitles", UNSET))

        departments = cast(list[str], d.pop("departments", UNSET))

        levels = cast(list[str], d.pop("levels", UNSET))

        count_estimate_result_data_filters_applied = cls(
            countries,
            states,
            job_titles,
            departments,
            levels,
        )

        count_estimate_result_data_filters_applied.additional_properties = d
        return count_estimate_result_data_filters_applied

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
