from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_finder_filter_category import LeadFinderFilterCategory
from ..types import UNSET, Unset, checked_int, checked_str

_LeadFinderFilterCategory_BY_VALUE = cast(
    "dict[Any, LeadFinderFilterCategory]", LeadFinderFilterCategory._value2member_map_
)


T = TypeVar("T", bound="LeadFinderFilterOption")


@_attrs_define
class LeadFinderFilterOption:
    """One filter in the observed (undocumented, third-party live probe) filter-options shape.
    Free-text filters (city, companyName, domain, headquartersCity, jobTitle, languages, skills)
    have empty `values`.

        Attributes:
            values (list[str]): The available values (empty for free-text filters).
            label (str | Unset): Display label of the filter.
            category (LeadFinderFilterCategory | Unset): Group of a filter in the observed filter-options shape (third-party
                live probe, docs/api-notes.md 9.10).
            mode (str | Unset): Match mode (only `IN` was observed).
            max_selections (int | Unset): Maximum number of values accepted.
    """

    values: list[str]
    label: str | Unset = UNSET
    category: LeadFinderFilterCategory | Unset = UNSET
    mode: str | Unset = UNSET
    max_selections: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        label = self.label

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        mode = self.mode

        max_selections = self.max_selections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if category is not UNSET:
            field_dict["category"] = category
        if mode is not UNSET:
            field_dict["mode"] = mode
        if max_selections is not UNSET:
            field_dict["maxSelections"] = max_selections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        values = cast(list[str], d.pop("values"))

        label = checked_str(d.pop("label", UNSET), "label")

        _category = d.pop("category", UNSET)
        category: LeadFinderFilterCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = _LeadFinderFilterCategory_BY_VALUE.get(
                _category
            ) or LeadFinderFilterCategory(_category)

        mode = checked_str(d.pop("mode", UNSET), "mode")

        max_selections = checked_int(d.pop("maxSelections", UNSET), "maxSelections")

        lead_finder_filter_option = cls(
            values,
            label,
            category,
            mode,
            max_selections,
        )

        lead_finder_filter_option.additional_properties = d
        return lead_finder_filter_option

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
