"""Every operation of the spec is reachable through a public method, sync and async, and so is
every documented request member (query parameters and request-body members).

A MockTransport answers each request with the spec's own 200 example of the operation it matches
and records which operation that was; exercising the public surface must hit every operationId
(plus the `x-enrichso-also` names: the continue variant of the follower scrape). Parsing the spec's
examples through the public methods also checks that each method picks the right model.
"""

from __future__ import annotations

import io
import itertools
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
import yaml
from enrichso import AsyncEnrich, Enrich

from .conftest import make_async_client, make_client

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "enrich.yaml").read_text())
ID = "665a1f4e2c3b7800129dce01"


def _operations() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    ops = []
    for path, item in SPEC["paths"].items():
        pattern = re.compile("^/api/v3" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                ops.append((method.upper(), pattern, op))
    # literal paths before templated ones (/company-follower/limit vs /company-follower/{batchId}/...)
    ops.sort(key=lambda o: o[1].pattern.count("[^/]+"))
    return ops


OPERATIONS = _operations()
EXPECTED = {op["operationId"] for _, _, op in OPERATIONS} | {
    also for _, _, op in OPERATIONS for also in op.get("x-enrichso-also", [])
}


def _example(op: dict[str, Any]) -> tuple[bytes, str]:
    content = op["responses"]["200"]["content"]
    media, body = next(iter(content.items()))
    examples = body.get("examples") or {}
    value = next(iter(examples.values()))["value"] if examples else body.get("example")
    if value is None and media.startswith("text/"):
        value = "name,profileUrl\nJane,https://www.linkedin.com/in/jane\n"  # CSV downloads have no example
    if value is None:
        raise AssertionError(f"{op['operationId']}: no 200 example in the spec")
    if isinstance(value, str):
        return value.encode(), media
    return httpx.Response(200, json=value).content, media


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _body_members(schema: dict[str, Any]) -> set[str]:
    schema = _resolve(schema)
    names = set(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            names |= _body_members(part)
    return names


def documented_members() -> dict[str, set[str]]:
    """operationId -> its documented request members: 'query NAME' and 'body NAME'."""
    members: dict[str, set[str]] = {}
    for _, _, op in OPERATIONS:
        names = {f"query {p['name']}" for p in map(_resolve, op.get("parameters", [])) if p["in"] == "query"}
        for media in op.get("requestBody", {}).get("content", {}).values():
            names |= {f"body {name}" for name in _body_members(media["schema"])}
        members[op["operationId"]] = names
    return members


class Answerer:
    def __init__(self) -> None:
        self.hit: set[str] = set()
        self.members: dict[str, set[str]] = defaultdict(set)  # what the requests of each operation set

    def __call__(self, request: httpx.Request) -> httpx.Response:
        for method, pattern, op in OPERATIONS:
            if method == request.method and pattern.match(request.url.path):
                name = op["operationId"]
                self._record_members(name, request)
                if name == "startCompanyFollowerScrape" and "batchId" in request.url.params:
                    name = op["x-enrichso-also"][0]
                self.hit.add(name)
                content, media = _example(op)
                return httpx.Response(200, content=content, headers={"content-type": media})
        return httpx.Response(404, json={"title": "no such operation"})

    def _record_members(self, operation: str, request: httpx.Request) -> None:
        self.members[operation] |= {f"query {name}" for name in request.url.params}
        body = json.loads(request.content) if request.content else None
        if isinstance(body, dict):
            self.members[operation] |= {f"body {name}" for name in body}


FILTERS = {"jobTitle": ["CTO"]}


def exercise(client: Enrich) -> None:
    for resource, submit_args in (
        (client.email_validation, (["sarah.chen@stripe.com"],)),
        (client.email_finder, ([("Sarah", "Chen", "stripe.com")],)),
        (client.reverse_lookup, (["sarah.chen@stripe.com"],)),
        (client.ip_to_company, (["8.8.8.8"],)),
    ):
        job = resource.submit_batch(*submit_args)
        resource.batch(job.id).refresh()
        list(itertools.islice(resource.batch(job.id).results(), 3))
    client.email_validation.validate("sarah.chen@stripe.com")
    client.email_finder.find("Sarah", "Chen", "stripe.com")
    client.reverse_lookup.lookup("sarah.chen@stripe.com")
    client.ip_to_company.lookup("8.8.8.8")
    client.phone_finder.find(email="sarah.chen@stripe.com")
    phones = client.phone_finder.submit_batch(emails=["sarah.chen@stripe.com"])
    phones.refresh()
    list(itertools.islice(phones.results(), 3))

    cf = client.company_followers
    estimate = cf.estimate_count("https://www.linkedin.com/company/stripe")
    cf.count_estimate(estimate.id).refresh()
    scrape = cf.start_scrape("https://www.linkedin.com/company/stripe", 100)
    cf.scrape(scrape.id).progress()
    list(itertools.islice(scrape.results(), 3))
    scrape.export_csv(io.BytesIO())
    cf.continue_scrape(scrape.id)
    cf.limit()

    lf = client.lead_finder
    lf.search(FILTERS).first_page()
    lf.count(FILTERS)
    lf.reveal(["enc_abc123def456"]).refresh()
    lf.enrich(["enc_abc123def456"], ["email"])
    lf.unlock_names(["enc_abc123def456"])
    lf.saved_searches()
    lf.save_search("CTOs", FILTERS)
    lf.delete_saved_search(ID)
    lf.filter_options()
    lf.suggest("stri")
    lf.reveal_job("rj_a1b2c3d4e5f6g7h8").refresh()
    lf.reveal_jobs().first_page()
    export = lf.export(FILTERS, include_email=True)
    lf.export_job(export.id).refresh()
    lf.export_jobs().first_page()
    lf.export_job("ej_0123456789abcdef").download(io.BytesIO())

    client.people_search.icp_search("https://www.linkedin.com/company/stripe")
    client.people_search.employees("https://www.linkedin.com/company/stripe").first_page()
    client.wallets.balance()
    client.wallets.transactions().first_page()
    list(client.teams.members())
    list(client.teams.invitations(team_id=ID))
    client.teams.invite("new.person@example.com", "member")
    client.teams.cancel_invitation(ID)


async def exercise_async(client: AsyncEnrich) -> None:
    async def first(stream: Any) -> None:
        async for _ in stream:
            break

    for resource, submit_args in (
        (client.email_validation, (["sarah.chen@stripe.com"],)),
        (client.email_finder, ([("Sarah", "Chen", "stripe.com")],)),
        (client.reverse_lookup, (["sarah.chen@stripe.com"],)),
        (client.ip_to_company, (["8.8.8.8"],)),
    ):
        job = await resource.submit_batch(*submit_args)
        await resource.batch(job.id).refresh()
        await first(resource.batch(job.id).results())
    await client.email_validation.validate("sarah.chen@stripe.com")
    await client.email_finder.find("Sarah", "Chen", "stripe.com")
    await client.reverse_lookup.lookup("sarah.chen@stripe.com")
    await client.ip_to_company.lookup("8.8.8.8")
    await client.phone_finder.find(linkedin="https://www.linkedin.com/in/sarahchen")
    phones = await client.phone_finder.submit_batch(emails=["sarah.chen@stripe.com"])
    await phones.refresh()
    await first(phones.results())

    cf = client.company_followers
    estimate = await cf.estimate_count("https://www.linkedin.com/company/stripe")
    await cf.count_estimate(estimate.id).refresh()
    scrape = await cf.start_scrape("https://www.linkedin.com/company/stripe", 100)
    await cf.scrape(scrape.id).progress()
    await first(scrape.results())
    await scrape.export_csv(io.BytesIO())
    await scrape.continue_scrape()
    await cf.limit()

    lf = client.lead_finder
    await lf.search(FILTERS).first_page()
    await lf.count(FILTERS)
    await (await lf.reveal(["enc_abc123def456"])).refresh()
    await lf.enrich(["enc_abc123def456"], ["email"])
    await lf.unlock_names(["enc_abc123def456"])
    await lf.saved_searches()
    await lf.save_search("CTOs", FILTERS)
    await lf.delete_saved_search(ID)
    await lf.filter_options()
    await lf.suggest("stri")
    await lf.reveal_job("rj_a1b2c3d4e5f6g7h8").refresh()
    await lf.reveal_jobs().first_page()
    export = await lf.export(FILTERS, include_email=True)
    await lf.export_job(export.id).refresh()
    await lf.export_jobs().first_page()
    await lf.export_job("ej_0123456789abcdef").download(io.BytesIO())

    await client.people_search.icp_search("https://www.linkedin.com/company/stripe")
    await client.people_search.employees("https://www.linkedin.com/company/stripe").first_page()
    await client.wallets.balance()
    await client.wallets.transactions().first_page()
    await first(client.teams.members())
    await first(client.teams.invitations(team_id=ID))
    await client.teams.invite("new.person@example.com", "member")
    await client.teams.cancel_invitation(ID)


HOOK = "https://api.yourapp.com/webhooks/enrich"
COMPANY = "https://www.linkedin.com/company/stripe"
FOLLOWER_FILTERS = {
    "countries": ["Germany"],
    "states": ["Bavaria"],
    "job_titles": ["Account Executive"],
    "departments": ["Engineering"],
    "levels": ["Director"],
}

# Calls that set every optional member at least once (the plain calls of exercise() set the
# required ones). Each takes a client, sync or async; pagers are read one page.
EVERY_MEMBER: list[Any] = [
    lambda c: c.email_validation.submit_batch(["sarah.chen@stripe.com"], webhook_url=HOOK),
    lambda c: c.email_finder.submit_batch([("Sarah", "Chen", "stripe.com")], webhook_url=HOOK),
    lambda c: c.reverse_lookup.submit_batch(["sarah.chen@stripe.com"], webhook_url=HOOK),
    lambda c: c.phone_finder.find(email="sarah.chen@stripe.com", linkedin="https://www.linkedin.com/in/sc"),
    lambda c: c.phone_finder.submit_batch(
        emails=["sarah.chen@stripe.com"], linkedins=["https://www.linkedin.com/in/sc"], webhook_url=HOOK
    ),
    lambda c: c.wallets.transactions(type="deduction"),
    lambda c: c.teams.invite("new.person@example.com", "admin", team_id=ID),
    lambda c: c.company_followers.estimate_count(COMPANY, **FOLLOWER_FILTERS),
    lambda c: c.company_followers.start_scrape(
        COMPANY, 100, name="Stripe followers", webhook_url=HOOK, skip_cache=True, **FOLLOWER_FILTERS
    ),
    lambda c: c.people_search.icp_search(
        COMPANY, cascade=[{"include_title": ["CTO"]}], max_results=10, min_score=0.5
    ),
    lambda c: c.people_search.employees(
        COMPANY,
        country=["Germany"],
        continent=["Europe"],
        sales_region=["EMEA"],
        job_level=["Director"],
        job_function=["Engineering"],
    ),
    lambda c: c.lead_finder.search(FILTERS, exclude_filters={"jobTitle": ["Intern"]}),
    lambda c: c.lead_finder.count(FILTERS, exclude_filters={"jobTitle": ["Intern"]}),
    lambda c: c.lead_finder.export(
        FILTERS,
        exclude_filters={"jobTitle": ["Intern"]},
        name="CTOs",
        max_results=10,
        include_contact_info=False,
        include_email=True,
        include_phone=False,
        include_names=True,
        lead_ids=["enc_abc123def456"],
        page=2,
        page_size=25,
    ),
    lambda c: c.lead_finder.reveal(["enc_abc123def456"], ["email"]),
    lambda c: c.lead_finder.suggest("stri", limit=5),
    lambda c: c.lead_finder.reveal_jobs(status="completed"),
    lambda c: c.lead_finder.export_jobs(status="completed"),
]


def _unmet(answer: Answerer) -> dict[str, list[str]]:
    return {
        op: sorted(names - answer.members[op])
        for op, names in documented_members().items()
        if names - answer.members[op]
    }


def test_every_documented_request_member_is_settable_sync() -> None:
    answer = Answerer()
    client, _ = make_client(answer)
    exercise(client)
    for call in EVERY_MEMBER:
        result = call(client)
        if hasattr(result, "first_page"):
            result.first_page()
    assert _unmet(answer) == {}


async def test_every_documented_request_member_is_settable_async() -> None:
    answer = Answerer()
    client, _ = make_async_client(answer)
    await exercise_async(client)
    for call in EVERY_MEMBER:
        result = call(client)
        if hasattr(result, "first_page"):
            await result.first_page()
        elif hasattr(result, "__await__"):
            await result
    assert _unmet(answer) == {}


def test_spec_is_whole() -> None:
    assert len(EXPECTED) == 52


def test_every_operation_is_reachable_sync() -> None:
    answer = Answerer()
    client, _ = make_client(answer)
    exercise(client)
    assert sorted(EXPECTED - answer.hit) == []


async def test_every_operation_is_reachable_async() -> None:
    answer = Answerer()
    client, _ = make_async_client(answer)
    await exercise_async(client)
    assert sorted(EXPECTED - answer.hit) == []


def test_async_client_mirrors_the_sync_one_name_for_name() -> None:
    sync_client, async_client = Enrich(api_key="sk_x"), AsyncEnrich(api_key="sk_x")
    resources = [n for n in dir(Enrich) if not n.startswith("_") and hasattr(getattr(sync_client, n), "_t")]
    assert len(resources) == 10
    for name in resources:
        sync_names = {n for n in dir(getattr(sync_client, name)) if not n.startswith("_")}
        async_names = {n for n in dir(getattr(async_client, name)) if not n.startswith("_")}
        assert sync_names == async_names, (name, sync_names ^ async_names)
    assert {n for n in dir(Enrich) if not n.startswith("_")} <= {
        n for n in dir(AsyncEnrich) if not n.startswith("_")
    }
