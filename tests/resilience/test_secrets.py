"""The API key never shows: not in debug logs, reprs, exception messages, the journal file or
the command line's output, through successes, retries, errors and a crash-resume."""

from __future__ import annotations

import logging
import secrets
import signal
import subprocess
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest
from enrichso import Enrich, errors
from enrichso.journal import FileJournal

from .conftest import Org
from .support import cli_command, cli_env, client_for, control_for, emails, run_cli

SUBMIT = "batchValidateEmails"


@pytest.fixture(autouse=True)
def _logger_restored() -> Iterator[None]:
    """ENRICH_LOG=debug gives the `enrichso` logger a handler for the process: take it back."""
    logger = logging.getLogger("enrichso")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


def _secret() -> str:
    return "sk_test_SECRET_" + secrets.token_hex(12)


def _files_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_the_sdk_never_shows_the_key(
    sim, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENRICH_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="enrichso")
    key = _secret()
    control = control_for(sim, key)
    control.set_faults(
        {
            "rules": [
                {
                    "kind": "503",
                    "probability": 1.0,
                    "operations": ["getEmailValidationBatchStatus"],
                    "times": 2,
                },
                {"kind": "drop", "when": "after", "probability": 1.0, "operations": [SUBMIT], "times": 1},
            ]
        }
    )
    seen: list[str] = []
    client = client_for(sim, key)
    seen += [
        repr(client),
        repr(client._transport),
        str(client.email_validation.validate("ann@example.com").data),
    ]
    with FileJournal(tmp_path / "j") as journal:  # a lost answer, reconciled; then interrupted
        stream = client.email_validation.validate_many(
            emails(1_500), batch_size=600, journal=journal, poll_interval=0.01
        )
        seen += [repr(row) for row in islice(stream, 900)]
        stream.close()
        seen.append(repr(journal))
    with FileJournal(tmp_path / "j") as journal:  # resumed
        seen += [
            repr(row)
            for row in client.email_validation.validate_many(emails(1_500), batch_size=600, journal=journal)
        ]
    failures: list[BaseException] = []
    control.set_balance(0)
    for attempt in (
        lambda: client.email_validation.batch("0" * 24).refresh(),  # 404
        lambda: client.email_validation.validate("ann@example.com"),  # 402
        lambda: Enrich(api_key="bad_" + key, base_url=sim.base_url).wallets.balance(),  # 401, a near miss
        lambda: next(client.email_validation.validate_many(emails(10))),  # refused before submitting
    ):
        with pytest.raises(errors.EnrichError) as caught:
            attempt()
        failures.append(caught.value)
    assert [type(f).__name__ for f in failures] == [
        "NotFoundError",
        "InsufficientCreditsError",
        "AuthenticationError",
        "PreflightBalanceError",
    ]
    for failure in failures:
        seen += [str(failure), repr(failure), repr(getattr(failure, "body", b""))]
    seen.append(caplog.text)
    assert "retrying" in caplog.text and "reconciling" in caplog.text  # the interesting paths ran
    text = "\n".join(seen)
    assert key not in text and key[:-1] not in text
    assert key.encode() not in _files_under(tmp_path)


def test_the_cli_never_shows_the_key(org: Org, tmp_path: Path) -> None:
    key = _secret()
    control = control_for(org.server, key)
    control.set_faults(
        {
            "rules": [
                {
                    "kind": "502",
                    "probability": 1.0,
                    "operations": ["getEmailValidationBatchStatus"],
                    "times": 2,
                }
            ]
        }
    )
    source = tmp_path / "emails.csv"
    source.write_text("email\n" + "\n".join(emails(2_500, unique=2_000)) + "\n")
    cache, out = tmp_path / "cache", tmp_path / "out.csv"
    env = cli_env(org.server, key, cache, ENRICH_LOG="debug")
    outputs: list[str] = []
    # a run killed as soon as its journal exists, then the same command again
    command = cli_command(
        "--verbose", "email-validation", "batch", str(source), "-o", str(out), "--batch-size", "1000"
    )
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not list(cache.rglob("*.sqlite")) and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.01)
    journals = _files_under(cache)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    outputs += [first.stdout.read().decode(), first.stderr.read().decode()]  # type: ignore[union-attr]
    journals += _files_under(cache)
    resumed = run_cli(*command[3:], env=env)
    assert resumed.code == 0, resumed.stderr
    outputs += [resumed.stdout, resumed.stderr]
    failing = run_cli("--verbose", "jobs", "status", "email-validation", "0" * 24, env=env)  # 404
    assert failing.code != 0
    outputs += [failing.stdout, failing.stderr]
    assert "DEBUG" in "".join(outputs)  # debug logging was on
    assert key not in "\n".join(outputs)
    assert key.encode() not in journals + out.read_bytes() + _files_under(tmp_path)


# ---------------------------------------------------------------- keys copied or read with junk

