"""The console script: run the command tree, turn every failure into one line on stderr and a
documented exit code (ExitCode), and always release the client and the simulator."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from . import pipes
from .app import app
from .exit_codes import ExitCode
from .reporting import reporter
from .session import close_all


def run(argv: Sequence[str] | None = None) -> int:
    command = typer.main.get_command(app)
    try:
        result = command.main(
            args=list(argv) if argv is not None else None, prog_name="enrichso", standalone_mode=False
        )
        return int(result) if isinstance(result, int) else ExitCode.OK
    except typer.TyperException as problem:  # bad options and arguments: the parser's own message
        show = getattr(problem, "show", None)
        if callable(show):
            show()
        else:
            print(reporter.line(f"enrichso: error: {problem.format_message()}"), file=sys.stderr)
        return ExitCode.USAGE
    except typer.Abort:
        print("enrichso: aborted", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("enrichso: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # every other failure: one clear line (a traceback with --verbose)
        return reporter.error(error)
    finally:
        close_all()


def main() -> None:
    pipes.for_output()  # `enrichso ... | head`: end quietly when the reader leaves (not the servers)
    sys.exit(run())
