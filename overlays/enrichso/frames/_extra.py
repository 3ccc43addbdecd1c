"""The optional libraries of the frame methods, imported when first used (never at `import enrichso`),
with one line saying which extra installs them when they are missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import EnrichError


class MissingExtraError(EnrichError, ImportError):
    """An optional library a feature needs is not installed; the message names the extra."""


def need(module: str, extra: str) -> ModuleType:
    """`module`, imported; MissingExtraError naming `pip install 'enrichso[extra]'` when absent."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(f"{module} is not installed: pip install 'enrichso[{extra}]'") from exc
