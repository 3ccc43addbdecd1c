"""The batch products as the frame methods see them: the one place that reads the command line's
product declarations (their needs, result columns and how a result fills them), so that a frame
gets exactly the columns `enrichso <product> batch` writes. When the declarations move, only this
module changes."""

from __future__ import annotations

from ..cli.batch.products import BY_COMMAND, BatchKind
from ..cli.tabular.columns import Field

__all__ = ["BatchKind", "Field", "product"]


def product(command: str) -> BatchKind:
    """The product of a CLI command group name ("email-validation", "email-finder", ...)."""
    return BY_COMMAND[command]
