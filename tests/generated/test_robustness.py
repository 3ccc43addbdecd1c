"""What the generated layer does with responses the spec does not foresee: never a raw
ValueError / KeyError / JSONDecodeError (the templates in openapi/templates make sure of it)."""

import httpx
import pytest
from enrichso_api import AuthenticatedClient, errors
from enrichso_api.api.email_validation import get_email_validation_batch_status, validate_email
from enrichso_api.models import BatchJobStatus, EmailValidationResponse, EmailVerdict
from enrichso_api.models.email_validation_request import EmailValidationRequest


def client_answering(
    status: int, content: bytes, content_type: str = "application/json"
) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    client = AuthenticatedClient(
        base_url="http://enrich.test/api/v3", token="sk_test", auth_header_name="x-api-key", prefix=""
    )
    client.set_httpx_client(
        httpx.Client(base_url="http://enrich.test/api/v3", transport=httpx.MockTransport(handler))
    )
    return client


VALID = (
    b'{"success":true,"data":{"email":"a@b.co","result":"valid","message":"ok","isCatchAll":false,'
    b'"confidence":"high"},"meta":{"requestId":"r1","creditsUsed":1}}'
)


def test_an_unknown_enum_value_becomes_an_open_member_equal_to_its_string():
    body = VALID.replace(b'"result":"valid"', b'"result":"undeliverable"').replace(b'"high"', b'"certain"')
    parsed = validate_email.sync(
        client=client_answering(200, body), body=EmailValidationRequest(email="a@b.co")
    )
    assert isinstance(parsed, EmailValidationResponse)
    assert parsed.data.result == "undeliverable"
    assert isinstance(parsed.data.result, EmailVerdict)
    assert parsed.data.result.name == "UNKNOWN"
    assert parsed.to_dict()["data"]["confidence"] == "certain"


def test_known_enum_members_keep_their_identity():
    assert EmailVerdict("valid") is EmailVerdict.VALID
    assert BatchJobStatus("completed") is BatchJobStatus.COMPLETED


def test_unknown_fields_are_kept():
    body = VALID.replace(b'"isCatchAll":false', b'"isCatchAll":false,"newSignal":{"x":1}')
    parsed = validate_email.sync(
        client=client_answering(200, body), body=EmailValidationRequest(email="a@b.co")
    )
    assert parsed.data["newSignal"] == {"x": 1}


def test_a_status_outside_the_iana_registry_is_kept_as_an_int():
    response = get_email_validation_batch_status.sync_detailed(
        "b1", client=client_answering(520, b"<html>origin error</html>", "text/html")
    )
    assert response.status_code == 520
    assert response.parsed is None


@pytest.mark.parametrize("status", [500, 401, 429])
def test_an_html_body_on_a_documented_error_status_raises_a_typed_error(status):
    with pytest.raises(errors.UnparseableResponse) as caught:
        get_email_validation_batch_status.sync_detailed(
            "b1", client=client_answering(status, b"<html>502</html>", "text/html")
        )
    assert caught.value.status_code == status
    assert not isinstance(caught.value, ValueError | KeyError)


def test_a_missing_required_member_raises_a_typed_error():
    body = b'{"success":true,"data":{"status":"queued"}}'
    with pytest.raises(errors.UnparseableResponse):
        get_email_validation_batch_status.sync("b1", client=client_answering(200, body))


def test_truncated_json_raises_a_typed_error():
    with pytest.raises(errors.UnparseableResponse):
        validate_email.sync(
            client=client_answering(200, VALID[:40]), body=EmailValidationRequest(email="a@b.co")
        )
