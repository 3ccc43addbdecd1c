"""The cell checks behind input validation (in process: they are pure functions)."""

from __future__ import annotations

import pytest
from enrichso.cli.tabular.columns import Field, by_content, by_header, squash
from enrichso.pipeline import cells as values
from hypothesis import given
from hypothesis import strategies as st

VALID_EMAILS = {
    "sarah.chen@stripe.com": "sarah.chen@stripe.com",
    "  Padded@Example.COM ": "padded@example.com",
    "sean.o'brien@harborfinch.co.uk": "sean.o'brien@harborfinch.co.uk",
    "maya.patel+newsletter@tessellate.ai": "maya.patel+newsletter@tessellate.ai",
    "ana-lucia_fernandez@meridianatlas.fr": "ana-lucia_fernandez@meridianatlas.fr",
    "bud@mail.lumenfreight.com": "bud@mail.lumenfreight.com",
    "jürgen@münchen.de": "jürgen@münchen.de",
}
INVALID_EMAILS = [
    "",
    "   ",
    "plain",
    "bob@foo",
    "@example.com",
    "a..b@example.com",
    "a b@example.com",
    "x@-bad.com",
]


@pytest.mark.parametrize(("cell", "sent"), VALID_EMAILS.items())
def test_valid_emails_are_trimmed_and_lower_cased(cell: str, sent: str):
    assert values.email(cell) == sent


@pytest.mark.parametrize("cell", INVALID_EMAILS)
def test_invalid_emails_are_refused(cell: str):
    with pytest.raises(values.InvalidValue):
        values.email(cell)


@pytest.mark.parametrize(
    ("cell", "domain"),
    [
        ("figma.com", "figma.com"),
        ("https://www.Figma.com/about", "figma.com"),
        ("www.harborfinch.co.uk", "harborfinch.co.uk"),
        ("jane@vercel.com", "vercel.com"),
    ],
)
def test_websites_become_domains(cell: str, domain: str):
    assert values.domain(cell) == domain


def test_ips_and_profile_urls():
    assert values.ip(" 2606:4700:4700:0:0:0:0:1111 ") == "2606:4700:4700::1111"
    assert values.profile_url("linkedin.com/in/jane") == "https://linkedin.com/in/jane"
    for bad, check in (
        ("999.1.1.1", values.ip),
        ("not a url", values.profile_url),
        ("stripe", values.domain),
    ):
        with pytest.raises(values.InvalidValue):
            check(bad)


def test_headers_are_recognised_whatever_their_spelling():
    assert squash(" E-Mail Address ") == "emailaddress"
    assert by_header(["Name", "E-mail"], Field.EMAIL) == "E-mail"
    assert by_header(["First Name", "Surname", "Company Website"], Field.LAST_NAME) == "Surname"
    assert by_header(["name", "company"], Field.EMAIL) is None


def test_columns_are_sniffed_from_their_content():
    sample = [{"who": "Jane", "reach": "jane@acme.com"}, {"who": "Bob", "reach": "bob@example.org"}]
    assert by_content(["who", "reach"], Field.EMAIL, sample) == "reach"
    assert by_content(["who", "reach"], Field.IP, sample) is None


@given(st.from_regex(values._PLAIN_EMAIL, fullmatch=True))
def test_the_fast_email_check_accepts_nothing_the_full_check_refuses(address: str):
    if len(address) <= values._PLAIN_MAX:
        assert values._EMAIL.fullmatch(address) is not None


@pytest.mark.parametrize("cell", ["[a]", "http://[x", "https://[not-an-ip]/in/x", "www.[x.com"])
@pytest.mark.parametrize("check", [values.profile_url, values.domain], ids=["profile_url", "domain"])
def test_a_bracketed_host_is_an_invalid_cell_not_a_crash(check, cell: str):
    # urlsplit raises ValueError ("Invalid IPv6 URL", "'a' does not appear to be an IPv4 or IPv6
    # address") for a [ in the host: the batch stopped with "unexpected ValueError" (and a Spark
    # array cell, seen as "['a' 'b']" while a LinkedIn column was sniffed, failed its task)
    with pytest.raises(values.InvalidValue):
        check(cell)
