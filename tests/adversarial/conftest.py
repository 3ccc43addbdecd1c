"""Adversarial tests reuse the CLI tests' live simulator fixtures (sim, org, enrichso), and add
`client`: an SDK client of the test's organization."""

from collections.abc import Iterator

import pytest
from enrichso import Enrich

from tests.cli.conftest import (  # noqa: F401
    CONSOLE_SCRIPT,
    Org,
    Run,
    enrichso,
    mock_dialect,
    org,
    run_cli,
    sim,
    sims,
)


@pytest.fixture
def client(org: Org) -> Iterator[Enrich]:  # noqa: F811
    with Enrich(api_key=org.api_key, base_url=org.base_url) as c:
        yield c
