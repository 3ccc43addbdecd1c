from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int

T = TypeVar("T", bound="RevealJobPollResponseDataProgressType0")


@_attrs_define
class RevealJobPollResponseDataProgressType0:
    """Present for pending, processing and completed jobs.

    Attributes:
        processed (int | Unset): Leads processed so far.
        total (int | Unset): Total leads in the job.
    """

    processed: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processed is not UNSET:
            field_dict["processed"] = processed
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        processed = checked_int(d.pop("processed", UNSET), "processed")

        total = checked_int(d.pop("total", UNSET), "total")

        reveal_job_poll_response_data_progress_type_0 = cls(
            processed,
            total,
        )

        reveal_job_poll_response_data_progress_type_0.additional_properties = d
        return reveal_job_poll_response_data_progress_type_0

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
