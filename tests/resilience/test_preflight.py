"""The credit check before anything is submitted: the estimate (unique items x the documented
price) against the wallet and against max_credits / --max-credits."""

from __future__ import annotations

from pathlib import Path

import pytest
from enrichso import errors
from enrichso.journal import FileJournal

from .conftest import Org
from .support import FaultTally, check_ledger, cli_env, client_for, emails, run_cli


def test_a_wallet_that_cannot_cover_the_reservation_refuses_before_any_submit(org: Org) -> None:
    org.control.set_balance(500)
    tally = FaultTally()
    tally.watch(org.server, org.api_key)
    client = client_for(org.server, org.api_key)
    rows = client.email_validation.validate_many(emails(700, unique=600), batch_size=250)
    with pytest.raises(errors.PreflightBalanceError) as caught:
        next(rows)
    error = caught.value
    assert (error.required, error.available, error.items, error.credits_per_item) == (600, 500, 600, 1)
    assert "reserves 600 credits" in str(error) and "holds 500" in str(error)
    assert "batchValidateEmails" not in tally.requests  # nothing was sent
    assert org.control.ledger()["batches"] == []


def test_a_budget_refuses_a_run_that_could_exceed_it_without_a_single_request(org: Org) -> None:
    tally = FaultTally()
    tally.watch(org.server, org.api_key)
    client = client_for(org.server, org.api_key)
    leads = [("Ann", f"Lee{i}", "acme.example") for i in range(30)]
    with pytest.raises(errors.CreditBudgetExceededError) as caught:
        next(client.email_finder.find_many(leads, max_credits=299))
    assert (caught.value.estimated, caught.value.budget) == (300, 299)  # 10 credits per lead
    assert "could cost up to 300 credits" in str(caught.value)
    assert sum(tally.requests.values()) == 0
    # exactly the budget is allowed
    rows = list(client.email_finder.find_many(leads, max_credits=300, poll_interval=0.01))
    assert len(rows) == 30
    check_ledger(org.control, batches=1)


def test_phone_numbers_are_priced_at_500_per_person(org: Org) -> None:
    org.control.set_balance(1_499)
    client = client_for(org.server, org.api_key)
    with pytest.raises(errors.PreflightBalanceError) as caught:
        next(client.phone_finder.find_many(["a@x.example", "b@x.example", "B@X.example ", "c@x.example"]))
    assert (caught.value.required, caught.value.items) == (1_500, 3)


def test_a_resumed_run_counts_only_what_is_still_to_submit(org: Org, tmp_path: Path) -> None:
    inputs = emails(400)
    client = client_for(org.server, org.api_key)
    with FileJournal(tmp_path / "run.journal", resume_rows=False) as journal:
        first = list(
            client.email_validation.validate_many(inputs, batch_size=150, journal=journal, poll_interval=0.01)
        )
    org.control.set_balance(10)  # far less than the 400 the run reserved
    with FileJournal(tmp_path / "run.journal", resume_rows=False) as journal:
        again = list(
            client.email_validation.validate_many(inputs, batch_size=150, journal=journal, poll_interval=0.01)
        )
    assert [r.raw for r in again] == [r.raw for r in first]
    check_ledger(org.control, batches=3)  # re-attached: nothing reserved again


def test_the_cli_refuses_past_max_credits_and_submits_nothing(org: Org, tmp_path: Path) -> None:
    source = tmp_path / "emails.csv"
    source.write_text("email\n" + "\n".join(emails(120, unique=100)) + "\n")
    env = cli_env(org.server, org.api_key, tmp_path / "cache")
    out = tmp_path / "out.csv"
    refused = run_cli(
        "email-validation", "batch", str(source), "-o", str(out), "--max-credits", "99", env=env
    )
    assert refused.code == 4, refused.stderr
    assert "could cost up to 100 credits" in refused.stderr and "nothing was submitted" in refused.stderr
    no_wait = run_cli("email-validation", "batch", str(source), "--no-wait", "--max-credits", "50", env=env)
    assert no_wait.code == 4, no_wait.stderr
    assert not out.exists() and org.control.ledger()["batches"] == []
    assert not list((tmp_path / "cache").rglob("*.sqlite"))  # nothing to resume: no journal left
    done = run_cli("email-validation", "batch", str(source), "-o", str(out), "--max-credits", "100", env=env)
    assert done.code == 0, done.stderr
    assert len(out.read_text().splitlines()) == 121
    check_ledger(org.control, batches=1)
