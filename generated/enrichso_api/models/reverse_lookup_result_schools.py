from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int

if TYPE_CHECKING:
    from ..models.education_history_item import EducationHistoryItem


T = TypeVar("T", bound="ReverseLookupResultSchools")


@_attrs_define
class ReverseLookupResultSchools:
    """Education history.

    Attributes:
        educations_count (int | Unset):
        education_history (list[EducationHistoryItem] | Unset):
    """

    educations_count: int | Unset = UNSET
    education_history: list[EducationHistoryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        educations_count = self.educations_count

        education_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.education_history, Unset):
            education_history = []
            for education_history_item_data in self.education_history:
                education_history_item = education_history_item_data.to_dict()
                education_history.append(education_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if educations_count is not UNSET:
            field_dict["educationsCount"] = educations_count
        if education_history is not UNSET:
            field_dict["educationHistory"] = education_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        educations_count = checked_int(
            d.pop("educationsCount", UNSET), "educationsCount"
        )

        _education_history = d.pop("educationHistory", UNSET)
        education_history: list[EducationHistoryItem] | Unset = UNSET
        if _education_history is not UNSET:
            education_history = []
            for education_history_item_data in _education_history:
                education_history_item = EducationHistoryItem.from_dict(
                    education_history_item_data
                )

                education_history.append(education_history_item)

        reverse_lookup_result_schools = cls(
            educations_count,
            education_history,
        )

        reverse_lookup_result_schools.additional_properties = d
        return reverse_lookup_result_schools

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


from ..models.education_history_item import EducationHistoryItem
