from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_email_validation_completion_data import (
        WebhookEmailValidationCompletionData,
    )


T = TypeVar("T", bound="WebhookEmailValidationCompletion")


@_attrs_define
class WebhookEmailValidationCompletion:
    """Completion callback for email validation batches.

    Attributes:
        event (Literal['validation.completed']):
        timestamp (datetime.datetime):
        data (WebhookEmailValidationCompletionData):
    """

    event: Literal["validation.completed"]
    timestamp: datetime.datetime
    data: WebhookEmailValidationCompletionData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = cast(Literal["validation.completed"], d.pop("event"))
        if event != "validation.completed":
            raise ValueError(
                f"event must match const 'validation.completed', got '{event}'"
            )

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = WebhookEmailValidationCompletionData.from_dict(d.pop("data"))

        webhook_email_validation_completion = cls(
            event,
            timestamp,
            data,
        )

        webhook_email_validation_completion.additional_properties = d
        return webhook_email_validation_completion

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


from ..models.webhook_email_validation_completion_data import (
    WebhookEmailValidationCompletionData,
)
