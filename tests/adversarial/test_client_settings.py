"""Client settings that cannot work. README: `with_options(...)` "makes a copy with any of them
changed"; issue 15: with_options is replace(options, ...) over the constructor's settings. The
constructor checks default_headers (TypeError for a non-text value), with_options does not: the
copy is made and every call on it then fails inside httpx. A negative timeout is accepted by both
and every call fails with httpx's bare ValueError("Timeout value out of range"), no EnrichError."""

from __future__ import annotations

import pytest
from enrichso import Enrich
from enrichso.errors import EnrichError

from .conftest import Org


def test_with_options_refuses_the_default_headers_the_constructor_refuses(client: Enrich, org: Org) -> None:
    bad = {"X-Team": 1}
    with pytest.raises(TypeError):
        Enrich(api_key=org.api_key, base_url=org.base_url, default_headers=bad)  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        client.with_options(default_headers=bad)  # type: ignore[dict-item]


def test_a_negative_timeout_is_an_enrich_error(org: Org) -> None:
    # refused when given, or when used; either way typed (ConfigurationError fits)
    with pytest.raises(EnrichError):
        Enrich(api_key=org.api_key, base_url=org.base_url, timeout=-5).wallets.balance()
