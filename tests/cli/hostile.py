"""An API that answers with hostile text: the live simulator behind an httpx transport that
rewrites chosen members of every JSON answer, and the command line run in this process with a
client over it (its stdout and stderr captured by pytest)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from enrichso import Enrich
from enrichso.cli import run as run_cli
from enrichso.cli.session import Session

from .conftest import Org, Run


class Tampering(httpx.BaseTransport):
    """Real answers from the simulator, with the members named in `values` (at any depth)
    replaced by the given text, and CSV answers passed through `csv_text`."""

    def __init__(self, values: Mapping[str, str], csv_text: Callable[[str], str] | None = None) -> None:
        self._inner = httpx.HTTPTransport()
        self._values = values
        self._csv_text = csv_text

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        kind = response.headers.get("content-type", "")
        if "json" not in kind and ("csv" not in kind or self._csv_text is None):
            return response
        try:
            content = self._change(kind, response.read())
        finally:
            response.close()
        skip = {"content-length", "content-encoding", "transfer-encoding"}
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in skip]
        return httpx.Response(response.status_code, headers=headers, content=content.encode())

    def _change(self, kind: str, body: bytes) -> str:
        if "json" in kind:
            return json.dumps(_replace(json.loads(body), self._values))
        assert self._csv_text is not None
        return self._csv_text(body.decode())

    def close(self) -> None:
        self._inner.close()


def _replace(value: Any, values: Mapping[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: values[k] if k in values else _replace(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, values) for v in value]
    return value


HostileRun = Callable[..., Run]


@pytest.fixture
def hostile(
    org: Org, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Iterator[HostileRun]:
    """hostile(*args, values={member: text}, csv_text=None) runs `enrichso *args` in this process
    against the test's organization, with those members of every answer replaced (and CSV
    answers changed by csv_text)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")

    def run(*args: str, values: Mapping[str, str], csv_text: Callable[[str], str] | None = None) -> Run:
        def client(session: Session) -> Enrich:
            if session._client is None:
                http = httpx.Client(transport=Tampering(values, csv_text))
                session._client = Enrich(api_key=org.api_key, base_url=org.base_url, http_client=http)
            return session._client

        monkeypatch.setattr(Session, "client", client)
        code = run_cli(list(args))
        out, err = capsys.readouterr()
        return Run(code, out, err)

    yield run
