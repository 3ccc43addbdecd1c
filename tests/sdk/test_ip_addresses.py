"""IP to Company looks up public IPv4 and IPv6 addresses (the documentation: "IPv4 or IPv6 address
to look up", 1-45 characters). Anything else was sent as given by the single lookup and the batch
submit (`fe80::1%eth0` went out with the name of one of this machine's network interfaces), and a
scoped address was a valid row of lookup_many: it is refused before any request, as a text that is
not an address at all (InvalidParameterError; an "invalid input" row in lookup_many; the frame
methods' refusal, or skip_invalid)."""

from __future__ import annotations

import httpx
import pytest
from enrichso.errors import InvalidParameterError

from .conftest import make_async_client, make_client

REFUSED = [
    "fe80::1%eth0",  # a zone id: one of this machine's interfaces
    "2001:4860:4860::8888%1",  # a zone id on a public address is no public address either
    "10.0.0.1",
    "192.168.1.1",
    "172.16.0.1",
    "127.0.0.1",
    "::1",
    "169.254.1.1",
    "fe80::1",
    "fc00::1",
    "100.64.0.1",  # shared address space (carrier-grade NAT)
    "0.0.0.0",
    "::",
    "224.0.0.1",
    "ff02::1",
    "240.0.0.1",
    "255.255.255.255",
    "::ffff:10.0.0.1",  # IPv4-mapped IPv6 of a private IPv4
    "::ffff:127.0.0.1",
    "010.1.1.1",  # leading zeros: octal to some parsers
    "8.8.8.08",
    "8.8.8",
    "8.8. 8.8",
    "not an ip",
]
SENT = {
    "8.8.8.8": "8.8.8.8",
    " 8.8.8.8\n": "8.8.8.8",  # surrounding whitespace is trimmed, as lookup_many does
    "2001:4860:4860:0:0:0:0:8888": "2001:4860:4860::8888",
    "2A00:1450:4001:0830::200E": "2a00:1450:4001:830::200e",
    "::ffff:8.8.8.8": "8.8.8.8",  # an IPv4-mapped public address is that IPv4
}


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"sent {request.url}")


@pytest.mark.parametrize("ip", REFUSED)
def test_a_non_public_ip_is_refused_before_any_request(ip: str) -> None:
    client, seen = make_client(_never)
    with pytest.raises(InvalidParameterError, match="ip"):
        client.ip_to_company.lookup(ip)
    with pytest.raises(InvalidParameterError, match=r"ips\[1\]"):
        client.ip_to_company.submit_batch(["8.8.8.8", ip])
    assert seen.requests == []


async def test_the_async_client_refuses_them_too() -> None:
    client, seen = make_async_client(_never)
    for ip in REFUSED:
        with pytest.raises(InvalidParameterError):
            await client.ip_to_company.lookup(ip)
        with pytest.raises(InvalidParameterError):
            await client.ip_to_company.submit_batch([ip])
    assert seen.requests == []


@pytest.mark.parametrize(("given", "sent"), list(SENT.items()))
def test_a_public_ip_is_sent_in_its_canonical_form(given: str, sent: str) -> None:
    client, seen = make_client(lambda r: httpx.Response(200, json={"success": True, "data": {}}))
    client.ip_to_company.lookup(given)
    assert httpx.Request("POST", "/", json={"ip": sent}).content == seen.requests[0].content


def test_lookup_many_marks_them_invalid_and_sends_none_of_them() -> None:
    from enrichso.resources.ip_to_company import PIPELINE

    for ip in REFUSED:
        assert PIPELINE.normalise(ip) is None, ip
    for given, sent in SENT.items():
        assert PIPELINE.normalise(given) == (sent, {"ip": sent})


def test_lookup_frame_refuses_them_before_any_request() -> None:
    pd = pytest.importorskip("pandas")
    client, seen = make_client(_never)
    with pytest.raises(InvalidParameterError, match="zone id"):
        client.ip_to_company.lookup_frame(pd.DataFrame({"ip": ["8.8.8.8", "fe80::1%eth0"]}))
    with pytest.raises(InvalidParameterError, match="not a public IP"):
        client.ip_to_company.lookup_frame(pd.DataFrame({"ip": ["::ffff:192.168.0.1"]}))
    assert seen.requests == []
