"""How a failure is reported: the exit code it maps to and the one line printed on stderr."""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
import traceback
from typing import Any

from .. import errors
from ..journal import JournalInUseError
from .exit_codes import ExitCode
from .failures import CliError
from .terminal import printable

# The most specific class first: the first match wins.
_EXIT_CODES: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (errors.ConfigurationError, ExitCode.USAGE),
    (errors.InvalidParameterError, ExitCode.USAGE),  # refused before anything was sent
    (JournalInUseError, ExitCode.JOURNAL),  # another run holds it: nothing was submitted
    (errors.AuthenticationError, ExitCode.AUTHENTICATION),
    (errors.PermissionDeniedError, ExitCode.AUTHENTICATION),
    (errors.InsufficientCreditsError, ExitCode.INSUFFICIENT_CREDITS),
    (errors.CreditCheckError, ExitCode.INSUFFICIENT_CREDITS),
    (errors.RateLimitError, ExitCode.RETRY_LATER),
    (errors.InternalServerError, ExitCode.SERVER),
    (errors.OutcomeUnknownError, ExitCode.SERVER),
    (errors.APIConnectionError, ExitCode.SERVER),
    (errors.APIResponseValidationError, ExitCode.SERVER),
    (errors.APIStatusError, ExitCode.USAGE),  # 400, 404, 409, 410, 422: what was asked is wrong
    (errors.WaitTimeoutError, ExitCode.WAIT_TIMEOUT),
    (errors.JobError, ExitCode.JOB),
    (errors.WebhookParseError, ExitCode.USAGE),
    (errors.JournalConflictError, ExitCode.USAGE),
    (errors.JournalError, ExitCode.JOURNAL),
    (errors.InputsTypeError, ExitCode.USAGE),
    (errors.InputsChangedError, ExitCode.USAGE),
    (errors.MissingExtraError, ExitCode.USAGE),
    (errors.ClientClosedError, ExitCode.USAGE),
    (errors.PicklingRefusedError, ExitCode.USAGE),
    (errors.InvalidParameterError, ExitCode.USAGE),
)


# What writing the output fails with when there is no room for it: the command's work is done
# (and maybe paid for), its answer could not be written.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def exit_code_for(error: BaseException) -> ExitCode:
    if isinstance(error, CliError):
        return error.exit_code
    if isinstance(error, OSError) and error.errno in _NO_ROOM:
        return ExitCode.OUTPUT
    if isinstance(error, errors.ConfigurationError) and _about_the_key(error):
        return ExitCode.AUTHENTICATION
    for kind, code in _EXIT_CODES:
        if isinstance(error, kind):
            return code
    return ExitCode.SERVER


def message_for(error: BaseException) -> str:
    if isinstance(error, CliError):
        return error.message
    if isinstance(error, OSError) and error.errno in _NO_ROOM:
        return f"cannot write the output: {error.strerror}"
    if isinstance(error, errors.ConfigurationError) and str(error).startswith("No API key"):
        return "no API key: pass --api-key or set ENRICH_API_KEY (keys start with sk_), or try --mock"
    if isinstance(error, errors.RateLimitError):
        wait = f"; retry in {error.retry_after:.0f} s" if error.retry_after else "; retry later"
        return f"rate limited by the API{wait} ({_api_text(error)})"
    if isinstance(error, errors.InsufficientCreditsError):
        return f"{_api_text(error)}; see `enrichso wallet balance`"
    if isinstance(error, errors.APIStatusError):
        return _api_text(error)
    if isinstance(error, errors.CreditBudgetExceededError):
        return command_line_words(str(error))
    if isinstance(error, errors.WaitTimeoutError):
        return f"{error}; {_wait_again(error)}"
    if isinstance(error, errors.EnrichError):
        return str(error)
    return f"unexpected {type(error).__name__}: {error}"


_SDK_WORDS = (
    (re.compile(r"max_credits=([\d,.]+)"), r"--max-credits \1"),  # the option that set it
    (re.compile(r"\b(email|phone|reverse|ip)_(validation|finder|lookup|to_company)\b"), None),
)


