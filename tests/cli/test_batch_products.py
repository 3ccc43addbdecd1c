"""Every batch product end to end: the example file in, every row out in input order with its
result columns, duplicates answered from one lookup, and one batch of unique items in the ledger."""

from __future__ import annotations

from pathlib import Path

from .conftest import EXAMPLES, Org, both_dialects
from .files import read_csv, read_jsonl


def _the_only_batch(org: Org) -> dict:
    batches = org.ledger()["batches"]
    assert len(batches) == 1
    return batches[0]


@both_dialects
def test_email_validation_writes_every_row_in_order_and_looks_up_duplicates_once(
    enrichso, org: Org, tmp_path: Path
):
    out = tmp_path / "emails.enriched.csv"
    run = enrichso("email-validation", "batch", str(EXAMPLES / "emails.csv"), "-o", str(out))
    assert run.code == 0, run.stderr
    source = read_csv(EXAMPLES / "emails.csv")
    rows = read_csv(out)
    assert [r["email"] for r in rows] == [r["email"] for r in source]  # every row, in order, untouched
    assert list(rows[0]) == [
        "name",
        "company",
        "email",
        "enrich_result",
        "enrich_confidence",
        "enrich_catch_all",
        "enrich_provider",
        "enrich_message",
        "enrich_error",
    ]
    assert {r["enrich_result"] for r in rows} <= {"valid", "invalid", "risky"}
    by_address: dict[str, set[tuple[str, ...]]] = {}
    for row in rows:
        result = tuple(row[c] for c in row if c.startswith("enrich_"))
        by_address.setdefault(row["email"].strip().lower(), set()).add(result)
    assert all(len(results) == 1 for results in by_address.values())  # duplicates agree
    batch = _the_only_batch(org)
    assert batch["itemCount"] == len(by_address) == 191  # case/space variants were sent once
    assert batch["settlements"] == 1
    assert "200 rows, 191 unique emails; 9 duplicate rows answered from the same lookups" in run.stderr
    assert f"credits: {batch['charged']} charged, {batch['refunded']} refunded" in run.stderr
    assert all(r["enrich_error"] == "" for r in rows)


@both_dialects
def test_email_finder_reads_name_and_website_columns(enrichso, org: Org, tmp_path: Path):
    out = tmp_path / "leads.out.csv"
    run = enrichso("email-finder", "batch", str(EXAMPLES / "leads.csv"), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert [r["last_name"] for r in rows] == [r["last_name"] for r in read_csv(EXAMPLES / "leads.csv")]
    found = [r for r in rows if r["enrich_found"] == "true"]
    assert found and all("@" in r["enrich_email"] for r in found)
    # the website https://www.northwindtraders.com/ and "amelia,becker" are the same lead as row 1
    assert rows[0]["enrich_email"] == rows[-1]["enrich_email"]
    assert _the_only_batch(org)["itemCount"] == 15


@both_dialects
def test_phone_finder_uses_the_email_or_else_the_profile_url(enrichso, org: Org, tmp_path: Path):
    out = tmp_path / "people.out.csv"
    run = enrichso("phone-finder", "batch", str(EXAMPLES / "people.csv"), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert [r["name"] for r in rows] == [r["name"] for r in read_csv(EXAMPLES / "people.csv")]
    for row in rows:
        assert row["enrich_found"] in {"true", "false"}
        assert (row["enrich_found"] == "true") == bool(row["enrich_phones"])
    assert rows[2]["enrich_phones"] == rows[7]["enrich_phones"]  # mei@ and MEI@: one lookup
    assert _the_only_batch(org)["itemCount"] == 7


@both_dialects
def test_reverse_lookup_reads_and_writes_json_lines(enrichso, org: Org, tmp_path: Path):
    out = tmp_path / "contacts.out.jsonl"
    run = enrichso("reverse-lookup", "batch", str(EXAMPLES / "contacts.jsonl"), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_jsonl(out.read_text())
    assert [r["id"] for r in rows] == [101, 102, 103, 104, 105, 106, 107, 108]  # blank line skipped
    assert rows[4]["tags"] == ["trial", "eu"]  # JSON values survive as JSON
    for row in rows:  # a known answer, or (results that do not name their email) a stated unknown
        if row["enrich_error"] is None:
            assert isinstance(row["enrich_found"], bool)
        else:
            assert row["enrich_found"] is None and "without a known result" in run.stderr
    assert {k: v for k, v in rows[2].items() if k.startswith("enrich_")} == {
        k: v for k, v in rows[5].items() if k.startswith("enrich_")
    }
    assert _the_only_batch(org)["itemCount"] == 7


def test_ip_to_company_reads_and_writes_tsv(enrichso, org: Org, tmp_path: Path):
    out = tmp_path / "visitors.out.tsv"
    run = enrichso("ip-to-company", "batch", str(EXAMPLES / "visitors.tsv"), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_csv(out, delimiter="\t")
    assert [r["page"] for r in rows] == [r["page"] for r in read_csv(EXAMPLES / "visitors.tsv", "\t")]
    assert rows[0]["enrich_domain"] == rows[5]["enrich_domain"]  # 8.8.8.8 twice
    assert all(r["enrich_found"] in {"true", "false"} for r in rows)
    assert _the_only_batch(org)["itemCount"] == 7
