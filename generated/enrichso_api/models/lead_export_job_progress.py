from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_float

T = TypeVar("T", bound="LeadExportJobProgress")


@_attrs_define
class LeadExportJobProgress:
    """Progress counters of an export job (the shape of the page examples).

    Attributes:
        processed (float): Rows processed so far.
        total (float): Total rows to process.
    """

    processed: float
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processed": processed,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        processed = checked_float(d.pop("processed"), "processed")

        total = checked_float(d.pop("total"), "total")

        lead_export_job_progress = cls(
            processed,
            total,
        )

        lead_export_job_progress.additional_properties = d
        return lead_export_job_progress

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
