"""Lazy paged lists: every page is fetched only as iteration needs it, page access (.pages(),
.first_page(), .total()), each list's limits, and billed pages that are never prefetched."""

from __future__ import annotations

import json
from typing import Any

import httpx

from .conftest import make_async_client, make_client, ok

ORG = "665a1f4e2c3b7800129dce99"


def transactions(total: int):
    def handler(request: httpx.Request) -> httpx.Response:
        page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        items = [
            {
                "id": f"t{i}",
                "organizationId": ORG,
                "type": "deduction",
                "amount": -1,
                "balanceAfter": 10,
                "description": "x",
                "createdAt": "2026-01-01T00:00:00Z",
            }
            for i in range((page - 1) * limit, min(page * limit, total))
        ]
        pages = -(-total // limit)
        return ok(
            {
                "transactions": items,
                "pagination": {"page": page, "limit": limit, "total": total, "totalPages": pages},
            }
        )

    return handler


def test_transactions_iterate_every_page_lazily() -> None:
    client, seen = make_client(transactions(250))
    pager = client.wallets.transactions(type="deduction")
    assert seen.requests == []  # nothing before iteration
    ids = [t.id for t in pager]
    assert ids == [f"t{i}" for i in range(250)]
    assert [r.url.params["page"] for r in seen.requests] == ["1", "2", "3"]
    assert all(r.url.params["limit"] == "100" and r.url.params["type"] == "deduction" for r in seen.requests)


def test_page_access_first_page_total_and_pages() -> None:
    client, seen = make_client(transactions(120))
    pager = client.wallets.transactions(page_size=50)
    assert pager.total() == 120 and len(seen.requests) == 1
    first = pager.first_page()
    assert (first.number, len(first.items), first.total_pages, first.has_more) == (1, 50, 3, True)
    assert [len(p.items) for p in pager.pages()] == [50, 50, 20]
    assert len(seen.requests) == 3  # the cached first page was reused


def test_breaking_early_stops_fetching() -> None:
    client, seen = make_client(transactions(1000))
    for index, _ in enumerate(client.wallets.transactions()):
        if index == 5:
            break
    assert len(seen.requests) <= 2  # the first page, perhaps the prefetched second


def search_handler(total_pages: int):
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        page, size = body["page"], body["pageSize"]
        results = [{"id": f"enc_{page}_{i}"} for i in range(size)]
        return ok(
            {
                "results": results,
                "pagination": {
                    "page": page,
                    "pageSize": size,
                    "totalResults": total_pages * size,
                    "totalPages": total_pages,
                    "hasMore": page < total_pages,
                },
            },
            {"requestId": "r"},
        )

    return handler


def test_lead_search_stops_at_forty_pages_and_uses_the_body_for_paging() -> None:
    client, seen = make_client(search_handler(500))
    leads = list(client.lead_finder.search({"job_title": ["CTO"]}, page_size=10))
    assert len(leads) == 400 and len(seen.requests) == 40
    first = json.loads(seen.requests[0].content)
    assert first == {"filters": {"jobTitle": ["CTO"]}, "page": 1, "pageSize": 10}


def test_lead_search_honours_the_offset_cap_and_max_pages() -> None:
    from enrichso.resources.lead_finder import search_spec

    spec = search_spec({"jobTitle": "CTO"}, None, 25, 40)
    assert spec.call(4).unsafe and not spec.call(3).unsafe  # pages past the free three are billed
    # and so are results past the first 75: at 100 a page, page 1 already is
    assert search_spec({"jobTitle": "CTO"}, None, 100, 40).call(1).unsafe
    client, seen = make_client(search_handler(100))
    list(client.lead_finder.search({"jobTitle": "CTO"}, page_size=100, max_pages=3))
    assert len(seen.requests) == 3


def test_billed_pages_are_not_prefetched() -> None:
    client, seen = make_client(search_handler(10))
    pages = client.lead_finder.search({"jobTitle": "CTO"}, page_size=5).pages()
    for _ in range(4):
        next(pages)
    # pages 1-3 are free and may be prefetched; page 4 is requested only when asked for, page 5 never
    assert [json.loads(r.content)["page"] for r in seen.requests] == [1, 2, 3, 4]


def test_unknown_filter_names_are_refused() -> None:
    client, _ = make_client(search_handler(1))
    try:
        client.lead_finder.search({"jobTitel": "CTO"})
    except ValueError as err:
        assert "jobTitel" in str(err)
    else:
        raise AssertionError("a misspelt filter must not be dropped silently")


def test_team_lists_default_to_the_organization_of_the_key() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/wallets/balance"):
            return ok(
                {"organizationId": ORG, "balance": 1, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}
            )
        return ok(
            [
                {
                    "id": "m1",
                    "userId": "u1",
                    "email": "a@x.io",
                    "name": None,
                    "role": "owner",
                    "createdAt": "2026-01-01T00:00:00Z",
                }
            ]
        )

    client, seen = make_client(handler)
    assert [m.email for m in client.teams.members()] == ["a@x.io"]
    assert [m.role for m in client.teams.members()] == ["owner"]
    paths = [r.url.path for r in seen.requests]
    assert paths == [
        "/api/v3/wallets/balance",
        f"/api/v3/teams/{ORG}/members",
        f"/api/v3/teams/{ORG}/members",
    ]


def test_employees_pages_and_max_pages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body: dict[str, Any] = json.loads(request.content)
        page = body["page"]
        return ok(
            {
                "company_linkedin_url": body["company_linkedin_url"],
                "max_results": body["max_results"],
                "results_length": 2,
                "page": page,
                "total_pages": 5,
                "total_results": 10,
                "results": [{"full_name": f"p{page}a"}, {"full_name": f"p{page}b"}],
            }
        )

    client, seen = make_client(handler)
    names = [
        e.full_name
        for e in client.people_search.employees(
            "https://www.linkedin.com/company/x", page_size=2, max_pages=2
        )
    ]
    assert names == ["p1a", "p1b", "p2a", "p2b"] and len(seen.requests) == 2


async def test_async_pager() -> None:
    client, seen = make_async_client(transactions(150))
    pager = client.wallets.transactions()
    assert await pager.total() == 150
    ids = [t.id async for t in pager]
    assert len(ids) == 150
    assert [len(p.items) async for p in client.wallets.transactions(page_size=100).pages()] == [100, 50]
