"""Text from the API is never read as rich markup, and its control characters never reach the
terminal: `[/oops]` crashed the command after the credit was charged, `[bold]` was rendered, and
ESC]0;... / ESC[2J were printed raw by tables, messages and `webhooks listen`."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from enrichso.cli.batch import progress
from enrichso.cli.terminal import json_printable, printable
from rich.console import Console

from .conftest import Org
from .hostile import HostileRun, hostile  # noqa: F401  (the fixture)
from .test_webhooks_listen import RESULT, _free_port, _start_listener

TITLE = "\x1b]0;owned\x07"  # sets the terminal window's title
CLEAR = "\x1b[2J"  # clears the screen
C1 = "\x9b2J"  # the same through the one-character CSI
BIDI = "\u202egnp.exe"  # a right-to-left override
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _reap(process: subprocess.Popen[Any]) -> None:
    """Kill the process if it is still running (a test never leaves one behind, nor hangs)."""
    if process.poll() is None:
        process.kill()
        process.wait()


def _clean(text: str) -> None:
    for character in RAW:
        assert character not in text, f"{character!r} reached the terminal: {text!r}"


def test_printable_escapes_every_control_character_and_keeps_the_rest() -> None:
    assert (
        printable(f"a{TITLE}b{CLEAR}{C1}{BIDI}\nz")
        == "a\\x1b]0;owned\\x07b\\x1b[2J\\x9b2J\\u202egnp.exe\\x0az"
    )
    assert printable("line 1\nline\x1b 2", layout=True) == "line 1\nline\\x1b 2"
    assert printable("Zoë — 東京 [bold]") == "Zoë — 東京 [bold]"
    document = json.dumps({"a": C1 + BIDI}, ensure_ascii=False)
    assert json.loads(json_printable(document)) == {"a": C1 + BIDI}
    _clean(json_printable(document))


def test_markup_in_an_answer_is_printed_as_text(hostile: HostileRun, org: Org):  # noqa: F811
    run = hostile(
        "validate", "sarah.chen@stripe.com", values={"provider": "[/oops]", "message": "[bold]loud[/bold]"}
    )
    assert run.code == 0, run.stderr
    assert "[/oops]" in run.stdout
    assert "[bold]loud[/bold]" in run.stdout
    assert "credits used:" in run.stdout  # the whole answer was shown


def test_control_characters_in_a_table_are_shown_as_escapes(hostile: HostileRun):  # noqa: F811
    run = hostile(
        "validate", "sarah.chen@stripe.com", values={"provider": TITLE, "message": CLEAR + C1 + BIDI}
    )
    assert run.code == 0, run.stderr
    _clean(run.stdout)
    assert "\\x1b]0;owned\\x07" in run.stdout
    assert "\\x1b[2J\\x9b2J\\u202egnp.exe" in run.stdout


def test_a_list_table_and_its_json_lines_keep_escapes_out(hostile: HostileRun):  # noqa: F811
    table = hostile("wallet", "transactions", values={"description": TITLE + "[/oops]"})
    assert table.code == 0, table.stderr
    _clean(table.stdout)
    assert "\\x1b]0;owned\\x07[/oops]" in table.stdout
    lines = hostile("--json", "wallet", "transactions", values={"description": C1 + BIDI})
    assert lines.code == 0, lines.stderr
    _clean(lines.stdout)
    assert json.loads(lines.stdout.splitlines()[0])["description"] == C1 + BIDI  # the value unchanged


@pytest.mark.parametrize("verbose", [[], ["-v"]])
def test_an_error_message_from_the_api_is_one_clean_line(hostile: HostileRun, verbose: list[str]):  # noqa: F811
    detail = f"No batch{TITLE}\nenrichso: wrote 5 rows [/oops]{CLEAR}"
    run = hostile(
        *verbose, "jobs", "status", "email-validation", "665a1f4e2c3b7800129dce01", values={"detail": detail}
    )
    assert run.code == 2
    _clean(run.stderr)
    first = run.stderr.splitlines()[0]
    assert first.startswith("enrichso: error: No batch\\x1b]0;owned\\x07\\x0aenrichso: wrote 5 rows [/oops]")


def test_webhooks_listen_prints_no_control_character_of_a_path_or_a_payload(org: Org):
    port = _free_port()
    listener = _start_listener(port, count=1)
    try:
        url = f"http://127.0.0.1:{port}"
        assert httpx.post(f"{url}/%1B%5D0%3Bowned%07/%1B%5B2J", content=b"not json").status_code == 400
        hostile = json.loads(json.dumps(RESULT))
        hostile["data"]["result"]["result"] = C1 + BIDI
        assert httpx.post(f"{url}/hooks", json=hostile).status_code == 200
        stdout, stderr = listener.communicate(timeout=30)
    finally:
        _reap(listener)
    _clean(stderr)
    assert "rejected a callback on /\\x1b]0;owned\\x07/\\x1b[2J" in stderr
    _clean(stdout)
    assert json.loads(stdout.splitlines()[0])["payload"]["data"]["result"]["result"] == C1 + BIDI


def _post_raw(port: int, head: bytes, body: bytes) -> bytes:
    """Send a request head and part of a huge body, then read the answer the server gives."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as client:
        client.sendall(head + body)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = client.recv(4096)
            if not chunk:
                break
            answer += chunk
        return answer


