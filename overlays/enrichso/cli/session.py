"""The global options of one invocation, and the client (and simulator) they lead to."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .pipes import refuse_closed_stdout
from .reporting import reporter

if TYPE_CHECKING:
    from .. import Enrich
    from .simulator import RunningSimulator


@dataclass
class Session:
    api_key: str | None = field(default=None, repr=False)  # never shown
    base_url: str | None = None
    mock: bool = False
    mock_speed: float = 1.0
    mock_dialect: str = "pages"
    json: bool = False
    quiet: bool = False
    verbose: bool = False
    # the command writes its answer to a file (-o), not to standard output: a closed standard
    # output (`>&-`) does not stop it
    output_to_file: bool = False
    _client: Enrich | None = field(default=None, repr=False)
    _simulator: RunningSimulator | None = field(default=None, repr=False)

    def client(self) -> Enrich:
        """The SDK client, built on first use (so --help and bad input never touch the network).
        Refused (exit 2, nothing sent) when the answer would go to a closed standard output."""
        if self._client is None:
            if not self.output_to_file:
                refuse_closed_stdout()
            from .. import Enrich

            if self.mock:
                simulator = self.simulator()
                self._client = Enrich(api_key=simulator.api_key, base_url=simulator.base_url)
            else:
                self._client = Enrich(api_key=self.api_key, base_url=self.base_url)
        return self._client

    def simulator(self) -> RunningSimulator:
        """The in-process simulator of --mock, started on first use on a loopback port."""
        if self._simulator is None:
            from .simulator import start_simulator

            key = "sk_cli_" + secrets.token_hex(16)
            reporter.hide(key)
            self._simulator = start_simulator(api_key=key, speed=self.mock_speed, dialect=self.mock_dialect)
            reporter.note(
                f"--mock: using the built-in simulator at {self._simulator.base_url} "
                "(simulated data, no real credits, nothing leaves this machine)"
            )
        return self._simulator

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._simulator is not None:
            self._simulator.stop()
            self._simulator = None


def session() -> Session:
    """The session of the command being run (one per process: the console script runs one command)."""
    if not _open:
        register(Session())
    return _open[-1]


_open: list[Session] = []


def register(new: Session) -> Session:
    _open.append(new)
    return new


def close_all() -> None:
    """Release every session's client and simulator (called once the command has run)."""
    while _open:
        _open.pop().close()
