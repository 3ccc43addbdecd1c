"""`enrichso webhooks listen`: each callback becomes one typed JSON line (200), a bad one is
reported on stderr (400). Fed by hand, then by the simulator delivering a real batch's callbacks."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx

from .conftest import Org

RESULT = {
    "event": "webhook:email_lookup.completed",
    "timestamp": "2025-06-03T14:35:00.000Z",
    "data": {
        "job_id": "665a1f4e2c3b7800129dce01",
        "result_id": "sarah.chen@stripe.com",
        "result": {"email": "sarah.chen@stripe.com", "result": "valid", "is_catch_all": False},
    },
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_listener(port: int, count: int, extra: list[str] | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "enrichso.cli",
            "webhooks",
            "listen",
            "--port",
            str(port),
            "--count",
            str(count),
            *(extra or []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError("the listener did not start")


def test_listen_prints_typed_lines_and_rejects_bad_payloads(enrichso, org: Org):
    port = _free_port()
    listener = _start_listener(port, count=4)
    try:
        url = f"http://127.0.0.1:{port}/hooks/enrich"
        assert httpx.post(url, content=b"not json").status_code == 400
        assert httpx.post(url, json={"event": "nobody.knows", "data": {}}).status_code == 400
        assert httpx.post(url, json=RESULT).status_code == 200
        # then a real batch: the simulator posts 2 per-result callbacks and the completion
        submitted = enrichso(
            "email-validation",
            "batch",
            "-",
            "--no-wait",
            "--webhook-url",
            url,
            input="a@acme.com\nb@acme.com\n",
        )
        assert submitted.code == 0, submitted.stderr
        stdout, stderr = listener.communicate(timeout=30)
    finally:
        if listener.poll() is None:
            listener.kill()
    assert listener.returncode == 0
    lines = [json.loads(line) for line in stdout.splitlines()]
    assert lines[0]["event"] == "webhook:email_lookup.completed"
    assert lines[0]["type"] == "WebhookEmailValidationResult"
    assert lines[0]["payload"]["data"]["result_id"] == "sarah.chen@stripe.com"
    delivered = lines[1:]
    assert sorted(line["type"] for line in delivered) == [
        "WebhookEmailValidationCompletion",
        "WebhookEmailValidationResult",
        "WebhookEmailValidationResult",
    ]
    assert {line["payload"]["data"]["job_id"] for line in delivered} == {submitted.stdout.strip()}
    assert stderr.count("rejected a callback") == 2
    assert "unknown webhook event 'nobody.knows'" in stderr
