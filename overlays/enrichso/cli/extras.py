"""The optional `mock` extra: the simulator and the webhook listener are web servers, which a
plain `pip install enrichso` leaves out. Without it, the commands that serve say so in one line."""

from __future__ import annotations

import importlib.util

from .failures import UsageError

# What `pip install 'enrichso[mock]'` adds (pyproject.toml), by import name.
MOCK_EXTRA_MODULES = ("starlette", "uvicorn", "yaml", "jsonschema_rs")


def require_mock_extra(feature: str) -> None:
    """Refuse (exit 2, one line) when a module of the mock extra is not installed."""
    missing = [name for name in MOCK_EXTRA_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(
            f"{feature} needs the simulator's dependencies ({', '.join(missing)} not installed): "
            "pip install 'enrichso[mock]'"
        )
