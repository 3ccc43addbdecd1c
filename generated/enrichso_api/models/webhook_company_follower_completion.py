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

from ..types import checked_str

if TYPE_CHECKING:
    from ..models.webhook_company_follower_completion_data import (
        WebhookCompanyFollowerCompletionData,
    )


T = TypeVar("T", bound="WebhookCompanyFollowerCompletion")


@_attrs_define
class WebhookCompanyFollowerCompletion:
    """Completion callback of a company follower scrape (no success/failure flag is documented).

    Attributes:
        event (Literal['webhook:company_follower_completion.completed']):
        batch_id (str): The batch ID of this scrape job.
        timestamp (datetime.datetime): UTC timestamp when the event was produced.
        data (WebhookCompanyFollowerCompletionData):
    """

    event: Literal["webhook:company_follower_completion.completed"]
    batch_id: str
    timestamp: datetime.datetime
    data: WebhookCompanyFollowerCompletionData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        batch_id = self.batch_id

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "batchId": batch_id,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event = cast(
            Literal["webhook:company_follower_completion.completed"], d.pop("event")
        )
        if event != "webhook:company_follower_completion.completed":
            raise ValueError(
                f"event must match const 'webhook:company_follower_completion.completed', got '{event}'"
            )

        batch_id = checked_str(d.pop("batchId"), "batchId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = WebhookCompanyFollowerCompletionData.from_dict(d.pop("data"))

        webhook_company_follower_completion = cls(
            event,
            batch_id,
            timestamp,
            data,
        )

        webhook_company_follower_completion.additional_properties = d
        return webhook_company_follower_completion

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


from ..models.webhook_company_follower_completion_data import (
    WebhookCompanyFollowerCompletionData,
)
