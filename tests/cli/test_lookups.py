"""Single lookups and the account commands: human tables by default, one JSON document with --json."""

from __future__ import annotations

import json

from enrichso.views import EmailValidationView, ProfileView

from .conftest import Org, both_dialects
from .files import read_jsonl


@both_dialects
def test_validate_in_a_table_and_as_json(enrichso, org: Org):
    table = enrichso("validate", "jane@acme.com")
    assert table.code == 0
    # the table shows the API's members as sent: the verdict is `result` (endpoint pages) or
    # `status` (the API Reference overview)
    assert ("result" in table.stdout or "status" in table.stdout) and "credits used" in table.stdout
    document = json.loads(enrichso("--json", "email-validation", "validate", "jane@acme.com").stdout)
    assert document["data"]["email"] == "jane@acme.com"
    assert EmailValidationView.from_dict(document["data"]).result in {"valid", "invalid", "risky"}
    assert "creditsRemaining" in document["meta"]


@both_dialects
def test_find_phones_and_both_kinds_of_lookup(enrichso, org: Org):
    found = json.loads(enrichso("--json", "find", "Emily", "Zhang", "figma.com").stdout)
    assert found["data"]["domain"] == "figma.com"
    phones = json.loads(enrichso("--json", "phones", "--email", "sarah@stripe.com").stdout)
    assert isinstance(phones["data"]["phones"], list)
    company = json.loads(enrichso("--json", "lookup", "8.8.8.8").stdout)
    assert company["data"]["searchIp"] == "8.8.8.8"
    person = enrichso("--json", "lookup", "emily.zhang@figma.com")
    assert person.code == 0 and ProfileView.from_dict(json.loads(person.stdout)["data"]).display_name
    spent = 1_000_000 - org.ledger()["balance"]
    assert spent == sum(d["meta"]["creditsUsed"] for d in (found, phones, company, json.loads(person.stdout)))


def test_phones_needs_an_email_or_a_profile(enrichso, org: Org):
    run = enrichso("phones")
    assert run.code == 2 and "--email or --linkedin" in run.stderr


@both_dialects
def test_wallet_balance_and_transactions(enrichso, org: Org):
    balance = json.loads(enrichso("--json", "wallet", "balance").stdout)
    assert balance["data"]["balance"] == 1_000_000
    enrichso("validate", "jane@acme.com")
    lines = read_jsonl(enrichso("--json", "wallet", "transactions").stdout)
    assert [t["type"] for t in lines] in (["deduction", "topup"], ["topup", "deduction"])
    only = read_jsonl(enrichso("--json", "wallet", "transactions", "--type", "topup").stdout)
    assert [t["type"] for t in only] == ["topup"]
    table = enrichso("wallet", "transactions", "--limit", "1")
    assert table.code == 0 and "balance after" in table.stdout


def test_team_members_invitations_invite_and_cancel(enrichso, org: Org):
    members = read_jsonl(enrichso("--json", "teams", "members").stdout)
    assert {m["role"] for m in members} >= {"owner"}
    invited = json.loads(
        enrichso("--json", "teams", "invite", "new.hire@yourcompany.com", "--role", "admin").stdout
    )
    invitation_id = invited["data"]["id"]
    pending = read_jsonl(enrichso("--json", "teams", "invitations").stdout)
    assert [i["id"] for i in pending] == [invitation_id]
    assert enrichso("teams", "cancel", invitation_id).code == 0
    assert enrichso("--json", "teams", "invitations").stdout.strip() == ""
    assert "no pending invitations" in enrichso("teams", "invitations").stdout
