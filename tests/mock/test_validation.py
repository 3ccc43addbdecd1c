"""Requests are validated against the spec's schemas before anything happens."""

from __future__ import annotations

import re

from .conftest import Sim


def problem(response_json: dict[str, object]) -> str:
    assert response_json["type"] == "https://dev.enrich.so/errors/validation-error"
    assert response_json["title"] == "Validation Error"
    assert response_json["status"] == 400
    assert re.fullmatch(r"/requests/[0-9a-f-]{36}", str(response_json["instance"]))
    return str(response_json["detail"])


async def test_a_body_field_with_the_wrong_format(sim: Sim) -> None:
    response = await sim.api.post("/reverse-lookup/lookup", json={"email": "not-an-email"})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert problem(response.json()) == "body/email Invalid email"


async def test_query_limits_and_coercion(sim: Sim) -> None:
    too_big = await sim.api.get("/wallets/transactions", params={"limit": "101"})
    assert problem(too_big.json()) == "querystring/limit must be <= 100"
    not_a_number = await sim.api.get("/wallets/transactions", params={"page": "two"})
    assert problem(not_a_number.json()) == "querystring/page must be integer"
    coerced = await sim.api.get("/wallets/transactions", params={"page": "1", "limit": "7"})
    assert coerced.json()["data"]["pagination"]["limit"] == 7


async def test_missing_required_property_and_empty_or_foreign_bodies(sim: Sim) -> None:
    assert problem(
        (await sim.api.post("/email-finder", json={"firstName": "A", "lastName": "B"})).json()
    ) == ("body must have required property 'domain'")
    empty = await sim.api.post("/email-validation", content=b"", headers={"content-type": "application/json"})
    assert empty.status_code == 400
    broken = await sim.api.post(
        "/email-validation", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert problem(broken.json()) == "body is not valid JSON"
    form = await sim.api.post("/email-validation", content=b"email=a", headers={"content-type": "text/plain"})
    assert form.status_code == 400


async def test_path_parameters_are_validated_too(sim: Sim) -> None:
    response = await sim.api.get("/reverse-lookup/phones/bulk/" + "Z" * 24)
    assert problem(response.json()) == 'params/jobId must match pattern "^[a-f0-9]{24}$"'


async def test_a_rejected_request_has_no_side_effect(sim: Sim) -> None:
    before = await sim.ledger()
    response = await sim.api.post("/email-validation/batch", json={"emails": []})
    assert problem(response.json()) == "body/emails must NOT have fewer than 1 items"
    after = await sim.ledger()
    assert after["transactions"] == before["transactions"] and after["batches"] == []


async def test_unknown_paths_and_methods(sim: Sim) -> None:
    unknown = await sim.api.get("/no-such-thing")
    assert unknown.status_code == 404
    assert unknown.json()["type"] == "https://dev.enrich.so/errors/not-found"
    wrong_method = await sim.api.delete("/email-validation/batch")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    shared_path = await sim.api.put("/teams/abc/invitations")
    assert shared_path.headers["allow"] == "GET, POST"


async def test_bodies_json_cannot_echo_are_400_never_500(sim: Sim) -> None:
    # A 19+ digit integer takes the exact-integer reading; it must refuse what the strict one does:
    # lone surrogates (which no UTF-8 answer could echo back), NaN and Infinity.
    long_number = b"12345678901234567890123"
    for name in (b'"\\udc00 VPs"', b'"VPs \\ud83d"', b"NaN", b"Infinity"):
        raw = b'{"name": ' + name + b', "filters": {}, "note": ' + long_number + b"}"
        response = await sim.api.post(
            "/lead-finder/saved", content=raw, headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, response.text
        assert problem(response.json()) == "body is not valid JSON"
    paired = b'{"name": "VPs \\ud83d\\ude80", "filters": {}, "note": ' + long_number + b"}"
    saved = await sim.api.post(
        "/lead-finder/saved", content=paired, headers={"content-type": "application/json"}
    )
    assert saved.status_code == 200 and saved.json()["data"]["name"] == "VPs \U0001f680"
    huge_page = await sim.api.post(
        "/lead-finder/search",
        content=b'{"filters": {}, "page": 123456789012345678901234567890}',
        headers={"content-type": "application/json"},
    )
    assert huge_page.status_code == 400  # an exact integer, refused by the page rule, not a crash
