"""The servers of the CLI (`mock serve`, `webhooks listen`) outlive clients that leave, and an
output command whose reader leaves (`enrichso ... | head`) ends quietly.

A client that pipelines two requests and closes at once leaves the server's socket half closed
while the first answer is pending (uvicorn stops reading while it answers, so it never sees the
close): the answer's first write draws a reset and the second fails with EPIPE. Under the default
action of SIGPIPE that write ended the whole server (exit 141)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import httpx

from .test_webhooks_listen import _free_port

_SLOW_BALANCE = {
    "rules": [{"kind": "slow", "probability": 1.0, "delay": 0.5, "operations": ["getWalletBalance"]}]
}


def _wait_for_port(port: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"the server did not start: {process.communicate()[1]}") from None
            time.sleep(0.05)


def _leave_mid_answer(port: int, request: bytes) -> None:
    """Send the request twice on one connection (pipelined) and close without reading."""
    with socket.create_connection(("127.0.0.1", port)) as client:
        client.sendall(request * 2)


def _stop(process: subprocess.Popen[str]) -> str:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        return process.communicate(timeout=20)[1]
    finally:
        if process.poll() is None:
            process.kill()


def test_mock_serve_survives_a_client_that_leaves_while_its_answer_is_pending():
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    command = ["mock", "serve", "--port", str(port), "--faults", json.dumps(_SLOW_BALANCE)]
    server = subprocess.Popen(
        [sys.executable, "-m", "enrichso.cli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        _wait_for_port(port, server)
        request = b"GET /api/v3/wallets/balance HTTP/1.1\r\nHost: x\r\nx-api-key: sk_test_leaver\r\n\r\n"
        _leave_mid_answer(port, request)
        # both pipelined answers are due within 2 x 0.5 s; the next client is answered after them
        answer = httpx.get(
            f"http://127.0.0.1:{port}/api/v3/wallets/balance",
            headers={"x-api-key": "sk_test_next"},
            timeout=20,
        )
        assert answer.status_code == 200
        assert server.poll() is None, f"the simulator ended with exit {server.returncode}"
    finally:
        _stop(server)
