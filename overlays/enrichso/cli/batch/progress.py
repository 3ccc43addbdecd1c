"""The progress bar of a batch on stderr: items done, the estimated time left, and credits.

It shows only on a terminal, and never with --quiet or --json; elsewhere the command prints a few
plain lines instead (submitted, done), which read well in CI logs.
"""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from ..terminal import printable


def credits_text(reserved: float | None, used: float | None) -> str:
    parts = []
    if reserved is not None:
        parts.append(f"{reserved:,.0f} reserved")
    if used is not None:
        parts.append(f"{used:,.0f} used")
    return "credits " + ", ".join(parts) if parts else ""


class BatchProgress:
    def __init__(self, title: str, total: int, *, enabled: bool) -> None:
        console = Console(stderr=True)
        self.live = enabled and console.is_terminal
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}", style="bold", markup=False),
            TextColumn("{task.fields[state]}", style="dim", markup=False),  # the API's word
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[credits]}"),
            console=console,
            transient=False,
            disable=not self.live,
        )
        self._task: TaskID = self._progress.add_task(title, total=total or None, credits="", state="")
        self._reserved: float | None = None
        self._used: float | None = None

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._progress.stop()

    def advance_to(self, done: int | None, total: int | None = None) -> None:
        if done is not None:
            self._progress.update(self._task, completed=done, total=total if total else None)

    def state(self, state: str) -> None:
        self._progress.update(self._task, state=printable(state))

    def credits(self, *, reserved: float | None = None, used: float | None = None) -> None:
        if reserved is not None:
            self._reserved = reserved
        if used is not None:
            self._used = used
        self._progress.update(self._task, credits=credits_text(self._reserved, self._used))
