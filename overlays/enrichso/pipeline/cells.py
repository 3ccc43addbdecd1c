"""Checking and normalising the cells a batch submits: emails, names, domains, profile URLs, IPs
(the command line's files and the frame methods' columns alike).

Each check returns the value as it will be sent (trimmed, and lower-cased where the API treats case as
meaningless, so duplicates that differ only in case or spaces are looked up once), or raises
InvalidValue with a reason a user can act on.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from .columns import domain_of
from .emails import is_format_email


class InvalidValue(ValueError):
    """A cell that cannot be sent; the message says why (the row is refused, not the batch)."""


# A practical address check: a dot-atom local part (what mail systems accept in practice, including
# + tags, apostrophes and other RFC 5322 atext characters) and a host name with a top-level domain.
_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]"  # \w: letters of any script, digits and _
_LOCAL = rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"  # letters (any script) and digits, inner hyphens
_HOST = rf"(?:{_LABEL}\.)+(?:[^\W\d_]{{2,63}}|xn--[a-z0-9-]{{1,59}})"
_EMAIL = re.compile(rf"{_LOCAL}@{_HOST}")
# The common case, checked in half the time: plain ASCII addresses, a strict subset of _EMAIL when
# the address is at most _PLAIN_MAX long (then no host label can pass the 63 characters _LABEL
# allows). Anything else goes through _EMAIL.
_PLAIN_LABEL = r"[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*"
_PLAIN_EMAIL = re.compile(
    rf"[a-zA-Z0-9_+'-]+(?:\.[a-zA-Z0-9_+'-]+)*@{_PLAIN_LABEL}(?:\.{_PLAIN_LABEL})*\.[a-zA-Z]{{2,63}}"
)
_PLAIN_MAX = 66
_DOMAIN = re.compile(_HOST)

MAX_EMAIL = 254
MAX_NAME = 100
MAX_DOMAIN = 253
MAX_PROFILE_URL = 500


def email(cell: str) -> str:
    value = cell.strip()
    if len(value) <= _PLAIN_MAX and _PLAIN_EMAIL.fullmatch(value) is not None:
        return value.lower()
    if not value:
        raise InvalidValue("the email cell is empty")
    if len(value) > MAX_EMAIL:
        raise InvalidValue(f"the email is longer than {MAX_EMAIL} characters")
    if _EMAIL.fullmatch(value) is None:
        raise InvalidValue(f"{value!r} is not a valid email address")
    return value.lower()


def format_email(cell: str) -> str:
    """An email for the products whose API refuses a whole batch over one address that fails its
    `format: email` (reverse lookup, phone finder): stricter than email() (the SDK's pipeline/emails.py)."""
    value = email(cell)
    if not is_format_email(value):
        raise InvalidValue(
            f"{cell.strip()!r} is not an address this API accepts (plain ASCII, at most 64 characters "
            "before the @, a host name with a dot)"
        )
    return value


def name(cell: str, what: str) -> str:
    value = " ".join(cell.split())
    if not value:
        raise InvalidValue(f"the {what} cell is empty")
    if len(value) > MAX_NAME:
        raise InvalidValue(f"the {what} is longer than {MAX_NAME} characters")
    return value


def domain(cell: str) -> str:
    """A bare company domain; a website URL ("https://www.figma.com/about") is reduced to it."""
    value = cell.strip()
    if not value:
        raise InvalidValue("the domain cell is empty")
    host = domain_of(value).rstrip(".").lower()  # the SDK's rule: a URL or an email reduced
    if len(host) > MAX_DOMAIN or _DOMAIN.fullmatch(host) is None:
        raise InvalidValue(f"{cell.strip()!r} is not a domain name (like example.com)")
    return host


def profile_url(cell: str) -> str:
    """A profile URL; "linkedin.com/in/x" without a scheme gets https:// in front."""
    value = cell.strip()
    if not value:
        raise InvalidValue("the profile URL cell is empty")
    if "//" not in value:
        value = f"https://{value}"
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
    except ValueError:  # a [ in the host that is no IPv6 address ("[a]", "http://[x")
        host = ""
    if not host or parts.scheme not in {"http", "https"} or _DOMAIN.fullmatch(host) is None or " " in value:
        raise InvalidValue(f"{cell.strip()!r} is not a profile URL (like https://www.linkedin.com/in/name)")
    if len(value) > MAX_PROFILE_URL:
        raise InvalidValue(f"the profile URL is longer than {MAX_PROFILE_URL} characters")
    return value


def ip(cell: str) -> str:
    value = cell.strip()
    if not value:
        raise InvalidValue("the IP address cell is empty")
    return public_ip(value)


_LEADING_ZERO = re.compile(r"(?:^|\.)0\d")


def public_ip(value: str) -> str:
    """The canonical text of a public IPv4 or IPv6 address (the documentation: "IPv4 or IPv6
    address to look up"), the one IP to Company can name a company for. Refused (InvalidValue):
    anything else, including an IPv4 written with leading zeros (010.1.1.1: octal to some
    parsers), an IPv6 with a zone id (fe80::1%eth0: the zone names one of this machine's
    interfaces), and private, loopback, link-local, shared, multicast, reserved and unspecified
    addresses, also written as IPv4-mapped IPv6 (::ffff:10.0.0.1). An IPv4-mapped address of a
    public IPv4 is that IPv4 (::ffff:8.8.8.8 is 8.8.8.8)."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        zeros = _LEADING_ZERO.search(value) is not None and set(value) <= set("0123456789.")
        why = " (a leading zero is read as octal by some parsers)" if zeros else ""
        raise InvalidValue(f"{value!r:.80} is not an IPv4 or IPv6 address{why}") from None
    if isinstance(address, ipaddress.IPv6Address):
        if address.scope_id is not None:
            raise InvalidValue(
                f"{value!r} has an IPv6 zone id (%{address.scope_id}): it names a network interface "
                "of this machine, not a public address"
            )
        address = address.ipv4_mapped or address
    if not address.is_global or address.is_multicast:
        raise InvalidValue(
            f"{value!r} is not a public IP address (private, loopback, link-local, shared, "
            "multicast or reserved): no company can be named for it"
        )
    return address.compressed


def looks_like_data(cell: str) -> bool:
    """True for a cell that is plainly a value, not a column name (so a first row holding one is data)."""
    value = cell.strip()
    if not value:
        return False
    for check in (email, ip, profile_url):
        try:
            check(value)
        except InvalidValue:
            continue
        if check is not profile_url or "/" in value:
            return True
    return (
        "." in value
        and " " not in value
        and _DOMAIN.fullmatch(value.lower().removeprefix("www.")) is not None
    )


def text(value: object) -> str:
    """A cell as a batch reads it: text, "" for a missing value, JSON's true/false for a boolean,
    the UTF-8 text bytes hold (a Parquet or Arrow binary column: text stored without the UTF8
    annotation, as Hive and Impala write it; InvalidValue for bytes that are not UTF-8)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes_text(value)
    return str(value)


def bytes_text(value: bytes | bytearray | memoryview) -> str:
    """The UTF-8 text of a bytes cell; InvalidValue when it is not UTF-8."""
    try:
        return bytes(value).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidValue(f"the cell is not UTF-8 text (byte 0x{exc.object[exc.start]:02x})") from None
