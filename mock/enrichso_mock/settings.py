"""The simulator's start-up settings (everything `create_app` and `enrichso_mock serve` accept)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_BALANCE = 1_000_000


@dataclass(frozen=True)
class Settings:
    """Immutable settings shared by every organization of one simulator instance.

    `faults` is the starting fault configuration of every organization (a JSON-like dict, see
    faults.py); each organization can replace its own copy through PUT /_mock/faults.
    """

    seed: int = 0
    speed: float = 1.0
    plan: str = "unlimited"
    faults: dict[str, Any] = field(default_factory=dict)
    flat_batch_status: bool = False
    spec_path: Path | None = None
    initial_balance: int = DEFAULT_BALANCE
    deliver_webhooks: bool = True
    allow_external_webhooks: bool = False
    dialect: str = "pages"  # dialects.PAGES or dialects.OVERVIEW
