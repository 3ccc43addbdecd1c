"""Lead finder, people search and company followers from the command line, against the simulator."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Org
from .files import read_csv, read_jsonl

STRIPE = "https://www.linkedin.com/company/stripe"


def test_lead_finder_count_search_reveal_and_export(enrichso, org: Org, tmp_path: Path):
    count = json.loads(enrichso("--json", "lead-finder", "count", "-f", "jobTitle=CTO").stdout)
    assert count["data"]["count"] > 0
    leads = read_jsonl(enrichso("--json", "lead-finder", "search", "-f", "jobTitle=CTO", "-n", "2").stdout)
    assert len(leads) == 2 and all(lead["jobTitle"] == "CTO" for lead in leads)
    revealed = enrichso(
        "--json", "lead-finder", "reveal", *(lead["id"] for lead in leads), "--field", "email"
    )
    assert revealed.code == 0, revealed.stderr
    assert sorted(c["id"] for c in read_jsonl(revealed.stdout)) == sorted(lead["id"] for lead in leads)
    out = tmp_path / "leads.csv"
    exported = enrichso("lead-finder", "export", "-f", "jobTitle=CTO", "--max-results", "5", "-o", str(out))
    assert exported.code == 0, exported.stderr
    assert len(read_csv(out)) == 5 and f"saved {out}" in exported.stderr


def test_lead_finder_refuses_bad_filters_before_any_request(enrichso, org: Org):
    no_filter = enrichso("lead-finder", "count")
    assert no_filter.code == 2 and "at least one filter" in no_filter.stderr
    malformed = enrichso("lead-finder", "search", "-f", "jobTitle")
    assert malformed.code == 2 and "NAME=VALUE" in malformed.stderr
    bad_json = enrichso("lead-finder", "search", "--filters", "{not json")
    assert bad_json.code == 2 and "not valid JSON" in bad_json.stderr
    org.assert_untouched()


def test_people_search(enrichso, org: Org):
    icp = json.loads(enrichso("--json", "people-search", "icp", STRIPE, "--max-results", "2").stdout)
    assert len(icp["data"]["results"]) <= 2
    employees = read_jsonl(enrichso("--json", "people-search", "employees", STRIPE, "-n", "3").stdout)
    assert len(employees) == 3 and all("full_name" in e for e in employees)


def test_company_followers_estimate_scrape_results_and_export(enrichso, org: Org, tmp_path: Path):
    assert json.loads(enrichso("--json", "company-followers", "limit").stdout)["data"]["status"] == "approved"
    estimate = json.loads(enrichso("--json", "company-followers", "estimate", STRIPE).stdout)
    assert estimate["estimate"]["totalCount"] > 0
    job_id = enrichso("company-followers", "scrape", STRIPE, "--max", "10", "--no-wait").stdout.strip()
    progress = json.loads(enrichso("--json", "company-followers", "progress", job_id).stdout)
    assert progress["id"] == job_id
    results = tmp_path / "followers.jsonl"
    assert enrichso("company-followers", "results", job_id, "-o", str(results)).code == 0
    profiles = read_jsonl(results.read_text())
    assert 0 < len(profiles) <= 10 and all(p["profileUrl"] for p in profiles)
    export = tmp_path / "followers.csv"
    assert enrichso("company-followers", "export", job_id, "-o", str(export)).code == 0
    assert len(read_csv(export)) == len(profiles)
