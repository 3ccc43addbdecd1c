"""The *_many options (ManyOptions) checked at the call, before anything is read or sent: a value
the run could not use is an InvalidParameterError then, not a surprise after a paid submit
(batch_size=0 would cut one batch per item; a non-callable on_progress fails at the first poll)."""

from __future__ import annotations

import math
import numbers
import os
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
    check_journal(options.get("journal"))


# What a pipeline calls on its journal (enrichso.journal.Journal; FileJournal and MemoryJournal)
_JOURNAL_METHODS = ("find", "unresolved", "batch_ids", "before_submit", "submitted", "completed")


def check_journal(journal: object) -> None:
    """Raise InvalidParameterError unless `journal` is None or a journal (a path is not one)."""
    if journal is None or all(callable(getattr(journal, name, None)) for name in _JOURNAL_METHODS):
        return
    if isinstance(journal, str | bytes | os.PathLike):
        raise InvalidParameterError(
            "journal takes a journal, not its path: journal=FileJournal(path) from enrichso.journal "
            "(a frame method's: FileJournal(path, resume_rows=False))"
        )
    kind = type(journal).__name__
    raise InvalidParameterError(
        f"journal must be a FileJournal or MemoryJournal (enrichso.journal), not {kind}"
    )


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
