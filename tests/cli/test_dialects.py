"""The same commands on both of the simulator's dialects (the endpoint pages' and the API Reference
overview's answer shapes) give the same answers: the batch commands the same result columns and
values, the single lookups the same normalised answer (their --json output is the API's JSON as
sent, so it is read here through the SDK's views). An overview answer is made from the pages
answer of the same call, so a difference is the command line's reading."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from enrichso.views import EmailFinderView, EmailValidationView, PhonesView, ProfileView
from enrichso_mock.dialects import DIALECTS
from enrichso_mock.server import LoopbackServer

from .conftest import EXAMPLES, Run, run_cli
from .files import read_csv, read_jsonl

Runner = Callable[..., Run]

# What the overview's batch validation results do not carry ({email, status} items): empty there.
NOT_IN_OVERVIEW_BATCH_VALIDATION = {
    "enrich_confidence",
    "enrich_catch_all",
    "enrich_provider",
    "enrich_message",
}


@pytest.fixture
def on(sims: Callable[[str], LoopbackServer]) -> dict[str, Runner]:
    """The CLI as a fresh organization on each dialect's simulator, by dialect."""
    key = "sk_test_cli_" + secrets.token_hex(12)

    def runner(dialect: str) -> Runner:
        env = {"ENRICH_API_KEY": key, "ENRICH_BASE_URL": sims(dialect).base_url}
        return lambda *args: run_cli(*args, env=env)

    return {dialect: runner(dialect) for dialect in DIALECTS}


def both(on: dict[str, Runner], *args: str) -> dict[str, Run]:
    runs = {dialect: on[dialect](*args) for dialect in DIALECTS}
    for dialect, run in runs.items():
        assert run.code == 0, (dialect, run.stderr)
    return runs


def enrich_cells(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k.startswith("enrich_")} for row in rows]


@pytest.mark.parametrize(
    ("command", "sample"),
    [
        ("email-validation", "emails.csv"),
        ("email-finder", "leads.csv"),
        ("phone-finder", "people.csv"),
        ("reverse-lookup", "contacts.jsonl"),
    ],
)
def test_batch_commands_write_the_same_result_columns(
    on: dict[str, Runner], tmp_path: Path, command: str, sample: str
) -> None:
    out = {d: tmp_path / f"{d}.{sample}" for d in DIALECTS}
    for dialect in DIALECTS:
        run = on[dialect](command, "batch", str(EXAMPLES / sample), "-o", str(out[dialect]))
        assert run.code == 0, (dialect, run.stderr)
    read = read_csv if sample.endswith(".csv") else lambda path: read_jsonl(path.read_text())
    pages, overview = (read(out[d]) for d in DIALECTS)
    assert [list(row) for row in pages] == [list(row) for row in overview]  # the same columns
    if command == "email-validation":
        empty = {c: "" for c in NOT_IN_OVERVIEW_BATCH_VALIDATION}
        assert all(row.items() >= empty.items() for row in enrich_cells(overview))
        pages = [{**row, **empty} for row in pages]
        assert {row["enrich_result"] for row in pages} == {"valid", "invalid", "risky"}
    assert enrich_cells(pages) == enrich_cells(overview)
    found = [row.get("enrich_found") for row in pages]
    assert command == "email-validation" or len({str(f) for f in found}) == 2  # found and not


def test_single_lookups_give_the_same_normalised_answer(on: dict[str, Runner]) -> None:
    def answers(*args: str) -> dict[str, dict[str, Any]]:
        return {d: json.loads(run.stdout)["data"] for d, run in both(on, "--json", *args).items()}

    def same(view: Any, attributes: tuple[str, ...], *args: str) -> tuple[Any, ...]:
        pages, overview = (
            tuple(getattr(view.from_dict(data), a) for a in attributes) for data in answers(*args).values()
        )
        assert pages == overview, args
        return pages

    verdicts = [
        same(EmailValidationView, ("email", "result", "is_catch_all"), "validate", f"{v}.jane@acme.com")
        for v in ("valid", "invalid", "risky")
    ]
    assert [v[1] for v in verdicts] == ["valid", "invalid", "risky"]
    assert same(EmailFinderView, ("found", "email"), "find", "Emily", "Zhang", "figma.com")[0] is True
    assert same(EmailFinderView, ("found", "email"), "find", "Ø", "Ø", "figma.com") == (False, None)
    found = []
    for email in ("sarah@stripe.com", "sarah.chen@stripe.com", "emily.zhang@figma.com", "nophone@x.io"):
        pages, overview = (PhonesView.from_dict(d) for d in answers("phones", "--email", email).values())
        assert [p.number for p in pages.phones] == [p.number for p in overview.phones]
        assert pages.found == overview.found == bool(pages.phones)
        found.append(pages.found)
    assert True in found and found[-1] is False
    profile = ("found", "display_name", "first_name", "last_name", "company_name", "profile_url")
    assert same(ProfileView, profile, "lookup", "emily.zhang@figma.com")[0] is True
    assert same(ProfileView, profile, "reverse-lookup", "lookup", "noprofile@figma.com")[0] is False
    balances = answers("wallet", "balance")
    assert balances["pages"]["balance"] == balances["overview"]["balance"] < 1_000_000


def test_the_balance_table_on_both(on: dict[str, Runner]) -> None:
    runs = both(on, "wallet", "balance")
    assert all("1,000,000" in run.stdout for run in runs.values())


def test_a_batch_journal_without_an_organization_id_is_the_key_s(
    sims: Callable[[str], LoopbackServer],
) -> None:
    """The overview's balance has no organizationId, which named a run's journal: every batch
    command stopped there (exit 6). Then a digest of the key names it: stable for a key, one per
    key, and never the key itself."""
    from enrichso.cli.batch.run import _organization
    from enrichso.cli.session import Session

    def owner(dialect: str, key: str) -> str:
        session = Session(api_key=key, base_url=sims(dialect).base_url)
        try:
            return _organization(session)
        finally:
            session.close()

    keys = ["sk_test_cli_" + secrets.token_hex(12) for _ in range(2)]
    first, again, other = owner("overview", keys[0]), owner("overview", keys[0]), owner("overview", keys[1])
    assert first == again != other and keys[0] not in first
    assert len(owner("pages", keys[0])) == 24  # the organization id, where the balance names it
