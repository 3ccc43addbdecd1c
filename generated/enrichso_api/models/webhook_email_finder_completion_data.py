from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int, checked_str

T = TypeVar("T", bound="WebhookEmailFinderCompletionData")


@_attrs_define
class WebhookEmailFinderCompletionData:
    """
    Attributes:
        job_id (str):
        status (Literal['completed']):
        total_items (int):
        successful (int):
        failed (int):
        completed_at (datetime.datetime):
        found (int | Unset): Number of emails successfully found.
        not_found (int | Unset): Number of lookups where no email was found.
    """

    job_id: str
    status: Literal["completed"]
    total_items: int
    successful: int
    failed: int
    completed_at: datetime.datetime
    found: int | Unset = UNSET
    not_found: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        total_items = self.total_items

        successful = self.successful

        failed = self.failed

        completed_at = self.completed_at.isoformat()

        found = self.found

        not_found = self.not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
                "total_items": total_items,
                "successful": successful,
                "failed": failed,
                "completed_at": completed_at,
            }
        )
        if found is not UNSET:
            field_dict["found"] = found
        if not_found is not UNSET:
            field_dict["not_found"] = not_found

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("job_id"), "job_id")

        status = cast(Literal["completed"], d.pop("status"))
        if status != "completed":
            raise ValueError(f"status must match const 'completed', got '{status}'")

        total_items = checked_int(d.pop("total_items"), "total_items")

        successful = checked_int(d.pop("successful"), "successful")

        failed = checked_int(d.pop("failed"), "failed")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        found = checked_int(d.pop("found", UNSET), "found")

        not_found = checked_int(d.pop("not_found", UNSET), "not_found")

        webhook_email_finder_completion_data = cls(
            job_id,
            status,
            total_items,
            successful,
            failed,
            completed_at,
            found,
            not_found,
        )

        webhook_email_finder_completion_data.additional_properties = d
        return webhook_email_finder_completion_data

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
