from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

T = TypeVar("T", bound="IpToCompanyBatchResultsResponseDataResultsItem")


@_attrs_define
class IpToCompanyBatchResultsResponseDataResultsItem:
    """One IP's result (a subset of the single-lookup fields).

    Attributes:
        search_ip (str | Unset):
        ip_domain (None | str | Unset): The company domain (null when none was found).
        ip_organization (str | Unset):
        ip_country_name (str | Unset):
        ip_country_code (str | Unset):
        ip_city (str | Unset):
        ip_timezone (str | Unset):
    """

    search_ip: str | Unset = UNSET
    ip_domain: None | str | Unset = UNSET
    ip_organization: str | Unset = UNSET
    ip_country_name: str | Unset = UNSET
    ip_country_code: str | Unset = UNSET
    ip_city: str | Unset = UNSET
    ip_timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_ip = self.search_ip

        ip_domain: None | str | Unset
        if isinstance(self.ip_domain, Unset):
            ip_domain = UNSET
        else:
            ip_domain = self.ip_domain

        ip_organization = self.ip_organization

        ip_country_name = self.ip_country_name

        ip_country_code = self.ip_country_code

        ip_city = self.ip_city

        ip_timezone = self.ip_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_ip is not UNSET:
            field_dict["searchIp"] = search_ip
        if ip_domain is not UNSET:
            field_dict["ipDomain"] = ip_domain
        if ip_organization is not UNSET:
            field_dict["ipOrganization"] = ip_organization
        if ip_country_name is not UNSET:
            field_dict["ipCountryName"] = ip_country_name
        if ip_country_code is not UNSET:
            field_dict["ipCountryCode"] = ip_country_code
        if ip_city is not UNSET:
            field_dict["ipCity"] = ip_city
        if ip_timezone is not UNSET:
            field_dict["ipTimezone"] = ip_timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        search_ip = checked_str(d.pop("searchIp", UNSET), "searchIp")

        def _parse_ip_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_domain = _parse_ip_domain(d.pop("ipDomain", UNSET))

        ip_organization = checked_str(d.pop("ipOrganization", UNSET), "ipOrganization")

        ip_country_name = checked_str(d.pop("ipCountryName", UNSET), "ipCountryName")

        ip_country_code = checked_str(d.pop("ipCountryCode", UNSET), "ipCountryCode")

        ip_city = checked_str(d.pop("ipCity", UNSET), "ipCity")

        ip_timezone = checked_str(d.pop("ipTimezone", UNSET), "ipTimezone")

        ip_to_company_batch_results_response_data_results_item = cls(
            search_ip,
            ip_domain,
            ip_organization,
            ip_country_name,
            ip_country_code,
            ip_city,
            ip_timezone,
        )

        ip_to_company_batch_results_response_data_results_item.additional_properties = d
        return ip_to_company_batch_results_response_data_results_item

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
