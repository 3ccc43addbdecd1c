"""The overview dialect: the API Reference overview's shapes for the six operations where Enrich's
documents differ, stating the same facts (verdicts, credits) as the pages dialect of the same seed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
import pytest
from enrichso_mock import create_app
from enrichso_mock.dialects import reshaped_operations
from enrichso_mock.spec import Spec

from .conftest import Sim, make_sim


@dataclass
class Dialects:
    """Two simulators of one seed, one per dialect, called by the same key."""

    pages: Sim
    overview: Sim

    async def post(self, path: str, body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        return await self._both("POST", path, json=body)

    async def get(self, path: str, **params: str) -> tuple[dict[str, Any], dict[str, Any]]:
        return await self._both("GET", path, params=params)

    async def _both(self, method: str, path: str, **options: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        answers = []
        for sim in (self.pages, self.overview):
            response = await sim.api.request(method, path, **options)
            assert response.status_code == 200, response.text
            answers.append(response.json())
        return answers[0], answers[1]


@pytest.fixture
async def dialects() -> AsyncIterator[Dialects]:
    both = Dialects(await make_sim(), await make_sim(dialect="overview"))
    yield both
    for sim in (both.pages, both.overview):
        await sim.api.aclose()
        await sim.root.aclose()


def credits(answer: dict[str, Any]) -> tuple[int, int]:
    return answer["meta"]["creditsUsed"], answer["meta"]["creditsRemaining"]


def like_the_overview_example(operation_id: str, answer: dict[str, Any], *, found: bool = True) -> None:
    """`answer` conforms to the operation's 200 schema and, for a found result, has exactly the
    `data` members (and result item members) of the spec's `reference-overview` example."""
    spec = Spec.load()
    (operation,) = [op for op in spec.operations if op.operation_id == operation_id]
    content = operation.raw["responses"]["200"]["content"]["application/json"]
    schema = {**content["schema"], "components": spec.document["components"]}
    validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
    assert validator.is_valid(answer), list(validator.iter_errors(answer))
    if not found:
        return
    example = content["examples"]["reference-overview"]["value"]["data"]
    assert list(answer["data"]) == list(example)
    if "results" in example:
        assert all(list(item) == list(example["results"][0]) for item in answer["data"]["results"])


def test_six_operations_differ_and_an_unknown_dialect_is_refused() -> None:
    assert reshaped_operations() == {
        "validateEmail",
        "getEmailValidationBatchResults",
        "findEmail",
        "phoneLookup",
        "reverseLookup",
        "getWalletBalance",
    }
    with pytest.raises(ValueError, match="dialect must be one of pages, overview"):
        create_app(dialect="legacy")


async def test_email_validation(dialects: Dialects) -> None:
    addresses = [
        "jane.valid@example.com",
        "jane.invalid@example.com",
        "jane.risky@example.com",
        "not an address@",
        "someone@gmail.com",
        "someone@mailinator.com",
    ]
    sub_statuses = []
    for email in addresses:
        pages, overview = await dialects.post("/email-validation", {"email": email})
        data = overview["data"]
        assert list(data) == ["email", "status", "subStatus", "freeEmail", "disposable", "catchAll"]
        assert (data["email"], data["status"], data["catchAll"]) == (
            pages["data"]["email"],
            pages["data"]["result"],
            pages["data"]["isCatchAll"],
        )
        assert credits(overview) == credits(pages)
        like_the_overview_example("validateEmail", overview)
        sub_statuses.append(data["subStatus"])
        assert data["freeEmail"] is email.endswith("gmail.com")
        assert data["disposable"] is email.endswith("mailinator.com")
    assert sub_statuses[:4] == ["", "mailbox_not_found", "unknown", "failed_syntax_check"]


async def completed_batch_results(sim: Sim, emails: list[str]) -> dict[str, Any]:
    batch_id = (await sim.submit("/email-validation/batch", {"emails": emails}))["data"]["batchId"]
    await sim.advance(60)
    status = (await sim.api.get(f"/email-validation/batch/{batch_id}")).json()
    assert status["data"]["status"] == "completed"
    return (await sim.api.get(f"/email-validation/batch/{batch_id}/results")).json()  # type: ignore[no-any-return]


async def test_email_validation_batch_results(dialects: Dialects) -> None:
    addresses = ["a.valid@example.com", "b.invalid@example.com", "c.risky@example.com"]
    pages = await completed_batch_results(dialects.pages, addresses)
    overview = await completed_batch_results(dialects.overview, addresses)
    like_the_overview_example("getEmailValidationBatchResults", overview)
    data = overview["data"]
    assert data["processedItems"] == pages["data"]["processedCount"] == 3
    assert data["results"] == [{"email": r["email"], "status": r["result"]} for r in pages["data"]["results"]]
    assert [r["status"] for r in data["results"]] == ["valid", "invalid", "risky"]
    assert overview["meta"]["creditsUsed"] == pages["meta"]["creditsUsed"] == 2  # risky is free
    assert overview["meta"]["creditsRefunded"] == pages["meta"]["creditsRefunded"] == 1


