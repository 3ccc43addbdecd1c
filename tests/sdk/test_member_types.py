"""One rule for a 2xx answer whose member has another type than the spec's: APIResponseValidationError
naming the operation and the member, never a silent None. `{"balance": "lots"}` from the wallet read
as `balance=None` while a result item's `"result": 5` raised an error that named neither. Null and
absent optional members are still None."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from enrichso.errors import APIError, APIResponseValidationError

from .conftest import make_async_client, make_client, ok
from .fake_batches import FakeBatches
from .test_shapes import batch_server

BALANCE = {"organizationId": "o", "balance": 25, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}
IP = {"searchIp": "8.8.8.8", "ipDomain": "google.com", "ipLatitude": 37.4}
BATCH = "665a1f4e2c3b7800129dce01"

# (call, the answer's data, its meta, the operation, the member)
SINGLE = {
    "balance text": (
        lambda c: c.wallets.balance(),
        {**BALANCE, "balance": "lots"},
        None,
        "getWalletBalance",
        "data.balance",
    ),
    "balance as-of no date": (
        lambda c: c.wallets.balance(),
        {**BALANCE, "asOf": "yesterday"},
        None,
        "getWalletBalance",
        "data.asOf",
    ),
    "verdict number": (
        lambda c: c.email_validation.validate("a@b.co"),
        {"email": "a@b.co", "result": 5},
        None,
        "validateEmail",
        "data.result",
    ),
    "catch-all text": (
        lambda c: c.email_validation.validate("a@b.co"),
        {"email": "a@b.co", "result": "valid", "isCatchAll": "no"},
        None,
        "validateEmail",
        "data.isCatchAll",
    ),
    "latitude text": (
        lambda c: c.ip_to_company.lookup("8.8.8.8"),
        {**IP, "ipLatitude": "north"},
        None,
        "ipToCompany",
        "data.ipLatitude",
    ),
    "domain number": (
        lambda c: c.ip_to_company.lookup("8.8.8.8"),
        {**IP, "ipDomain": 7},
        None,
        "ipToCompany",
        "data.ipDomain",
    ),
    "credits text": (
        lambda c: c.ip_to_company.lookup("8.8.8.8"),
        IP,
        {"creditsUsed": "ten"},
        "ipToCompany",
        "meta.creditsUsed",
    ),
    "found text": (
        lambda c: c.email_finder.find("Ann", "Lee", "acme.example"),
        {"found": "yes", "email": "ann@acme.example"},
        None,
        "findEmail",
        "data.found",
    ),
}


@pytest.mark.parametrize(("call", "data", "meta", "operation", "member"), SINGLE.values(), ids=SINGLE.keys())
def test_a_member_of_the_wrong_type_raises_naming_the_operation_and_the_member(
    call: Any, data: Any, meta: Any, operation: str, member: str
) -> None:
    client, _ = make_client(lambda r: ok(data, meta), max_retries=0)
    with pytest.raises(APIResponseValidationError) as caught:
        call(client)
    error = caught.value
    assert (error.member, error.status_code) == (member, 200)
    assert error.operation is not None and error.operation.lower() == operation.lower()
    assert member in str(error) and operation.lower() in str(error).lower()


async def test_the_async_client_raises_the_same() -> None:
    client, _ = make_async_client(lambda r: ok({**BALANCE, "balance": "lots"}))
    with pytest.raises(APIResponseValidationError) as caught:
        await client.wallets.balance()
    assert caught.value.member == "data.balance"


def test_null_and_absent_optional_members_are_none() -> None:
    client, _ = make_client(lambda r: ok({"balance": 5, "organizationId": None}))
    view = client.wallets.balance().data
    assert (view.balance, view.organization_id, view.currency, view.as_of) == (5, None, None, None)


def test_a_results_item_of_the_wrong_type_names_its_place() -> None:
    items = [{"email": "a@b.co", "result": "valid"}, {"email": "c@d.co", "result": 5}]
    client, _ = make_client(batch_server(items))
    with pytest.raises(APIResponseValidationError) as caught:
        list(client.email_validation.batch(BATCH).results())
    assert caught.value.member == "data.results[1].result"
    assert caught.value.operation == "email_validation.results"


def test_a_many_row_of_the_wrong_type_raises_when_read() -> None:
    client, _ = make_client(batch_server([{"searchIp": "8.8.8.8", "ipDomain": 7}]))
    row = next(iter(client.ip_to_company.lookup_many(["8.8.8.8"], poll_interval=0)))
    with pytest.raises(APIResponseValidationError) as caught:
        row.result.ip_domain  # noqa: B018
    assert caught.value.member == "ipDomain"


def test_a_many_row_whose_domain_is_of_the_wrong_type_is_not_read_as_not_found() -> None:
    # `found` follows from ipDomain: a domain of another type is a broken answer, not "no company"
    client, _ = make_client(batch_server([{"searchIp": "8.8.8.8", "ipDomain": 7}]))
    row = next(iter(client.ip_to_company.lookup_many(["8.8.8.8"], poll_interval=0)))
    for read in (lambda: row.found, lambda: row.result.found):
        with pytest.raises(APIResponseValidationError) as caught:
            read()
        assert caught.value.member == "ipDomain"


@pytest.mark.parametrize(
    ("status", "member"),
    [
        ({"batchId": BATCH, "status": 5}, "data.status"),
        ({"batchId": BATCH, "status": "processing", "totalItems": "ten"}, "data.totalItems"),
        ({"batchId": BATCH, "status": "processing", "progress": "half"}, "data.progress"),
        ({"batchId": BATCH, "status": "processing", "createdAt": "last week"}, "data.createdAt"),
    ],
)
def test_a_job_status_of_the_wrong_type_raises_instead_of_polling_on(status: Any, member: str) -> None:
    client, _ = make_client(lambda r: ok(status), max_retries=0)
    with pytest.raises(APIResponseValidationError) as caught:
        client.email_validation.batch(BATCH).refresh()
    assert caught.value.member == member
    assert caught.value.operation == "email_validation.status"


def test_a_flat_status_names_the_member_without_data() -> None:
    flat = {"batchId": BATCH, "status": "processing", "processedCount": [1]}
    client, _ = make_client(lambda r: httpx.Response(200, json=flat), max_retries=0)
    with pytest.raises(APIResponseValidationError) as caught:
        client.email_validation.batch(BATCH).refresh()
    assert caught.value.member == "processedCount"


@pytest.mark.parametrize(
    ("data", "member"),
    [
        (
            {
                "jobId": "ej_0123456789abcdef",
                "status": "processing",
                "progress": "half",
                "createdAt": "2026-01-01T00:00:00Z",
            },
            "data.progress",
        ),
        (
            {
                "jobId": "ej_0123456789abcdef",
                "status": "processing",
                "totalRows": "ten",
                "createdAt": "2026-01-01T00:00:00Z",
            },
            "data.totalRows",
        ),
        (
            {
                "jobId": "ej_0123456789abcdef",
                "status": "processing",
                "progress": {"processed": "1", "total": 2},
                "createdAt": "2026-01-01T00:00:00Z",
            },
            "data.progress.processed",
        ),
    ],
)
def test_an_export_job_status_of_the_wrong_type_names_the_member(data: Any, member: str) -> None:
    client, _ = make_client(lambda r: ok(data), max_retries=0)
    with pytest.raises(APIResponseValidationError) as caught:
        client.lead_finder.export_job("ej_0123456789abcdef").refresh()
    assert (caught.value.member, caught.value.operation) == (member, "getExportJob")


# Answers read by the generated models (lists of transactions, members, ...): the same rule, the
# member named by its place in the whole body.
TRANSACTION = {
    "id": "665e10a14a6d8c001abc2001",
    "organizationId": "o",
    "type": "deduction",
    "amount": -10,
    "balanceAfter": 24990,
    "description": "Email finder",
    "createdAt": "2025-06-03T14:35:00.000Z",
}
MEMBER = {
    "id": "m1",
    "userId": "u1",
    "email": "a@x.io",
    "name": None,
    "role": "owner",
    "createdAt": "2026-01-01T00:00:00Z",
}
ORGANIZATION = {"organizationId": "o", "balance": 1, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}


def _transactions(*items: Any) -> Any:
    page = {"page": 1, "limit": 50, "total": len(items), "totalPages": 1}
    return lambda request: ok({"transactions": list(items), "pagination": page})


def _members(*items: Any) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return ok(ORGANIZATION) if request.url.path.endswith("/wallets/balance") else ok(list(items))

    return answer


@pytest.mark.parametrize(
    ("handler", "read", "operation", "member"),
    [
        (
            _transactions(TRANSACTION, {**TRANSACTION, "amount": "lots"}),
            lambda c: list(c.wallets.transactions()),
            "getWalletTransactions",
            "data.transactions[1].amount",
        ),
        (
            _transactions({**TRANSACTION, "description": 5}),
            lambda c: list(c.wallets.transactions()),
            "getWalletTransactions",
            "data.transactions[0].description",
        ),
        (
            _transactions({**TRANSACTION, "balanceAfter": True}),
            lambda c: list(c.wallets.transactions()),
            "getWalletTransactions",
            "data.transactions[0].balanceAfter",
        ),
        (
            _members(MEMBER, {**MEMBER, "email": ["a@x.io"]}),
            lambda c: list(c.teams.members()),
            "listTeamMembers",
            "data[1].email",
        ),
    ],
    ids=["amount text", "description number", "balance boolean", "member email list"],
)
def test_a_member_read_by_a_generated_model_names_its_place(
    handler: Any, read: Any, operation: str, member: str
) -> None:
    client, _ = make_client(handler, max_retries=0)
    with pytest.raises(APIResponseValidationError) as caught:
        read(client)
    assert (caught.value.member, caught.value.operation, caught.value.status_code) == (member, operation, 200)
    assert member in str(caught.value)


def test_a_generated_model_takes_null_and_whole_numbers_as_before() -> None:
    # null for a member is read as None (the views' rule); 10 is a number
    client, _ = make_client(_transactions({**TRANSACTION, "description": None, "amount": 10}))
    (transaction,) = client.wallets.transactions()
    assert (transaction.description, transaction.amount) == (None, 10)


class _MistypedSubmit(FakeBatches):
    """Batches whose submit answer has members of another type than the spec's (`meta`, `data`)."""

    def __init__(self, meta: Any, data: Any) -> None:
        super().__init__()
        self.meta, self.data = meta, data

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = super().__call__(request)
        if request.method == "POST":
            body = answer.json()
            body["meta"].update(self.meta)
            body["data"].update(self.data)
            return httpx.Response(200, json=body)
        return answer


