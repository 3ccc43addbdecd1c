from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_str

if TYPE_CHECKING:
    from ..models.webhook_company_follower_result_data_follower import (
        WebhookCompanyFollowerResultDataFollower,
    )


T = TypeVar("T", bound="WebhookCompanyFollowerResultData")


@_attrs_define
class WebhookCompanyFollowerResultData:
    """
    Attributes:
        company_url (str): The LinkedIn company URL being scraped.
        follower (WebhookCompanyFollowerResultDataFollower): A single follower profile with all available fields.
    """

    company_url: str
    follower: WebhookCompanyFollowerResultDataFollower
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_url = self.company_url

        follower = self.follower.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyUrl": company_url,
                "follower": follower,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_url = checked_str(d.pop("companyUrl"), "companyUrl")

        follower = WebhookCompanyFollowerResultDataFollower.from_dict(d.pop("follower"))

        webhook_company_follower_result_data = cls(
            company_url,
            follower,
        )

        webhook_company_follower_result_data.additional_properties = d
        return webhook_company_follower_result_data

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


from ..models.webhook_company_follower_result_data_follower import (
    WebhookCompanyFollowerResultDataFollower,
)
