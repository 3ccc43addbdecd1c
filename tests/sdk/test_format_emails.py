"""Reverse lookup and the phone finder check `format: email` server side, and one address that
fails it makes the API refuse the WHOLE batch (400 `body/emails/N Invalid email`). Their pipelines
set such rows aside as invalid input and send the rest; the check is never looser than the
simulator's own JSON Schema validator (jsonschema-rs), which stands in for the API here."""

from __future__ import annotations

import jsonschema_rs
from enrichso import Enrich
from enrichso.pipeline.emails import is_format_email
from hypothesis import given, settings
from hypothesis import strategies as st

FORMAT = jsonschema_rs.validator_for({"type": "string", "format": "email"}, validate_formats=True)

MALFORMED = ["@", "a@", "@b.io", "a b@c.io", "a@@b.io", "José@x.io", "a@b", "x" * 65 + "@x.io", "a@ab--c.io"]
GOOD = ["sarah.chen@stripe.com", "o'brien+tag@sub.example.co.uk", "INFO@xn--mnchen-3ya.de"]

_atom = st.text("abcXYZ019!#$%&'*+/=?^_`{|}~-", min_size=1, max_size=12)
_label = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_addresses = st.builds(
    lambda local, hosts: ".".join(local) + "@" + ".".join(hosts),
    st.lists(_atom, min_size=1, max_size=4),
    st.lists(_label, min_size=1, max_size=4),
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_addresses, st.text(max_size=40)))
def test_what_the_sdk_sends_the_simulator_accepts(address: str) -> None:
    if is_format_email(address):
        assert FORMAT.is_valid(address), address


def test_the_known_malformed_addresses_are_refused_and_real_ones_kept() -> None:
    assert [a for a in MALFORMED if is_format_email(a)] == []
    assert [a for a in GOOD if not is_format_email(a)] == []


def test_reverse_lookup_sends_the_good_rows_and_sets_the_malformed_aside(enrich_mock) -> None:
    rows = [GOOD[0], *MALFORMED, GOOD[1], GOOD[0].upper()]
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as client:
        out = list(client.reverse_lookup.lookup_many(rows, poll_interval=0.05, timeout=60))
    assert [r.index for r in out] == list(range(len(rows)))
    assert [r.error for r in out[1 : 1 + len(MALFORMED)]] == ["invalid input"] * len(MALFORMED)
    assert out[0].error is None and out[-2].error is None
    assert out[-1].duplicate_of == 0
    assert [b["reservations"] for b in enrich_mock.control.ledger()["batches"]] == [1]


def test_phone_finder_sends_the_good_rows_and_sets_the_malformed_aside(enrich_mock) -> None:
    rows = [GOOD[0], "José@x.io", "https://www.linkedin.com/in/sarah-chen", "a@"]
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as client:
        out = list(client.phone_finder.find_many(rows, poll_interval=0.05, timeout=60))
    assert [r.error for r in out] == [None, "invalid input", None, "invalid input"]
