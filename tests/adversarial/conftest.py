"""Adversarial tests reuse the CLI tests' live simulator fixtures (sim, org, enrichso), and add
`client`: an SDK client of the test's organization."""

import os
from collections.abc import Iterator
from pathlib import Path

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


def cli_env(org: Org, tmp_path: Path) -> dict[str, str]:  # noqa: F811
    """The environment of a CLI subprocess run as the test's organization (no ENRICH_* of ours)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(ENRICH_API_KEY=org.api_key, ENRICH_BASE_URL=org.base_url, NO_COLOR="1")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return env
