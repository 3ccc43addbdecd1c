"""The batch products as the frame methods see them: the tables' declarations of the pipeline
(their needs, result columns and how a result fills them), the same the command line reads, so
that a frame gets exactly the columns `enrichso <product> batch` writes."""

from __future__ import annotations

from ..pipeline.fields import Field
from ..pipeline.needs import BY_COMMAND, BatchKind

__all__ = ["BatchKind", "Field", "product"]


def product(command: str) -> BatchKind:
    """The product of a CLI command group name ("email-validation", "email-finder", ...)."""
    return BY_COMMAND[command]
