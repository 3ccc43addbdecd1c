"""A user's code that mypy --strict must reject, line by line: each line marked `# error: CODE`
must have that error, and no other line any."""

from __future__ import annotations

from enrichso import APIResponse, AsyncEnrich, Enrich


def sync_calls(client: Enrich) -> None:
    client.wallets.balance(extra_header={"X-Trace": "1"})  # error: call-arg
    client.wallets.balance(timeout="5")  # error: arg-type
    client.email_validation.validate("a@example.com", extra_query=["a"])  # error: arg-type
    job = client.email_validation.batch("b1")
    job.wait(timeout=httpx_timeout())  # error: arg-type
    client.email_validation.validate_many(["a@example.com"], timeout=httpx_timeout())  # error: arg-type
    client.wallets.transactions().first_page(extra_headers={"X-Trace": 1})  # error: dict-item
    wrong: APIResponse[str] = client.with_raw_response.wallets.balance()  # error: assignment
    client.with_raw_response.email_validation.batch("b1")  # error: attr-defined
    client.with_raw_response.wallets.balance(extra_header={})  # error: call-arg
    print(wrong, job.with_raw_response.refresh().parse().nothing)  # error: attr-defined


async def async_calls(client: AsyncEnrich) -> None:
    await client.wallets.balance(timeot=5)  # error: call-arg
    raw: APIResponse[int] = await client.with_raw_response.wallets.balance()  # error: assignment
    print(raw)


def httpx_timeout() -> object:
    return object()
