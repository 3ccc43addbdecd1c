from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

if TYPE_CHECKING:
    from ..models.start_end_date import StartEndDate


T = TypeVar("T", bound="EducationHistoryItem")


@_attrs_define
class EducationHistoryItem:
    """One entry in a person's education history.

    Attributes:
        degree_name (str | Unset): Degree or program name.
        start_end_date (StartEndDate | Unset): A date range (used for job history and education).
        school_name (str | Unset): Name of the school.
        school_location (str | Unset): Where the school is located.
        school_logo (str | Unset): URL of the school's logo.
    """

    degree_name: str | Unset = UNSET
    start_end_date: StartEndDate | Unset = UNSET
    school_name: str | Unset = UNSET
    school_location: str | Unset = UNSET
    school_logo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        degree_name = self.degree_name

        start_end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_end_date, Unset):
            start_end_date = self.start_end_date.to_dict()

        school_name = self.school_name

        school_location = self.school_location

        school_logo = self.school_logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if degree_name is not UNSET:
            field_dict["degreeName"] = degree_name
        if start_end_date is not UNSET:
            field_dict["startEndDate"] = start_end_date
        if school_name is not UNSET:
            field_dict["schoolName"] = school_name
        if school_location is not UNSET:
            field_dict["schoolLocation"] = school_location
        if school_logo is not UNSET:
            field_dict["schoolLogo"] = school_logo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        degree_name = checked_str(d.pop("degreeName", UNSET), "degreeName")

        _start_end_date = d.pop("startEndDate", UNSET)
        start_end_date: StartEndDate | Unset
        if isinstance(_start_end_date, Unset):
            start_end_date = UNSET
        else:
            start_end_date = StartEndDate.from_dict(_start_end_date)

        school_name = checked_str(d.pop("schoolName", UNSET), "schoolName")

        school_location = checked_str(d.pop("schoolLocation", UNSET), "schoolLocation")

        school_logo = checked_str(d.pop("schoolLogo", UNSET), "schoolLogo")

        education_history_item = cls(
            degree_name,
            start_end_date,
            school_name,
            school_location,
            school_logo,
        )

        education_history_item.additional_properties = d
        return education_history_item

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


from ..models.start_end_date import StartEndDate
