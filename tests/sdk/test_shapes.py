"""Both documented shapes of an answer (the endpoint pages' and the API Reference overview's, both
kept as examples in the spec) read into the same typed view: single calls, job results and
*_many rows alike; found follows the API; no public attribute is ever the Unset placeholder."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml
from enrichso import PipelineResult
from enrichso.pipeline.needs import EMAIL_FINDER, EMAIL_VALIDATION, PHONE_FINDER, REVERSE_LOOKUP
from enrichso.views import Phone
from enrichso_api.types import Unset

from .conftest import make_async_client, make_client

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "enrich.yaml").read_text())


def example(path: str, method: str, name: str) -> dict[str, Any]:
    media = SPEC["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return media["examples"][name]["value"]


def serving(body: dict[str, Any]) -> Any:
    return lambda request: httpx.Response(200, json=body)


SHAPES = ["default", "reference-overview"]


def assert_no_unset(value: Any, where: str = "answer", seen: set[int] | None = None) -> None:
    """Walk every public attribute (dataclass fields, properties, list items) of a view."""
    seen = set() if seen is None else seen
    assert not isinstance(value, Unset), where
    if id(value) in seen or isinstance(value, str | int | float | bool | bytes | type(None)):
        return
    seen.add(id(value))
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            assert_no_unset(item, f"{where}[{i}]", seen)
        return
    if isinstance(value, dict):
        return  # raw JSON: exactly what the API sent
    names = [f.name for f in dataclasses.fields(value)] if dataclasses.is_dataclass(value) else []
    names += [f.name for f in attrs.fields(type(value))] if attrs.has(type(value)) else []
    names += [n for n, a in vars(type(value)).items() if isinstance(a, property) and not n.startswith("_")]
    for name in names:
        if name == "model":
            continue  # the generated envelope, kept as it is
        assert_no_unset(getattr(value, name), f"{where}.{name}", seen)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_validation_verdict_reads_the_same_from_result_or_status(shape: str) -> None:
    client, _ = make_client(serving(example("/email-validation", "post", shape)))
    answer = client.email_validation.validate("jane@example.com")
    assert answer.data.result == "valid"
    assert answer.data.is_catch_all is False
    assert answer.meta.credits_used is not None
    assert answer.to_dict() == example("/email-validation", "post", shape)
    assert_no_unset(answer)


def test_the_overview_validation_members_are_typed_too() -> None:
    client, _ = make_client(serving(example("/email-validation", "post", "reference-overview")))
    data = client.email_validation.validate("jane@example.com").data
    assert (data.sub_status, data.free_email, data.disposable, data.confidence) == ("", False, False, None)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_found_email_is_found_with_or_without_the_found_member(shape: str) -> None:
    client, _ = make_client(serving(example("/email-finder", "post", shape)))
    answer = client.email_finder.find("Jane", "Doe", "example.com")
    assert answer.data.found is True
    assert answer.data.email and answer.data.confidence == "high"
    assert_no_unset(answer)


def test_not_found_means_no_email() -> None:
    body = {"success": True, "data": {"firstName": "A", "lastName": "B", "domain": "x.io", "found": False}}
    client, _ = make_client(serving(body))
    data = client.email_finder.find("A", "B", "x.io").data
    assert (data.found, data.email, data.message) == (False, None, None)


def test_phones_are_number_and_type_pairs_in_either_shape() -> None:
    client, _ = make_client(serving(example("/reverse-lookup/phones", "get", "default")))
    pages = client.phone_finder.find(email="sarah.chen@stripe.com").data
    assert pages.phones == [Phone("+14158009370", None), Phone("+14158009371", None)]
    assert pages.found is True
    client, _ = make_client(serving(example("/reverse-lookup/phones", "get", "reference-overview")))
    overview = client.phone_finder.find(email="jane@example.com").data
    assert overview.phones == [Phone("+14155551234", "mobile")]
    assert (overview.found, overview.phones[0].number, overview.phones[0].type) == (
        True,
        "+14155551234",
        "mobile",
    )
    assert_no_unset(overview)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_profile_reads_the_same_from_either_shape(shape: str) -> None:
    body = example("/reverse-lookup/lookup", "post", shape)
    client, _ = make_client(serving(body))
    data = client.reverse_lookup.lookup("jane@example.com").data
    assert data.found is True
    assert data.display_name and data.company_name and data.profile_url
    assert data.to_dict() == body["data"]
    assert_no_unset(data)


def test_no_profile_is_not_found() -> None:
    client, _ = make_client(serving({"success": True, "data": {"found": False, "email": "x@y.io"}}))
    assert client.reverse_lookup.lookup("x@y.io").data.found is False


@pytest.mark.parametrize("shape", SHAPES)
def test_a_balance_without_an_organization_id(shape: str) -> None:
    client, _ = make_client(serving(example("/wallets/balance", "get", shape)))
    answer = client.wallets.balance()
    assert answer.data.balance in (25000, 10000)
    assert answer.data.organization_id == (
        None if shape == "reference-overview" else "665e0b2f4a6d8c001abc1234"
    )
    assert_no_unset(answer)


async def test_the_async_client_gives_the_same_views() -> None:
    client, _ = make_async_client(serving(example("/email-validation", "post", "reference-overview")))
    answer = await client.email_validation.validate("jane@example.com")
    assert (answer.data.result, answer.data.is_catch_all) == ("valid", False)


# --- batches: job.results() and *_many rows ---------------------------------------------------


HEX_ID = "665c52bf7b8e3f00149f0a10"  # a batch id every product takes (phone job ids are 24 hex)


def batch_server(results: list[dict[str, Any]]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(
                200, json={"success": True, "data": {"batchId": HEX_ID, "status": "queued", "itemCount": 2}}
            )
        data: dict[str, Any] = {"batchId": HEX_ID, "status": "completed", "totalItems": len(results)}
        if request.url.path.endswith("/results"):
            data["results"] = results
        return httpx.Response(200, json={"success": True, "data": data})

    return handler


OVERVIEW_VALIDATION_ITEMS = example("/email-validation/batch/{batchId}/results", "get", "reference-overview")[
    "data"
]["results"]


def test_overview_batch_results_give_verdicts_in_job_results() -> None:
    client, _ = make_client(batch_server(OVERVIEW_VALIDATION_ITEMS))
    results = list(client.email_validation.batch("b1").results())
    assert [(r.email, r.result) for r in results] == [
        ("a@example.com", "valid"),
        ("b@example.com", "invalid"),
    ]
    assert_no_unset(results)


def test_overview_batch_results_give_verdicts_in_validate_many_rows() -> None:
    client, _ = make_client(batch_server(OVERVIEW_VALIDATION_ITEMS))
    rows = list(client.email_validation.validate_many(["a@example.com", "b@example.com"], poll_interval=0))
    assert [row.result.result if row.result else None for row in rows] == ["valid", "invalid"]
    assert_no_unset(rows)


FINDER_ITEMS = [
    {
        "firstName": "Emily",
        "lastName": "Zhang",
        "domain": "figma.com",
        "found": True,
        "email": "emily@figma.com",
    },
    {
        "firstName": "Aisha",
        "lastName": "Johnson",
        "domain": "cloudflare.com",
        "found": False,
        "message": "none",
    },
    {"firstName": "Jane", "lastName": "Doe", "domain": "example.com", "email": "jane.doe@example.com"},
]


def test_find_many_rows_follow_the_api_found_and_never_return_unset() -> None:
    """Issue 14 item 13: a not-found row said found=True and its .email was the Unset placeholder."""
    client, _ = make_client(batch_server(FINDER_ITEMS))
    leads = [
        ("Emily", "Zhang", "figma.com"),
        ("Aisha", "Johnson", "cloudflare.com"),
        ("Jane", "Doe", "example.com"),
    ]
    rows = list(client.email_finder.find_many(leads, poll_interval=0))
    assert [row.found for row in rows] == [True, False, True]
    assert [row.result.email if row.result else "-" for row in rows] == [
        "emily@figma.com",
        None,
        "jane.doe@example.com",
    ]
    assert_no_unset(rows)


def test_phone_and_profile_job_results_are_views() -> None:
    client, _ = make_client(
        batch_server([{"email": "a@x.io", "phones": [{"number": "+1", "type": "mobile"}]}])
    )
    (item,) = list(client.phone_finder.batch("665c52bf7b8e3f00149f0a10").results())
    assert (item.found, item.phones, item.email) == (True, [Phone("+1", "mobile")], "a@x.io")
    client, _ = make_client(
        batch_server([{"email": "a@x.io", "linkedinUrl": "https://x/in/a", "company": "X"}])
    )
    (profile,) = list(client.reverse_lookup.batch("b1").results())
    assert (profile.found, profile.profile_url, profile.company_name) == (True, "https://x/in/a", "X")
    assert_no_unset([item, profile])


def test_phone_and_profile_rows_never_return_unset() -> None:
    client, _ = make_client(batch_server([{"email": "a@x.io", "phones": []}]))
    (phones,) = list(client.phone_finder.find_many(["a@x.io"], poll_interval=0))
    assert (phones.found, phones.result.phones if phones.result else "-") == (False, [])
    client, _ = make_client(batch_server([{"email": "a@x.io", "found": False}]))
    (profile,) = list(client.reverse_lookup.lookup_many(["a@x.io"], poll_interval=0))
    assert profile.found is False
    assert_no_unset([phones, profile])


def test_pipeline_result_found_without_a_result() -> None:
    assert PipelineResult(0, "x", None).found is False


# --- the command line's result columns ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "pages", "overview"),
    [
        (
            EMAIL_VALIDATION,
            {"email": "a@x.io", "result": "valid", "isCatchAll": True, "message": "ok", "confidence": "high"},
            {"email": "a@x.io", "status": "valid", "catchAll": True, "subStatus": ""},
        ),
        (
            EMAIL_FINDER,
            {"firstName": "J", "lastName": "D", "domain": "x.io", "found": True, "email": "j@x.io"},
            {"firstName": "J", "lastName": "D", "domain": "x.io", "email": "j@x.io", "confidence": "high"},
        ),
        (PHONE_FINDER, {"phones": ["+1"]}, {"found": True, "phones": [{"number": "+1", "type": "mobile"}]}),
        (
            REVERSE_LOOKUP,
            {"displayName": "J D", "companyName": "X", "profileUrl": "https://x/in/jd"},
            {
                "found": True,
                "firstName": "J",
                "lastName": "D",
                "company": "X",
                "linkedinUrl": "https://x/in/jd",
            },
        ),
    ],
    ids=["validation", "finder", "phones", "profile"],
)
def test_cli_result_columns_are_filled_from_either_shape(kind: Any, pages: dict, overview: dict) -> None:
    a, b = kind.row_cells(pages, None), kind.row_cells(overview, None)
    shared = [c for c in kind.output_columns if a[c] is not None and b[c] is not None]
    assert {c: a[c] for c in shared} == {c: b[c] for c in shared}
    assert len(shared) >= 2, (a, b)
    assert kind.charged(pages) == kind.charged(overview)


def test_ip_rows_are_found_only_with_a_domain_and_never_return_unset() -> None:
    items = [
        {"searchIp": "8.8.8.8", "ipDomain": "google.com", "ipCity": "Mountain View"},
        {"searchIp": "9.9.9.9", "ipDomain": None},
    ]
    client, _ = make_client(batch_server(items))
    rows = list(client.ip_to_company.lookup_many(["8.8.8.8", "9.9.9.9"], poll_interval=0))
    assert [row.found for row in rows] == [True, False]
    assert [row.result.ip_domain if row.result else "-" for row in rows] == ["google.com", None]
    assert_no_unset(rows)
    client, _ = make_client(serving({"success": True, "data": {"searchIp": "8.8.8.8"}}))
    answer = client.ip_to_company.lookup("8.8.8.8")
    assert (answer.data.found, answer.data.ip_domain, answer.meta.credits_used) == (False, None, None)
    assert_no_unset(answer)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_batch_status_in_either_example_has_no_unset(shape: str) -> None:
    client, _ = make_client(serving(example("/email-validation/batch/{batchId}", "get", shape)))
    status = client.email_validation.batch("b1").refresh()
    assert status.state == "processing" and status.progress is not None
    assert_no_unset(status)
