from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

if TYPE_CHECKING:
    from ..models.start_end_date import StartEndDate


T = TypeVar("T", bound="PositionHistoryItem")


@_attrs_define
class PositionHistoryItem:
    """One entry in a person's work history.

    Attributes:
        title (str | Unset): Job title.
        start_end_date (StartEndDate | Unset): A date range (used for job history and education).
        description (str | Unset): What the person did in this role.
        company_name (str | Unset): Company name.
        company_location (str | Unset): Where the company is located.
        company_logo (str | Unset): URL of the company's logo.
    """

    title: str | Unset = UNSET
    start_end_date: StartEndDate | Unset = UNSET
    description: str | Unset = UNSET
    company_name: str | Unset = UNSET
    company_location: str | Unset = UNSET
    company_logo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        start_end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_end_date, Unset):
            start_end_date = self.start_end_date.to_dict()

        description = self.description

        company_name = self.company_name

        company_location = self.company_location

        company_logo = self.company_logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if start_end_date is not UNSET:
            field_dict["startEndDate"] = start_end_date
        if description is not UNSET:
            field_dict["description"] = description
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_location is not UNSET:
            field_dict["companyLocation"] = company_location
        if company_logo is not UNSET:
            field_dict["companyLogo"] = company_logo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = checked_str(d.pop("title", UNSET), "title")

        _start_end_date = d.pop("startEndDate", UNSET)
        start_end_date: StartEndDate | Unset
        if isinstance(_start_end_date, Unset):
            start_end_date = UNSET
        else:
            start_end_date = StartEndDate.from_dict(_start_end_date)

        description = checked_str(d.pop("description", UNSET), "description")

        company_name = checked_str(d.pop("companyName", UNSET), "companyName")

        company_location = checked_str(
            d.pop("companyLocation", UNSET), "companyLocation"
        )

        company_logo = checked_str(d.pop("companyLogo", UNSET), "companyLogo")

        position_history_item = cls(
            title,
            start_end_date,
            description,
            company_name,
            company_location,
            company_logo,
        )

        position_history_item.additional_properties = d
        return position_history_item

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
