"""Error responses of every documented shape (docs/api-notes.md 1.4), non-JSON bodies, statuses outside
IANA, and 2xx bodies that do not match the spec, each mapped to its class."""

from __future__ import annotations

import httpx
import pytest
from enrichso import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

from .conftest import SECRET, make_client

PROBLEM = {
    "type": "https://dev.enrich.so/errors/validation-error",
    "title": "Validation Error",
    "status": 400,
    "detail": "body/email Invalid email",
    "instance": "/requests/3fa85f64-5717-4562-b3fc-2c963f66afa6",
}


def fail_with(
    status: int, body: object = None, content: bytes | None = None, headers: dict[str, str] | None = None
):
    def handler(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    client, seen = make_client(handler, max_retries=0)
    return client, seen


def test_rfc9457_problem() -> None:
    client, _ = fail_with(400, PROBLEM)
    with pytest.raises(BadRequestError) as caught:
        client.email_validation.validate("nope")
    err = caught.value
    assert err.status_code == 400
    assert err.type == PROBLEM["type"] and err.title == "Validation Error"
    assert err.detail == "body/email Invalid email"
    assert err.instance == PROBLEM["instance"]
    assert err.request_id == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert err.problem == PROBLEM and b"Invalid email" in err.body
    assert "POST /email-validation returned 400" in str(err)


def test_error_only_shape() -> None:  # the Authentication page
    client, _ = fail_with(401, {"error": "API key is disabled. Re-enable it from the dashboard."})
    with pytest.raises(AuthenticationError) as caught:
        client.wallets.balance()
    assert caught.value.detail == "API key is disabled. Re-enable it from the dashboard."


def test_status_code_error_message_shape_with_retry_after() -> None:  # the Rate Limits page
    body = {
        "statusCode": 429,
        "error": "Too Many Requests",
        "message": "Rate limit exceeded",
        "retryAfter": 45,
    }
    client, _ = fail_with(429, body)
    with pytest.raises(RateLimitError) as caught:
        client.wallets.balance()
    assert caught.value.title == "Too Many Requests"
    assert caught.value.detail == "Rate limit exceeded"
    assert caught.value.retry_after == 45


def test_legacy_402_with_detail_object() -> None:  # IP to Company / continue scrape
    body = {
        "error": "Payment Required",
        "message": "Insufficient credits",
        "detail": {"required": 500, "itemCount": 5},
    }
    client, _ = fail_with(402, body)
    with pytest.raises(InsufficientCreditsError) as caught:
        client.ip_to_company.lookup("8.8.8.8")
    assert caught.value.required == 500
    assert caught.value.detail == "Insufficient credits"


def test_402_detail_text_figures() -> None:
    body = {
        "type": "https://dev.enrich.so/errors/insufficient-credits",
        "title": "Insufficient Credits",
        "status": 402,
        "detail": "Not enough credits. Required: 10, available: 3",
    }
    client, _ = fail_with(402, body)
    with pytest.raises(InsufficientCreditsError) as caught:
        client.email_finder.find("Jane", "Doe", "example.com")
    assert (caught.value.required, caught.value.available) == (10, 3)


def test_402_extension_members() -> None:
    body = {
        "title": "Insufficient Credits",
        "status": 402,
        "required": 1000,
        "currentBalance": 250,
        "shortfall": 750,
    }
    client, _ = fail_with(402, body)
    with pytest.raises(InsufficientCreditsError) as caught:
        client.email_validation.submit_batch(["a@b.co"])
    assert (caught.value.required, caught.value.available) == (1000, 250)


def test_403_access_status() -> None:
    body = {
        "type": "https://dev.enrich.so/errors/access-denied",
        "title": "Access Denied",
        "status": 403,
        "detail": "Your team has not applied for Lead Finder access",
        "accessStatus": "pending",
    }
    client, _ = fail_with(403, body)
    with pytest.raises(PermissionDeniedError) as caught:
        client.lead_finder.filter_options()
    assert caught.value.access_status == "pending"


@pytest.mark.parametrize(
    ("status", "cls"), [(404, NotFoundError), (409, ConflictError), (418, APIStatusError)]
)
def test_status_classes(status: int, cls: type[APIStatusError]) -> None:
    client, _ = fail_with(status, {"title": "x", "status": status})
    with pytest.raises(cls) as caught:
        client.lead_finder.export_job("ej_0123456789abcdef").refresh()
    assert caught.value.status_code == status


def test_html_502_from_a_proxy() -> None:
    client, seen = fail_with(
        502,
        content=b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        headers={"content-type": "text/html"},
    )
    with pytest.raises(InternalServerError) as caught:
        client.wallets.balance()
    assert caught.value.status_code == 502
    assert caught.value.problem is None
    assert "502 Bad Gateway" in str(caught.value)


def test_status_outside_iana_520() -> None:
    client, _ = fail_with(520, content=b"error code: 520", headers={"content-type": "text/plain"})
    with pytest.raises(InternalServerError) as caught:
        client.wallets.balance()
    assert caught.value.status_code == 520


def test_truncated_json_on_200_is_a_validation_error() -> None:
    client, _ = fail_with(200, content=b'{"success": true, "data": {"organizationId": "o", "bal')
    with pytest.raises(APIResponseValidationError) as caught:
        client.wallets.balance()
    assert caught.value.status_code == 200


def test_200_missing_a_required_member_is_a_validation_error() -> None:
    client, _ = fail_with(200, {"success": True, "data": {"organizationId": "o"}})
    with pytest.raises(APIResponseValidationError):
        client.wallets.balance()


def test_unknown_enum_value_is_kept_not_an_error() -> None:
    data = {
        "email": "a@b.co",
        "result": "quarantined",
        "message": "m",
        "isCatchAll": False,
        "confidence": "high",
    }
    client, _ = make_client(lambda r: httpx.Response(200, json={"success": True, "data": data}))
    result = client.email_validation.validate("a@b.co").data.result
    assert result == "quarantined"


def test_key_is_scrubbed_from_error_messages() -> None:
    client, _ = fail_with(401, {"error": f"bad key {SECRET}"})
    with pytest.raises(AuthenticationError) as caught:
        client.wallets.balance()
    assert SECRET not in str(caught.value) and SECRET not in (caught.value.detail or "")


def test_scrub_hides_every_form_of_the_key_in_text_of_ones_own() -> None:
    from urllib.parse import quote

    from enrichso import errors

    key = "sk_live/ab+cd"
    text = f"sent {key} as {quote(key, safe='')} and {json_escaped(key)}; other keys stay: sk_other"
    assert (
        errors.scrub(text, key) == "sent [redacted] as [redacted] and [redacted]; other keys stay: sk_other"
    )
    assert errors.scrub(f"key={key}", f" {key}\n", None, "", replacement="sk_***") == "key=sk_***"
    assert errors.scrub("nothing to hide") == "nothing to hide"


def json_escaped(value: str) -> str:
    import json

    return json.dumps(value)[1:-1].replace("/", "\\/")
