from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_str

T = TypeVar("T", bound="IpToCompanyResult")


@_attrs_define
class IpToCompanyResult:
    """The company and network information behind one IP address.

    Attributes:
        search_ip (str | Unset): The IP address looked up.
        ip_domain (str | Unset): The company domain (absent when none was found; then not charged).
        ip_organization (str | Unset):
        ip_country_name (str | Unset):
        ip_country_code (str | Unset):
        ip_region_name (str | Unset):
        ip_city (str | Unset):
        ip_sub_continent (str | Unset):
        ip_latitude (float | Unset):
        ip_longitude (float | Unset):
        ip_timezone (str | Unset):
        ip_isp (str | Unset):
        ip_range (str | Unset): The network range (CIDR).
        ip_usage_type (str | Unset): Usage type code (e.g. DCH).
    """

    search_ip: str | Unset = UNSET
    ip_domain: str | Unset = UNSET
    ip_organization: str | Unset = UNSET
    ip_country_name: str | Unset = UNSET
    ip_country_code: str | Unset = UNSET
    ip_region_name: str | Unset = UNSET
    ip_city: str | Unset = UNSET
    ip_sub_continent: str | Unset = UNSET
    ip_latitude: float | Unset = UNSET
    ip_longitude: float | Unset = UNSET
    ip_timezone: str | Unset = UNSET
    ip_isp: str | Unset = UNSET
    ip_range: str | Unset = UNSET
    ip_usage_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_ip = self.search_ip

        ip_domain = self.ip_domain

        ip_organization = self.ip_organization

        ip_country_name = self.ip_country_name

        ip_country_code = self.ip_country_code

        ip_region_name = self.ip_region_name

        ip_city = self.ip_city

        ip_sub_continent = self.ip_sub_continent

        ip_latitude = self.ip_latitude

        ip_longitude = self.ip_longitude

        ip_timezone = self.ip_timezone

        ip_isp = self.ip_isp

        ip_range = self.ip_range

        ip_usage_type = self.ip_usage_type

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
        if ip_region_name is not UNSET:
            field_dict["ipRegionName"] = ip_region_name
        if ip_city is not UNSET:
            field_dict["ipCity"] = ip_city
        if ip_sub_continent is not UNSET:
            field_dict["ipSubContinent"] = ip_sub_continent
        if ip_latitude is not UNSET:
            field_dict["ipLatitude"] = ip_latitude
        if ip_longitude is not UNSET:
            field_dict["ipLongitude"] = ip_longitude
        if ip_timezone is not UNSET:
            field_dict["ipTimezone"] = ip_timezone
        if ip_isp is not UNSET:
            field_dict["ipIsp"] = ip_isp
        if ip_range is not UNSET:
            field_dict["ipRange"] = ip_range
        if ip_usage_type is not UNSET:
            field_dict["ipUsageType"] = ip_usage_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        search_ip = checked_str(d.pop("searchIp", UNSET), "searchIp")

        ip_domain = checked_str(d.pop("ipDomain", UNSET), "ipDomain")

        ip_organization = checked_str(d.pop("ipOrganization", UNSET), "ipOrganization")

        ip_country_name = checked_str(d.pop("ipCountryName", UNSET), "ipCountryName")

        ip_country_code = checked_str(d.pop("ipCountryCode", UNSET), "ipCountryCode")

        ip_region_name = checked_str(d.pop("ipRegionName", UNSET), "ipRegionName")

        ip_city = checked_str(d.pop("ipCity", UNSET), "ipCity")

        ip_sub_continent = checked_str(d.pop("ipSubContinent", UNSET), "ipSubContinent")

        ip_latitude = checked_float(d.pop("ipLatitude", UNSET), "ipLatitude")

        ip_longitude = checked_float(d.pop("ipLongitude", UNSET), "ipLongitude")

        ip_timezone = checked_str(d.pop("ipTimezone", UNSET), "ipTimezone")

        ip_isp = checked_str(d.pop("ipIsp", UNSET), "ipIsp")

        ip_range = checked_str(d.pop("ipRange", UNSET), "ipRange")

        ip_usage_type = checked_str(d.pop("ipUsageType", UNSET), "ipUsageType")

        ip_to_company_result = cls(
            search_ip,
            ip_domain,
            ip_organization,
            ip_country_name,
            ip_country_code,
            ip_region_name,
            ip_city,
            ip_sub_continent,
            ip_latitude,
            ip_longitude,
            ip_timezone,
            ip_isp,
            ip_range,
            ip_usage_type,
        )

        ip_to_company_result.additional_properties = d
        return ip_to_company_result

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