# a key read from a file or pasted with its line end; each is the org's key once stripped
SURROUNDED = ["{}\n", "{}\r\n", "  {} ", "\t{}\n\n"]
# characters no key can hold: refused at configuration, without showing the key
INNER_JUNK = [" ", "\n", "\r", "\x00", "\x7f", "é", "\u200b"]


def _forms(key: str) -> list[str]:
    """The key and the ways a message, URL or JSON body could spell it."""
    from urllib.parse import quote

    return [key, repr(key), repr(key.encode()), quote(key, safe=""), key[:-1]]


@pytest.mark.parametrize("template", SURROUNDED)
def test_a_key_with_surrounding_whitespace_works_and_never_shows(
    org: Org, template: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="enrichso")
    client = client_for(org.server, template.format(org.api_key))
    assert client.wallets.balance().data.balance >= 0
    assert client._transport._api_key == org.api_key
    assert all(form not in caplog.text + repr(client) for form in _forms(org.api_key))


@pytest.mark.parametrize("junk", INNER_JUNK)
def test_a_key_with_inner_junk_is_refused_without_showing_it(sim, junk: str) -> None:  # type: ignore[no-untyped-def]
    key = "sk_test_" + secrets.token_hex(6) + junk + secrets.token_hex(6)
    with pytest.raises(errors.ConfigurationError, match="API key") as caught:
        Enrich(api_key=key, base_url=sim.base_url)
    shown = str(caught.value) + repr(caught.value)
    assert all(part not in shown for part in key.split(junk))


@pytest.mark.parametrize("via", ["env", "option"])
@pytest.mark.parametrize("template", ["{}\n", "{}\r\n", " {} "])
def test_the_cli_strips_the_key_and_never_shows_it(org: Org, tmp_path: Path, via: str, template: str) -> None:
    key = template.format(org.api_key)
    env = cli_env(org.server, key if via == "env" else "", tmp_path, ENRICH_LOG="debug")
    args = (
        ("--verbose", "wallet", "balance")
        if via == "env"
        else ("--verbose", "--api-key", key, "wallet", "balance")
    )
    done = run_cli(*args, env=env)
    assert done.code == 0, done.stderr
    assert all(form not in done.stdout + done.stderr for form in _forms(org.api_key))


@pytest.mark.parametrize("via", ["env", "option"])
@pytest.mark.parametrize("junk", ["é", " ", "\x01"])
def test_the_cli_refuses_a_key_with_inner_junk_without_showing_it(
    org: Org, tmp_path: Path, via: str, junk: str
) -> None:
    key = org.api_key + junk + "tail" + secrets.token_hex(4)
    env = cli_env(org.server, key if via == "env" else "", tmp_path)
    args = (
        ("--verbose", "wallet", "balance")
        if via == "env"
        else ("--verbose", "--api-key", key, "wallet", "balance")
    )
    done = run_cli(*args, env=env)
    assert done.code == 3, done.stderr  # the key is the problem: the authentication exit code
    assert done.stderr.startswith("enrichso: error: The API key is unusable"), done.stderr
    assert all(part not in done.stdout + done.stderr for part in (org.api_key, key.split(junk)[1]))


def test_a_server_echoing_the_key_back_never_shows_it(caplog: pytest.LogCaptureFixture) -> None:
    import json
    from urllib.parse import quote

    import httpx

    caplog.set_level(logging.DEBUG, logger="enrichso")
    key = "sk_test_a/b+c=d%e&f" + secrets.token_hex(8)
    escaped = "".join(f"\\u{ord(c):04x}" for c in key)  # a JSON string no byte form matches
    body = (
        '{"type": "https://errors.test/'
        + quote(key, safe="")
        + '", "title": '
        + json.dumps(f"bad key {key!r}")
        + ', "detail": "key \\"'
        + json.dumps(key)[1:-1].replace("/", "\\/")
        + '\\" rejected", "requestId": "'
        + key
        + '", "instance": "/requests/'
        + key.lower()
        + '", "echo": "'
        + escaped
        + '", "'
        + key
        + '": ['
        + json.dumps(repr(key.encode()))
        + "]}"
    )

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, content=body.encode(), headers={"x-echo": key, "x-request-id": key})

    client = Enrich(
        api_key=key,
        base_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    with pytest.raises(errors.AuthenticationError) as caught:
        client.wallets.balance()
    err = caught.value
    shown = [
        str(err),
        repr(err),
        repr(err.body),
        err.request_id,
        err.type,
        err.title,
        err.detail,
        err.instance,
    ]
    shown += [repr(err.problem), repr(dict(err.headers)), caplog.text]
    text = "\n".join(str(part) for part in shown)
    for form in [
        *_forms(key),
        json.dumps(key)[1:-1].replace("/", "\\/"),
        quote(key, safe="").lower(),
        escaped,
    ]:
        assert form not in text, form