async def test_email_finder(dialects: Dialects) -> None:
    pages, overview = await dialects.post(
        "/email-finder", {"firstName": "Emily", "lastName": "Zhang", "domain": "figma.com"}
    )
    assert pages["data"]["found"] is True
    assert overview["data"] == {
        "email": pages["data"]["email"],
        "confidence": pages["data"]["confidence"],
        "firstName": "Emily",
        "lastName": "Zhang",
        "domain": "figma.com",
    }
    assert credits(overview) == credits(pages) and overview["meta"]["creditsUsed"] == 10
    like_the_overview_example("findEmail", overview)
    pages, overview = await dialects.post(
        "/email-finder", {"firstName": "!!", "lastName": "Z", "domain": "figma.com"}
    )
    assert pages["data"]["found"] is False
    assert overview["data"] == {
        "firstName": "!!",
        "lastName": "Z",
        "domain": "figma.com",
    }  # no email: not found
    assert overview["meta"]["creditsUsed"] == pages["meta"]["creditsUsed"] == 0
    like_the_overview_example("findEmail", overview, found=False)


async def test_phone_lookup(dialects: Dialects) -> None:
    found_both = 0
    for email in ("sarah.chen@stripe.com", "james.rodriguez@hubspot.com", "nophone@example.com"):
        pages, overview = await dialects.get("/reverse-lookup/phones", email=email)
        numbers = pages["data"]["phones"]
        assert overview["data"]["found"] is bool(numbers)
        assert [p["number"] for p in overview["data"]["phones"]] == numbers
        assert [p["type"] for p in overview["data"]["phones"]] == ["mobile", "work"][: len(numbers)]
        assert credits(overview) == credits(pages)
        like_the_overview_example("phoneLookup", overview, found=bool(numbers))
        found_both += bool(numbers)
    assert overview["data"] == {"found": False, "phones": []}  # nophone@: never found, free
    assert overview["meta"]["creditsUsed"] == 0 and found_both >= 1


async def test_reverse_lookup(dialects: Dialects) -> None:
    pages, overview = await dialects.post("/reverse-lookup/lookup", {"email": "emily.zhang@figma.com"})
    profile = pages["data"]
    assert overview["data"] == {
        "found": True,
        "email": "emily.zhang@figma.com",
        "linkedinUrl": profile["profileUrl"],
        "firstName": "Emily",
        "lastName": "Zhang",
        "title": profile["positions"]["positionHistory"][0]["title"],
        "company": "Figma",
    }
    assert profile["headline"] == f"{overview['data']['title']} at Figma"
    like_the_overview_example("reverseLookup", overview)
    assert credits(overview) == credits(pages) and overview["meta"]["creditsUsed"] == 10
    pages, overview = await dialects.post("/reverse-lookup/lookup", {"email": "noprofile@figma.com"})
    assert pages["data"] == {}
    assert overview["data"] == {"found": False, "email": "noprofile@figma.com"}
    like_the_overview_example("reverseLookup", overview, found=False)
    assert overview["meta"]["creditsUsed"] == pages["meta"]["creditsUsed"] == 0


async def test_wallet_balance(dialects: Dialects) -> None:
    pages, overview = await dialects.get("/wallets/balance")
    assert overview == {"success": True, "data": {"balance": pages["data"]["balance"]}}
    like_the_overview_example("getWalletBalance", overview)


async def test_the_other_answers_are_the_same_in_both(dialects: Dialects) -> None:
    lead = {"firstName": "Emily", "lastName": "Zhang", "domain": "figma.com"}
    pages, overview = await dialects.post("/email-finder/batch", {"leads": [lead]})
    assert overview["data"].keys() == pages["data"].keys()
    assert overview["meta"]["creditsReserved"] == pages["meta"]["creditsReserved"] == 10
    refused = [
        await sim.api.post("/email-validation", json={}) for sim in (dialects.pages, dialects.overview)
    ]
    assert [r.status_code for r in refused] == [400, 400]
    assert refused[0].json()["detail"] == refused[1].json()["detail"]


async def test_the_flat_batch_status_is_served_in_the_overview_dialect_too() -> None:
    sim = await make_sim(dialect="overview", flat_batch_status=True)
    try:
        batch_id = (await sim.submit("/email-validation/batch", {"emails": ["a@example.com"]}))["data"][
            "batchId"
        ]
        status = (await sim.api.get(f"/email-validation/batch/{batch_id}")).json()
    finally:
        await sim.api.aclose()
        await sim.root.aclose()
    assert (status["batchId"], status["totalEmails"]) == (batch_id, 1)  # un-enveloped, live gateway's
