"""A user's code that mypy --strict must accept: the per-request options on resource methods,
job handles and pagers (sync and async), and with_raw_response typed from the methods."""

from __future__ import annotations

import io
from typing import Any

import httpx
from enrichso import APIResponse, AsyncEnrich, Enrich, JobStatus, Page, RequestOptions


def sync_calls(client: Enrich) -> None:
    client.wallets.balance(timeout=5)
    client.wallets.balance(
        extra_headers={"X-Trace": "1"}, extra_query={"debug": 1}, timeout=httpx.Timeout(3.0)
    )
    options: RequestOptions = {"extra_headers": {"X-Trace": "1"}}
    client.email_validation.validate("a@example.com", **options)
    job = client.email_validation.submit_batch(["a@example.com"], extra_headers={"X-Trace": "1"}, timeout=10)
    job.refresh(timeout=2.5)
    job.wait(timeout=600, poll_interval=5, extra_query={"trace": "1"})  # wait's timeout: its deadline
    for page in job.results(extra_headers={"X-Trace": "1"}).pages(timeout=30):
        print(page.number)
    pager = client.wallets.transactions("deduction", timeout=5)
    first: Page[Any, Any] = pager.first_page(extra_query={"trace": "1"})
    print(first.items, pager.total(timeout=1))
    rows = client.email_validation.validate_many(
        ["a@example.com"], timeout=3600, extra_headers={"X-Trace": "1"}
    )
    print(list(rows))
    client.lead_finder.export({}, max_results=10, timeout=5)
    scrape = client.company_followers.start_scrape(
        "https://www.linkedin.com/company/x", 10, extra_query={"a": 1}
    )
    scrape.export_csv(io.BytesIO(), timeout=60)

    raw = client.with_raw_response.wallets.balance(timeout=5)
    balance: float | None = raw.parse().data.balance
    print(raw.status_code, raw.headers["content-type"], balance)
    status: APIResponse[JobStatus] = job.with_raw_response.refresh(extra_headers={"X-Trace": "1"})
    transactions: APIResponse[Page[Any, Any]] = client.with_raw_response.wallets.transactions(timeout=5)
    print(status.parse().state, transactions.parse().items)
    print(scrape.with_raw_response.export_csv(io.BytesIO()).parse().bytes_written)


async def async_calls(client: AsyncEnrich) -> None:
    await client.wallets.balance(timeout=5, extra_headers={"X-Trace": "1"})
    job = await client.email_finder.submit_batch(
        [{"first_name": "A", "last_name": "B", "domain": "x.io"}], timeout=9
    )
    await job.wait(timeout=600, extra_headers={"X-Trace": "1"})
    async for item in job.results(extra_query={"trace": "1"}):
        print(item)
    first = await client.wallets.transactions(timeout=5).first_page(extra_headers={"X-Trace": "1"})
    print(first.number)

    raw = await client.with_raw_response.wallets.balance(extra_query={"trace": "1"})
    balance: float | None = raw.parse().data.balance
    status: APIResponse[JobStatus] = await job.with_raw_response.refresh(timeout=2)
    page = await client.with_raw_response.teams.members(timeout=5)
    print(balance, status.status_code, page.parse().items)
