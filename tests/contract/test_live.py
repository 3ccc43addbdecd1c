"""`scripts/contract --live` run for real (a subprocess) against the simulator on loopback, in each
of its dialects, with a simulator key: an honest simulator conforms; an altered or faulty answer is
reported as a mismatch; costly operations are refused without a budget and kept within one; the
key is never printed (every run checks its whole output)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from enrichso_mock import create_app
from enrichso_mock.control_client import MockControl
from enrichso_mock.pytest_plugin import DIALECTS
from enrichso_mock.server import LoopbackServer

from .live_report import SCRUBBED

ROOT = Path(__file__).resolve().parents[2]
INITIAL_BALANCE = 1_000_000  # a new simulator organization's wallet

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


@dataclass
class Org:
    """A fresh organization of one simulator: its key and its ledger."""

    base_url: str
    key: str
    control: MockControl
    dialect: str  # the simulator's answer shapes (`enrichso mock serve --dialect`)

    def live(self, *args: str) -> Run:
        """scripts/contract --live against this simulator; the key must appear in no output."""
        run = contract_live("--base-url", self.base_url, "--pause", "0", *args, key=self.key)
        assert self.key not in run.stdout + run.stderr
        return run

    def spent(self) -> int:
        return INITIAL_BALANCE - int(self.control.ledger()["balance"])


def contract_live(*args: str, key: str | None) -> Run:
    env = {name: value for name, value in os.environ.items() if not name.startswith("ENRICH_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    if key is not None:
        env["ENRICH_API_KEY"] = key
    done = subprocess.run(
        [str(ROOT / "scripts" / "contract"), "--live", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


class Altered:
    """The simulator with two answers altered on the way out: the balance's body breaks its schema
    (and echoes the caller's key, which the report must scrub), the follower limit comes as HTML."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.simulator = app.simulator  # what LoopbackServer reads the API prefix from

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.endswith(("/wallets/balance", "/company-follower/limit")):
            return await self.app(scope, receive, send)
        key = dict(scope["headers"]).get(b"x-api-key", b"").decode()
        start: Message = {}
        chunks: list[bytes] = []

        async def altered(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            headers = {name.lower(): value for name, value in start["headers"]}
            body = b"".join(chunks)
            if path.endswith("/wallets/balance"):
                body = json.dumps({"success": True, "data": {"balance": "plenty", "for": key}}).encode()
            else:
                headers[b"content-type"] = b"text/html; charset=utf-8"
            headers[b"content-length"] = str(len(body)).encode()
            await send({**start, "headers": list(headers.items())})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, altered)


def simulator_options(dialect: str) -> dict[str, Any]:
    return {"seed": 3, "dialect": dialect}


@pytest.fixture(scope="module", params=DIALECTS)
def simulator(request: pytest.FixtureRequest) -> Iterator[LoopbackServer]:
    with LoopbackServer(create_app(**simulator_options(request.param))) as server:
        yield server


@pytest.fixture(scope="module", params=DIALECTS)
def altered_simulator(request: pytest.FixtureRequest) -> Iterator[LoopbackServer]:
    with LoopbackServer(Altered(create_app(**simulator_options(request.param)))) as server:
        yield server


def organization(server: LoopbackServer) -> Iterator[Org]:
    key = "sk_test_live_" + secrets.token_hex(12)
    control = MockControl(server.root_url, key)
    try:
        yield Org(server.base_url, key, control, server.app.simulator.settings.dialect)
    finally:
        control.close()


@pytest.fixture
def org(simulator: LoopbackServer) -> Iterator[Org]:
    yield from organization(simulator)


@pytest.fixture
def altered_org(altered_simulator: LoopbackServer) -> Iterator[Org]:
    yield from organization(altered_simulator)


def test_the_honest_simulator_conforms_and_nothing_is_spent(org: Org) -> None:
    run = org.live()
    assert run.code == 0, run.stdout + run.stderr
    assert "MISMATCH" not in run.stdout
    if org.dialect == "overview":  # its balance names no organizationId: no team to ask about
        assert "16 calls, 16 conform, 0 mismatches, 2 not run; credits used: 0" in run.stdout
        assert "not run  listTeamMembers: no team id" in run.stdout
    else:
        assert "18 calls, 18 conform, 0 mismatches, 0 not run; credits used: 0" in run.stdout
    assert run.stdout.count("-> 404 (") == 10  # every batch product's status and results, unknown id
    ledger = org.control.ledger()
    assert ledger["balance"] == INITIAL_BALANCE
    assert ledger["batches"] == []
    assert [t["type"] for t in ledger["transactions"]] == ["topup"]


def test_with_the_team_id_given_every_free_call_conforms(org: Org) -> None:
    run = org.live("--team-id", org.control.ledger()["organizationId"])
    assert run.code == 0, run.stdout + run.stderr
    assert "18 calls, 18 conform, 0 mismatches, 0 not run; credits used: 0" in run.stdout
    assert org.spent() == 0


def test_altered_answers_are_reported_with_the_key_scrubbed(altered_org: Org) -> None:
    run = altered_org.live()
    assert run.code == 1, run.stdout + run.stderr
    mismatches = [line for line in run.stdout.splitlines() if line.startswith("MISMATCH")]
    assert mismatches == [
        "MISMATCH GET /wallets/balance -> 200 (getWalletBalance)",
        "MISMATCH GET /company-follower/limit -> 200 (checkCompanyFollowerLimit)",
    ]
    assert '- Response violates schema: "plenty" is not of type "number"' in run.stdout
    assert "Undocumented Content-Type" in run.stdout
    assert f'"for": "{SCRUBBED}"' in run.stdout  # the echoed key, scrubbed in the body excerpt
    assert "2 mismatches" in run.stdout.splitlines()[-1]


def test_a_fault_off_the_spec_is_a_mismatch(org: Org) -> None:
    proxy_page = {"kind": "html502", "probability": 1.0, "operations": ["getWalletBalance"]}
    org.control.set_faults({"rules": [proxy_page]})
    run = org.live("--operation", "getWalletBalance", "--operation", "checkCompanyFollowerLimit")
    assert run.code == 1, run.stdout + run.stderr
    assert "MISMATCH GET /wallets/balance -> 502 (getWalletBalance)" in run.stdout
    assert "ok       GET /company-follower/limit -> 200 (checkCompanyFollowerLimit)" in run.stdout
    assert "Undocumented status code: Received: 502; Documented: 200, 401, 403, 429, 500" in run.stdout
    assert "body: <html>" in run.stdout


@pytest.mark.parametrize(
    ("operation", "reason"),
    [
        ("validateEmail", "validateEmail costs credits (up to 1 a call or unit): give --allow-credits N"),
        ("batchValidateEmails", "batchValidateEmails costs credits (up to 1 a call or unit)"),
    ],
)
def test_costly_operations_are_refused_without_a_budget(org: Org, operation: str, reason: str) -> None:
    run = org.live("--operation", "getWalletBalance", "--operation", operation)
    assert run.code == 2
    assert run.stdout.startswith("scripts/contract --live: refused, nothing was sent: " + reason)
    assert org.spent() == 0
    assert org.control.ledger()["batches"] == []


def test_operations_that_change_the_account_are_refused_even_with_a_budget(org: Org) -> None:
    run = org.live("--operation", "inviteTeamMember", "--allow-credits", "100")
    assert run.code == 2
    assert "inviteTeamMember is not part of the live check (it would change the account)" in run.stdout


def test_the_budget_stops_the_run_before_it_would_be_exceeded(org: Org) -> None:
    # 1 + 10 fit in 12; the batch of the spec's example (4 emails, 1 credit each) would not.
    run = org.live(
        *("--operation", "validateEmail", "--operation", "findEmail", "--operation", "batchValidateEmails"),
        *("--operation", "ipToCompany", "--allow-credits", "12"),
    )
    assert run.code == 0, run.stdout + run.stderr
    assert "ok       POST /email-validation -> 200 (validateEmail)" in run.stdout
    assert "ok       POST /email-finder -> 200 (findEmail)" in run.stdout
    assert "not run  batchValidateEmails: would cost up to 4 credits; " in run.stdout
    assert "not run  ipToCompany: the run stopped at the budget; " in run.stdout
    spent = org.spent()
    assert 0 < spent <= 12
    assert org.control.ledger()["batches"] == []
    assert run.stdout.splitlines()[-1].endswith(f"credits used: {spent} (12 allowed)")


def test_a_batch_within_the_budget_reserves_no_more_than_it(org: Org) -> None:
    run = org.live("--operation", "batchValidateEmails", "--allow-credits", "4")
    assert run.code == 0, run.stdout + run.stderr
    (batch,) = org.control.ledger()["batches"]
    assert batch["reserved"] == 4 == org.spent()
    assert run.stdout.splitlines()[-1].endswith("credits used: 4 (4 allowed)")


def test_without_a_key_one_line_and_exit_2() -> None:
    run = contract_live("--base-url", "http://127.0.0.1:9/api/v3", key=None)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.splitlines() == ["scripts/contract --live: set ENRICH_API_KEY; nothing was sent"]
