from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import checked_int, checked_str

_BatchJobStatus_BY_VALUE = cast(
    "dict[Any, BatchJobStatus]", BatchJobStatus._value2member_map_
)


T = TypeVar("T", bound="WebhookReverseLookupCompletionData")


@_attrs_define
class WebhookReverseLookupCompletionData:
    """
    Attributes:
        job_id (str):
        status (BatchJobStatus): Status of a batch job: `queued` -> `processing` -> `completed` or `failed`. Documented
            as a
            free string with these values; modelled as an (open) enum.
        total_items (int):
        found (int):
        not_found (int):
        completed_at (datetime.datetime):
    """

    job_id: str
    status: BatchJobStatus
    total_items: int
    found: int
    not_found: int
    completed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        total_items = self.total_items

        found = self.found

        not_found = self.not_found

        completed_at = self.completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
                "total_items": total_items,
                "found": found,
                "not_found": not_found,
                "completed_at": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("job_id"), "job_id")

        status = _BatchJobStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or BatchJobStatus(_status_value)

        total_items = checked_int(d.pop("total_items"), "total_items")

        found = checked_int(d.pop("found"), "found")

        not_found = checked_int(d.pop("not_found"), "not_found")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        webhook_reverse_lookup_completion_data = cls(
            job_id,
            status,
            total_items,
            found,
            not_found,
            completed_at,
        )

        webhook_reverse_lookup_completion_data.additional_properties = d
        return webhook_reverse_lookup_completion_data

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
