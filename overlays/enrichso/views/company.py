"""The view of the company behind an IP address."""

from __future__ import annotations

from dataclasses import dataclass

from ._base import Raw, _check_names, _number, _str, _View, read


def _has_domain(raw: Raw, *names: str) -> bool:
    """Whether a company domain came back; a domain of another type than a string is a broken
    answer (APIResponseValidationError naming it), never "no company"."""
    _check_names(raw, _str, names, "")
    return bool(_str(raw, *names))


@dataclass(frozen=True, slots=True)
class CompanyView(_View):
    """The company behind an IP address (a single lookup's data, or one batch result item).
    `found`: whether a company domain came back (only then is the lookup charged)."""

    found: bool = read(_has_domain, "ipDomain")
    search_ip: str | None = read(_str, "searchIp")
    ip_domain: str | None = read(_str, "ipDomain")
    ip_organization: str | None = read(_str, "ipOrganization")
    ip_country_name: str | None = read(_str, "ipCountryName")
    ip_country_code: str | None = read(_str, "ipCountryCode")
    ip_region_name: str | None = read(_str, "ipRegionName")
    ip_city: str | None = read(_str, "ipCity")
    ip_sub_continent: str | None = read(_str, "ipSubContinent")
    ip_latitude: float | None = read(_number, "ipLatitude")
    ip_longitude: float | None = read(_number, "ipLongitude")
    ip_timezone: str | None = read(_str, "ipTimezone")
    ip_isp: str | None = read(_str, "ipIsp")
    ip_range: str | None = read(_str, "ipRange")
    ip_usage_type: str | None = read(_str, "ipUsageType")
