"""The contract suite runs schemathesis over every operation of the spec against the simulator."""

from __future__ import annotations

import os

# Before schemathesis reads schemathesis.toml (it substitutes ${ENRICH_CONTRACT_KEY}). A fixed key
# gives a fixed organization id, which schemathesis.toml offers as a team id (test_coverage.py
# checks the two agree).
os.environ.setdefault("ENRICH_CONTRACT_KEY", "sk_contract_simulator")
