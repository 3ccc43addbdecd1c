from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_int, checked_str

T = TypeVar("T", bound="WebhookCompanyFollowerCompletionData")


@_attrs_define
class WebhookCompanyFollowerCompletionData:
    """
    Attributes:
        company_url (str): The LinkedIn company URL that was scraped.
        follower_count (int): Total number of follower profiles scraped.
        processing_time_ms (int): Total processing time in milliseconds.
    """

    company_url: str
    follower_count: int
    processing_time_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_url = self.company_url

        follower_count = self.follower_count

        processing_time_ms = self.processing_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyUrl": company_url,
                "followerCount": follower_count,
                "processingTimeMs": processing_time_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_url = checked_str(d.pop("companyUrl"), "companyUrl")

        follower_count = checked_int(d.pop("followerCount"), "followerCount")

        processing_time_ms = checked_int(d.pop("processingTimeMs"), "processingTimeMs")

        webhook_company_follower_completion_data = cls(
            company_url,
            follower_count,
            processing_time_ms,
        )

        webhook_company_follower_completion_data.additional_properties = d
        return webhook_company_follower_completion_data

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
