"""Adversarial tests reuse the CLI tests' live simulator fixtures (sim, org, enrichso)."""

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
