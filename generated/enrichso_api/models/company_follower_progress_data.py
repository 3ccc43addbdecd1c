from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_bool, checked_int, checked_str

T = TypeVar("T", bound="CompanyFollowerProgressData")


@_attrs_define
class CompanyFollowerProgressData:
    """
    Attributes:
        batch_id (str): Batch ID for this scrape job.
        processed (int): Number of profiles processed so far.
        total (int): Total profiles to process (-1 while unknown).
        errors (int): Number of errors encountered.
        done (bool): Whether scraping is complete.
        partial (bool | Unset): True when the scrape finished but under-collected followers (a filter, or the overall
            total, delivered fewer results than expected beyond the allowed tolerance). The profiles
            are valid; re-run (optionally with skipCache) or continue within 3 days.
        message (str | Unset): Human-readable status message.
    """

    batch_id: str
    processed: int
    total: int
    errors: int
    done: bool
    partial: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        processed = self.processed

        total = self.total

        errors = self.errors

        done = self.done

        partial = self.partial

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "processed": processed,
                "total": total,
                "errors": errors,
                "done": done,
            }
        )
        if partial is not UNSET:
            field_dict["partial"] = partial
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId"), "batchId")

        processed = checked_int(d.pop("processed"), "processed")

        total = checked_int(d.pop("total"), "total")

        errors = checked_int(d.pop("errors"), "errors")

        done = checked_bool(d.pop("done"), "done")

        partial = checked_bool(d.pop("partial", UNSET), "partial")

        message = checked_str(d.pop("message", UNSET), "message")

        company_follower_progress_data = cls(
            batch_id,
            processed,
            total,
            errors,
            done,
            partial,
            message,
        )

        company_follower_progress_data.additional_properties = d
        return company_follower_progress_data

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
