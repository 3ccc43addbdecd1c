"""Errors the command line reports itself: one clear line on stderr and a documented exit code."""

from __future__ import annotations

from .exit_codes import ExitCode


class CliError(Exception):
    """A failure with a message meant for the user and the exit code it maps to."""

    def __init__(self, message: str, exit_code: ExitCode, *, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        # further lines, shown only with --verbose (e.g. every problem found in an input file)
        self.details = details


class UsageError(CliError):
    def __init__(self, message: str, *, details: tuple[str, ...] = ()) -> None:
        super().__init__(message, ExitCode.USAGE, details=details)


class BadInput(UsageError):
    """Something wrong in an input file, located by file name and line."""

    def __init__(self, source: str, line: int | None, problem: str) -> None:
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.line = line
        self.problem = problem


class BadInputFile(UsageError):
    """Every problem found in an input file (validation goes on after the first one)."""

    def __init__(self, problems: list[BadInput], total: int) -> None:
        first = problems[0].message
        more = total - 1
        summary = first if more == 0 else f"{first} (and {more} more; --verbose lists them)"
        details = tuple(p.message for p in problems)
        if total > len(problems):
            details += (f"... {total - len(problems)} more not shown",)
        super().__init__(f"{summary}; nothing was submitted", details=details)
        self.problems = problems
        self.total = total
