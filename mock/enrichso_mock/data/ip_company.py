"""IP to Company: the documented example IPs give the documented answers; other public IPs resolve
to a seeded company about 60% of the time; private, reserved and malformed addresses never do."""

from __future__ import annotations

import ipaddress
from typing import Any

from .hashing import Hasher
from .vocab import COMPANIES, PLACES

NOT_FOUND, FOUND = 0, 1
CHARGED = frozenset({FOUND})
_ISPS = ("Comcast Cable Communications", "Deutsche Telekom AG", "Verizon Business", "Orange S.A.", "Telstra")

DOCUMENTED: dict[str, dict[str, Any]] = {
    "8.8.8.8": {
        "searchIp": "8.8.8.8", "ipDomain": "google.com", "ipOrganization": "Google LLC",
        "ipCountryName": "United States", "ipCountryCode": "US", "ipRegionName": "California",
        "ipCity": "Mountain View", "ipSubContinent": "Northern America", "ipLatitude": 37.386,
        "ipLongitude": -122.0838, "ipTimezone": "America/Los_Angeles", "ipIsp": "Google LLC",
        "ipRange": "8.8.8.0/24", "ipUsageType": "DCH",
    },
    "1.1.1.1": {
        "searchIp": "1.1.1.1", "ipDomain": "cloudflare.com", "ipOrganization": "Cloudflare Inc",
        "ipCountryName": "Australia", "ipCountryCode": "AU", "ipRegionName": "New South Wales",
        "ipCity": "Sydney", "ipSubContinent": "Australia and New Zealand", "ipLatitude": -33.8688,
        "ipLongitude": 151.2093, "ipTimezone": "Australia/Sydney", "ipIsp": "Cloudflare Inc",
        "ipRange": "1.1.1.0/24", "ipUsageType": "DCH",
    },
    "104.16.132.229": {
        "searchIp": "104.16.132.229", "ipOrganization": "Cloudflare Inc", "ipCountryName": "United States",
        "ipCountryCode": "US", "ipRegionName": "California", "ipCity": "San Francisco",
        "ipSubContinent": "Northern America", "ipLatitude": 37.7749, "ipLongitude": -122.4194,
        "ipTimezone": "America/Los_Angeles", "ipIsp": "Cloudflare Inc", "ipRange": "104.16.0.0/13",
        "ipUsageType": "CDN",
    },
}  # fmt: skip
BATCH_FIELDS = (
    "searchIp",
    "ipDomain",
    "ipOrganization",
    "ipCountryName",
    "ipCountryCode",
    "ipCity",
    "ipTimezone",
)


def normalise(ip: str) -> str:
    return ip.strip().lower()


def outcome(hasher: Hasher, ip: str) -> int:
    ip = normalise(ip)
    if ip in DOCUMENTED:
        return FOUND if "ipDomain" in DOCUMENTED[ip] else NOT_FOUND
    address = _parse(ip)
    if address is None or not address.is_global:
        return NOT_FOUND
    return FOUND if hasher.unit(ip) < 0.6 else NOT_FOUND


def lookup(hasher: Hasher, ip: str, code: int) -> dict[str, Any]:
    """The full single-lookup record (IpToCompanyResult); no `ipDomain` when nothing was found."""
    normalised = normalise(ip)
    if normalised in DOCUMENTED:
        return dict(DOCUMENTED[normalised])
    address = _parse(normalised)
    if address is None or not address.is_global:
        return {"searchIp": ip.strip()}
    draw = hasher.draw(normalised + "\x00company")
    city, region, country, country_code, timezone, latitude, longitude, sub_continent = draw.pick(PLACES)
    network = ipaddress.ip_network(f"{normalised}/{24 if address.version == 4 else 48}", strict=False)
    record: dict[str, Any] = {"searchIp": ip.strip()}
    if code == FOUND:
        company, domain = draw.pick(COMPANIES)
        record.update(
            ipDomain=domain, ipOrganization=f"{company} Inc", ipIsp=f"{company} Inc", ipUsageType="COM"
        )
    else:
        isp = draw.pick(_ISPS)
        record.update(ipOrganization=isp, ipIsp=isp, ipUsageType="ISP")
    record.update(
        ipCountryName=country, ipCountryCode=country_code, ipRegionName=region, ipCity=city,
        ipSubContinent=sub_continent, ipLatitude=latitude, ipLongitude=longitude, ipTimezone=timezone,
        ipRange=str(network),
    )  # fmt: skip
    return record


def batch_result(hasher: Hasher, ip: str, code: int) -> dict[str, Any]:
    """The lighter batch record: ipDomain is always present (null when nothing was found)."""
    full = lookup(hasher, ip, code)
    record = {name: full[name] for name in BATCH_FIELDS if name in full}
    record.setdefault("ipDomain", None)
    return record


def _parse(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(ip)
    except ValueError:
        return None
