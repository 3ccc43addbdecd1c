"""Finding the column of each field a batch needs: the SDK's rule (enrichso.pipeline.fields), its
refusals turned into the command line's usage errors (same message, exit code 2)."""

from __future__ import annotations

from collections.abc import Sequence

from ...errors import InvalidParameterError
from ...pipeline import fields
from ...pipeline.fields import HEADER_NAMES, Field, by_content, by_header, squash
from ..failures import UsageError

__all__ = ["HEADER_NAMES", "Field", "by_content", "by_header", "missing_column", "named_column", "squash"]


def named_column(columns: Sequence[str], name: str, source: str, option: str) -> str:
    try:
        return fields.named_column(columns, name, source, option)
    except InvalidParameterError as refused:
        raise UsageError(str(refused)) from None


def missing_column(field: Field, columns: Sequence[str], source: str, option: str) -> UsageError:
    return UsageError(str(fields.missing_column(field, columns, source, option)))