def test_a_submit_whose_batch_id_is_readable_is_taken_despite_a_mistyped_member(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # the server took the chunk and named its batch: taken as it is (not reconciled as lost,
    # which reads the wallet and may stop the run), with a warning naming the member
    fake = _MistypedSubmit({"creditsReserved": "three", "creditsPerItem": [1]}, {})
    client, _ = make_client(fake, max_retries=0)
    with caplog.at_level("WARNING", logger="enrichso"):
        rows = list(client.email_validation.validate_many(["a@x.io", "b@x.io", "c@x.io"], poll_interval=0))
    assert [row.result.result for row in rows] == ["valid"] * 3
    assert len(fake.submitted) == 1
    warned = " ".join(record.getMessage() for record in caplog.records)
    assert "was lost" not in warned  # not reconciled
    assert "batch b0 taken" in warned and "meta.creditsReserved" in warned and "meta.creditsPerItem" in warned


def test_a_submit_whose_batch_id_itself_is_mistyped_is_not_taken() -> None:
    # no usable batch id: the answer is as good as lost, and the run reconciles (here the wallet
    # cannot be read, so it stops with a typed error instead of submitting again)
    fake = _MistypedSubmit({}, {"batchId": 7})
    client, _ = make_client(fake, max_retries=0)
    with pytest.raises(APIError):
        list(client.email_validation.validate_many(["a@x.io"], poll_interval=0))
    assert len(fake.submitted) == 1


def test_a_mistyped_member_is_not_passed_over_for_its_alias() -> None:
    # the verdict is read from `result`, else `status`: a `result` of another type raises in a
    # batch row and in from_dict as it does in a single answer, rather than reading `status`
    from enrichso.views import EmailValidationView

    answer = {"email": "a@b.co", "result": 5, "status": "valid"}
    single, _ = make_client(lambda r: ok(answer), max_retries=0)
    batch, _ = make_client(batch_server([answer]))
    row = next(iter(batch.email_validation.validate_many(["a@b.co"], poll_interval=0)))
    for read in (
        lambda: single.email_validation.validate("a@b.co"),
        lambda: row.result.result,
        lambda: EmailValidationView.from_dict(answer).result,
    ):
        with pytest.raises(APIResponseValidationError) as caught:
            read()
        assert caught.value.member in ("result", "data.result")
    assert EmailValidationView.from_dict({"result": None, "status": "valid"}).result == "valid"
    assert EmailValidationView.from_dict({"status": "valid"}).result == "valid"
