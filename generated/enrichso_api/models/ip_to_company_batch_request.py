from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ip_to_company_batch_request_ips_item import (
        IpToCompanyBatchRequestIpsItem,
    )


T = TypeVar("T", bound="IpToCompanyBatchRequest")


@_attrs_define
class IpToCompanyBatchRequest:
    """
    Attributes:
        ips (list[IpToCompanyBatchRequestIpsItem]): IP addresses to look up, as objects (duplicates are removed).
    """

    ips: list[IpToCompanyBatchRequestIpsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ips = []
        for ips_item_data in self.ips:
            ips_item = ips_item_data.to_dict()
            ips.append(ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ips": ips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ips = []
        _ips = d.pop("ips")
        for ips_item_data in _ips:
            ips_item = IpToCompanyBatchRequestIpsItem.from_dict(ips_item_data)

            ips.append(ips_item)

        ip_to_company_batch_request = cls(
            ips,
        )

        ip_to_company_batch_request.additional_properties = d
        return ip_to_company_batch_request

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


from ..models.ip_to_company_batch_request_ips_item import IpToCompanyBatchRequestIpsItem