def test_webhooks_listen_answers_413_to_a_body_past_its_limit_without_reading_it(org: Org):
    port = _free_port()
    listener = _start_listener(port, count=1, extra=["--max-body", "4096"])
    try:
        announced = b"POST /hooks HTTP/1.1\r\nHost: x\r\ncontent-length: %d\r\n\r\n" % (800 << 20)
        assert _post_raw(port, announced, b"x" * 1000).startswith(b"HTTP/1.1 413 ")
        chunked = b"POST /hooks HTTP/1.1\r\nHost: x\r\ntransfer-encoding: chunked\r\n\r\n"
        chunks = b"1000\r\n" + b"x" * 4096 + b"\r\n"  # 4 KiB chunks, no length announced
        assert _post_raw(port, chunked, chunks * 3).startswith(b"HTTP/1.1 413 ")
        assert httpx.post(f"http://127.0.0.1:{port}/hooks", json=RESULT).status_code == 200
        stdout, stderr = listener.communicate(timeout=30)
    finally:
        _reap(listener)
    assert listener.returncode == 0
    assert stderr.count("the body is over 4,096 bytes") == 2
    assert len(stdout.splitlines()) == 1


def test_webhooks_listen_ends_quietly_when_the_reader_of_its_output_leaves(org: Org):
    port = _free_port()
    listener = _start_listener(port, count=5)
    assert listener.stdout is not None
    listener.stdout.close()  # the reader goes away (`... | head -0`)
    try:
        answer = httpx.post(f"http://127.0.0.1:{port}/hooks", json=RESULT, timeout=20)
        assert answer.status_code == 503
        listener.wait(timeout=30)
        stderr = listener.stderr.read() if listener.stderr else ""
    finally:
        _reap(listener)
    assert listener.returncode == 141
    assert "Traceback" not in stderr and "Exception ignored" not in stderr


def test_a_batch_whose_reader_leaves_ends_quietly(tmp_path: Path):
    source = tmp_path / "in.csv"
    source.write_text("email\n" + "".join(f"user{i}@acme.com\n" for i in range(2000)))
    command = ["--mock", "--mock-speed", "100", "email-validation", "batch", str(source)]
    process = subprocess.Popen(
        [*_python_cli(), *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path)
    )
    assert process.stdout is not None
    process.stdout.close()
    try:
        _, stderr = process.communicate(timeout=120)
    finally:
        _reap(process)
    assert process.returncode in (-13, 141)  # SIGPIPE's default action: the shell shows 141
    assert b"Traceback" not in stderr


def _python_cli() -> list[str]:
    return [sys.executable, "-m", "enrichso.cli"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return env


def _read_terminal(master: int, process: subprocess.Popen[bytes]) -> bytes:
    """What the command wrote to its terminal, until it exits (bounded by a deadline)."""
    received = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other side closed
                break
            if not chunk:
                break
            received += chunk
        elif process.poll() is not None:
            break
    return received


def test_rows_written_to_a_terminal_show_control_characters_as_escapes(tmp_path: Path):
    source = tmp_path / "in.csv"
    source.write_text(f'email,note\njane@acme.com,"{TITLE}{CLEAR}{BIDI}"\n')
    master, terminal = pty.openpty()
    command = ["--mock", "--mock-speed", "100", "email-validation", "batch", str(source)]
    process = subprocess.Popen(
        [*_python_cli(), *command], stdout=terminal, stderr=subprocess.PIPE, env=_env(tmp_path)
    )
    os.close(terminal)
    try:
        shown = _read_terminal(master, process).decode()
        process.wait(timeout=60)
    finally:
        os.close(master)
        _reap(process)
    assert process.returncode == 0
    _clean(shown)
    assert "\\x1b]0;owned\\x07\\x1b[2J\\u202egnp.exe" in shown
    # in a pipe, the same command writes the cell as it is
    piped = subprocess.run(
        [*_python_cli(), "-q", *command], capture_output=True, env=_env(tmp_path), timeout=120
    )
    assert TITLE + CLEAR + BIDI in piped.stdout.decode()


def test_a_job_state_from_the_api_is_a_plain_label_on_the_progress_bar(monkeypatch: pytest.MonkeyPatch):
    shown = io.StringIO()

    def terminal(stderr: bool) -> Console:
        return Console(file=shown, force_terminal=True, width=160)

    monkeypatch.setattr(progress, "Console", terminal)
    with progress.BatchProgress("email validation", 10, enabled=True) as bar:
        bar.state(f"[/oops]{TITLE}[bold]")
        bar.advance_to(5)
    assert "[/oops]\\x1b]0;owned\\x07[bold]" in shown.getvalue()
    assert TITLE not in shown.getvalue()
