"""The console script: run the command tree, turn every failure into one line on stderr and a
documented exit code (ExitCode), and always release the client and the simulator."""

from __future__ import annotations

import codecs
import io
import os
import re
import signal
import sys
from collections.abc import Sequence

import typer

from .. import errors
from .app import app
from .exit_codes import ExitCode
from .pipes import ClosedOutput, closed_at_start
from .reporting import reporter
from .session import close_all
from .terminal import printable


def run(argv: Sequence[str] | None = None) -> int:
    command = typer.main.get_command(app)
    closed = sys.stdout is None  # `>&-`: writing the answer fails the command (ClosedOutput)
    if closed:
        sys.stdout = ClosedOutput()
    stdout = sys.stdout
    try:
        result = command.main(
            args=list(argv) if argv is not None else None, prog_name="enrichso", standalone_mode=False
        )
        code = int(result) if isinstance(result, int) else ExitCode.OK
        # typer answers every KeyboardInterrupt (Terminated is one) with exit 130 itself, without
        # a word, before the handlers below see it: said here as they would (a Ctrl-C while the
        # input is read and checked ended the command in silence); SIGTERM is told apart by the
        # flag its handler set
        if code == 130:
            terminated = _sigterm_received
            print("enrichso: terminated" if terminated else "enrichso: interrupted", file=sys.stderr)
            return TERMINATED if terminated else code
        return code
    except typer.TyperException as problem:  # bad options and arguments: the parser's own message
        show = getattr(problem, "show", None)
        if callable(show):
            shown = io.StringIO()
            show(file=shown)
            print(printable(_without_keys(shown.getvalue().rstrip("\n")), layout=True), file=sys.stderr)
            hint = _global_option_hint(problem, command)
            if hint is not None:
                print(reporter.line(hint), file=sys.stderr)
        else:
            print(
                reporter.line(f"enrichso: error: {_without_keys(problem.format_message())}"), file=sys.stderr
            )
        return ExitCode.USAGE
    except typer.Abort:
        print("enrichso: aborted", file=sys.stderr)
        return 130
    except Terminated:
        print("enrichso: terminated", file=sys.stderr)
        return TERMINATED
    except KeyboardInterrupt:
        print("enrichso: interrupted", file=sys.stderr)
        return 130
    except SystemExit:
        if sys.stdout is not stdout:  # click's answer to EPIPE: it wrapped the closed output, exit(1)
            return OUTPUT_CLOSED  # `enrichso ... | head`: the reader left; end quietly, like cat
        raise
    except BrokenPipeError:
        return OUTPUT_CLOSED
    except Exception as error:  # every other failure: one clear line (a traceback with --verbose)
        return reporter.error(error)
    finally:
        close_all()
        if closed:
            sys.stdout = None  # as it was given


def _global_option_hint(problem: Exception, root: object) -> str | None:
    """Where an option of enrichso itself (--json, -q, --mock...) goes when it was given after the
    command, as most tools allow: click only said "No such option"."""
    name = getattr(problem, "option_name", None)
    options = {o for p in getattr(root, "params", ()) for o in (*p.opts, *p.secondary_opts)}
    if name is None or name not in options or name in ("-h", "--help", "--version"):
        return None
    context = getattr(problem, "ctx", None)
    path = context.command_path.partition(" ")[2] if context is not None else ""
    return (
        f"enrichso: {name} is an option of enrichso itself: give it before the command "
        f"(`enrichso {name} {path or 'COMMAND'} ...`)"
    )


# A word shaped like an API key: a usage error echoes the word it could not place, which may be
# the key (pasted after the command, or meant for an --api-key that took another word)
_KEY_WORD = re.compile(r"(?<![A-Za-z0-9])sk_[A-Za-z0-9_.~+/=-]*")


def _without_keys(text: str) -> str:
    """A parser message without the API key (that of the environment, or any word shaped like
    one): click prints these itself, past the reporter's scrubbing."""
    text = errors.scrub(reporter.scrub(text), os.environ.get("ENRICH_API_KEY"), replacement="sk_***")
    return _KEY_WORD.sub("sk_***", text)


OUTPUT_CLOSED = 128 + 13  # what a Unix filter killed by SIGPIPE reports
TERMINATED = 128 + 15  # what a process ended by SIGTERM reports


class Terminated(KeyboardInterrupt):
    """SIGTERM (`timeout`, `docker stop`, a cancelled CI job), handled as Ctrl-C is: a batch run
    that stops says which jobs it submitted and how to resume."""


_sigterm_received = False


def _on_sigterm(signum: int, frame: object) -> None:
    global _sigterm_received
    _sigterm_received = True
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
    raise Terminated


def main() -> None:
    # SIGPIPE stays ignored (Python's default): with it, a server closing a connection while a
    # request is written killed the process mid-submit. A closed standard output raises
    # BrokenPipeError instead, which run() ends quietly.
    try:
        _take_over_ctrl_c()
        signal.signal(signal.SIGTERM, _on_sigterm)
        _stdout_that_writes_every_character()
        _closed_standard_streams()
        code = run()
    except Terminated:  # landed before run() handles signals, or while it closes the client
        print("enrichso: terminated", file=sys.stderr)
        code = TERMINATED
    except KeyboardInterrupt:
        print("enrichso: interrupted", file=sys.stderr)
        code = 130
    sys.exit(code)


def _closed_standard_streams() -> None:
    """A command started with standard input or error closed (`<&-`, `2>&-`: a daemon, a cron
    job). Their descriptors get /dev/null, so that no file the command opens (the output, the
    journal) takes number 0 or 2 and receives what is meant for them. Python set the closed
    streams to None; a closed standard error then sent every remark and error to standard output
    (print(file=None) prints there), into the rows a script was reading: it is now a stream that
    drops them (the exit code still tells). stdin stays None: `batch -` says it is closed.
    Descriptor 1 stays closed: `-o /dev/stdout` must fail its check (nothing sent), not write
    the paid rows to /dev/null; run() makes sys.stdout refuse what is written to it."""
    for descriptor in (0, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != descriptor:
                os.dup2(null, descriptor)
                os.close(null)
            closed_at_start(descriptor)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the whole run)


def _stdout_that_writes_every_character() -> None:
    """Standard output in a locale that is not UTF-8 (Latin-1, ASCII, PYTHONIOENCODING): a cell
    it had no byte for stopped a batch after its job was paid for (UnicodeEncodeError). In a pipe
    or a file the output is UTF-8, as the files -o writes are (JSON must be); on a terminal, a
    character it cannot show is shown as an escape (\\u540d)."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper) or codecs.lookup(stream.encoding).name == "utf-8":
        return
    try:
        terminal = stream.isatty()
    except ValueError:  # closed
        return
    if terminal:
        stream.reconfigure(errors="backslashreplace")
    else:
        stream.reconfigure(encoding="utf-8")


def _take_over_ctrl_c() -> None:
    """Ctrl-C raises KeyboardInterrupt from now on, which run() reports. The console script
    (overlays/console-script/enrichso) handled it during the imports, ending the command with 130 at once;
    a SIGINT its parent ignores (a background job of a script) stays ignored."""
    if getattr(signal.getsignal(signal.SIGINT), "enrichso_start_up", False):
        signal.signal(signal.SIGINT, signal.default_int_handler)
