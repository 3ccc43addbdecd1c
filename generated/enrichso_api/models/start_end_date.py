from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_end_date_end import StartEndDateEnd
    from ..models.start_end_date_start import StartEndDateStart


T = TypeVar("T", bound="StartEndDate")


@_attrs_define
class StartEndDate:
    """A date range (used for job history and education).

    Attributes:
        start (StartEndDateStart | Unset):
        end (None | StartEndDateEnd | Unset): `null` means the person is still in this role or program.
    """

    start: StartEndDateStart | Unset = UNSET
    end: None | StartEndDateEnd | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, StartEndDateEnd):
            end = self.end.to_dict()
        else:
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start = d.pop("start", UNSET)
        start: StartEndDateStart | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = StartEndDateStart.from_dict(_start)

        def _parse_end(data: object) -> None | StartEndDateEnd | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_end = StartEndDateEnd.from_dict(data)

                return end_end
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StartEndDateEnd | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        start_end_date = cls(
            start,
            end,
        )

        start_end_date.additional_properties = d
        return start_end_date

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


from ..models.start_end_date_end import StartEndDateEnd
from ..models.start_end_date_start import StartEndDateStart
