"""The *_many options (ManyOptions) checked at the call, before anything is read or sent: a value
the run could not use is an InvalidParameterError then, not a surprise after a paid submit
(batch_size=0 would cut one batch per item; a non-callable on_progress fails at the first poll)."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import Any, TypeGuard

from .._core.jobs import check_seconds
from ..errors import InvalidParameterError


def check_many_options(options: Mapping[str, Any]) -> None:
    """Raise InvalidParameterError for a *_many option value the run could not use."""
    batch_size = options.get("batch_size")
    if batch_size is not None and not (_is_int(batch_size) and batch_size >= 1):
        raise InvalidParameterError(f"batch_size must be a whole number, 1 or more (got {batch_size!r})")
    reorder_window = options.get("reorder_window", 0)
    if not (_is_int(reorder_window) and reorder_window >= 0):
        raise InvalidParameterError(
            f"reorder_window must be a whole number, 0 or more (got {reorder_window!r})"
        )
    for name in ("timeout", "poll_interval"):
        check_seconds(name, options.get(name))
    on_progress = options.get("on_progress")
    if on_progress is not None and not callable(on_progress):
        raise InvalidParameterError(
            f"on_progress must be a function taking a JobStatus (got {type(on_progress).__name__})"
        )
    check_max_credits(options.get("max_credits"))


def check_max_credits(max_credits: object) -> None:
    """Raise InvalidParameterError unless max_credits is None or a finite number, 0 or more."""
    # nan compares false with everything: it would switch the budget off
    if max_credits is not None and not (
        _is_number(max_credits) and math.isfinite(max_credits) and max_credits >= 0
    ):
        raise InvalidParameterError(f"max_credits must be a finite number, 0 or more (got {max_credits!r})")


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[float]:
    # numbers.Real: also numpy's integers (a budget summed over a pandas column), not bool
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and not math.isnan(value)