def command_line_words(text: str) -> str:
    """An SDK message in the command line's words: `--max-credits 100` for `max_credits=100`, the
    product as its command names it (`email-validation`, not `email_validation`)."""
    for pattern, replacement in _SDK_WORDS:
        text = pattern.sub(replacement or (lambda m: m.group(0).replace("_", "-")), text)
    return text


def _about_the_key(error: BaseException) -> bool:
    return "api key" in str(error).lower()


def _wait_again(error: errors.WaitTimeoutError) -> str:
    """How to go on waiting for a job that outlasted --wait-timeout."""
    from ..pipeline.needs import BATCH_KINDS  # (only needed after a wait ran out)

    commands = [kind.command for kind in BATCH_KINDS if kind.job_kind == error.kind]
    again = f"`enrichso jobs wait {commands[0]} {error.job_id}`" if commands else f"its id {error.job_id}"
    return f"continue with {again}, or give a longer --wait-timeout"


def _api_text(error: errors.APIStatusError) -> str:
    text = error.detail or error.title or error.message
    request = f" [request {error.request_id}]" if error.request_id else ""
    return f"{text} (HTTP {error.status_code}){request}"


# What --mock --no-wait says instead of a follow-up command that could not work.
MOCK_JOBS_END = (
    "the --mock simulator stops with this command, so the job is gone with it; to keep one, run "
    "`enrichso mock serve` and point the commands at it with --base-url"
)


def whole(value: Any) -> Any:
    """A credit figure as printed: 2.0 as 2 (the API's numbers come back as floats), the rest as is."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class Reporter:
    """Writes errors to stderr without ever showing the API key, and with the control characters
    of any text from elsewhere (an API message, a file name) shown as escapes."""

    def __init__(self) -> None:
        self.secrets: list[str] = []
        self.verbose = False
        self.quiet = False

    def hide(self, secret: str | None) -> None:
        if secret:
            self.secrets.append(secret)

    def scrub(self, text: str) -> str:
        """`text` without any form of the keys hidden (the SDK's own scrubbing, errors.scrub)."""
        return errors.scrub(text, *self.secrets, replacement="sk_***")

    def line(self, text: str) -> str:
        """One line for stderr: the key hidden, control characters (newlines too) escaped."""
        return printable(self.scrub(text))

    def error(self, error: BaseException) -> ExitCode:
        code = exit_code_for(error)
        print(self.line(f"enrichso: error: {message_for(error)}"), file=sys.stderr)
        if self.verbose:
            details = error.details if isinstance(error, CliError) else ()
            for line in details:
                print(self.line(f"  {line}"), file=sys.stderr)
            if not isinstance(error, CliError) or error.__cause__ is not None:
                trace = "".join(traceback.format_exception(error))
                print(printable(self.scrub(trace.rstrip()), layout=True), file=sys.stderr)
        return code

    def note(self, text: str, *, always: bool = False) -> None:
        """A remark on stderr (the simulator's address, what a batch is about to do...), silenced
        by --quiet unless it matters after a failure (`always`)."""
        if always or not self.quiet:
            print(self.line(f"enrichso: {text}"), file=sys.stderr)


reporter = Reporter()


class _SdkWarnings(logging.Handler):
    """The SDK's warnings (its `enrichso` logger: a lost submit answer being reconciled, a wallet
    that cannot be read) as remarks: one line each, scrubbed, silenced by --quiet. Without it
    Python's last-resort handler prints them raw, --quiet or not."""

    def emit(self, record: logging.LogRecord) -> None:
        if os.environ.get("ENRICH_LOG"):  # the SDK's own log handler prints them
            return
        text = command_line_words(" ".join(record.getMessage().split()))
        reporter.note(text, always=record.levelno >= logging.ERROR)


def route_sdk_warnings() -> None:
    """Show the SDK's warnings as remarks (once per process)."""
    sdk = logging.getLogger("enrichso")
    if not any(isinstance(h, _SdkWarnings) for h in sdk.handlers):
        sdk.addHandler(_SdkWarnings(logging.WARNING))
