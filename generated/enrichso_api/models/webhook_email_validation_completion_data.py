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

T = TypeVar("T", bound="WebhookEmailValidationCompletionData")


@_attrs_define
class WebhookEmailValidationCompletionData:
    """
    Attributes:
        job_id (str):
        status (Literal['completed']):
        total_items (int):
        successful (int):
        failed (int):
        completed_at (datetime.datetime):
        valid (int | Unset): Emails that validated as valid.
        invalid (int | Unset): Emails that validated as invalid.
        risky (int | Unset): Emails that validated as risky.
    """

    job_id: str
    status: Literal["completed"]
    total_items: int
    successful: int
    failed: int
    completed_at: datetime.datetime
    valid: int | Unset = UNSET
    invalid: int | Unset = UNSET
    risky: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        total_items = self.total_items

        successful = self.successful

        failed = self.failed

        completed_at = self.completed_at.isoformat()

        valid = self.valid

        invalid = self.invalid

        risky = self.risky

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
        if valid is not UNSET:
            field_dict["valid"] = valid
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if risky is not UNSET:
            field_dict["risky"] = risky

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

        valid = checked_int(d.pop("valid", UNSET), "valid")

        invalid = checked_int(d.pop("invalid", UNSET), "invalid")

        risky = checked_int(d.pop("risky", UNSET), "risky")

        webhook_email_validation_completion_data = cls(
            job_id,
            status,
            total_items,
            successful,
            failed,
            completed_at,
            valid,
            invalid,
            risky,
        )

        webhook_email_validation_completion_data.additional_properties = d
        return webhook_email_validation_completion_data

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
