"""Property-based tests: whatever the API (or a proxy in front of it) answers - arbitrary,
truncated or mistyped bodies, any status, odd headers - every parse path of the SDK raises only
enrichso exceptions (subclasses of EnrichError), never KeyError, ValueError, TypeError,
AttributeError, JSONDecodeError or anything else.

Paths covered: every operation's answer through its public method (2xx parsers, the error
mapper, pagination, job status in both shapes, streamed downloads), the pipelines' result
matching (and each row's lazily built model), webhooks.parse and the error mapper on its own.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml
from enrichso import Enrich, errors, webhooks
from enrichso._core.problem import build_status_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "enrich.yaml").read_text())
ID = "665a1f4e2c3b7800129dce01"
FILTERS = {"jobTitle": ["CTO"]}
# ENRICHSO_PROPERTY_EXAMPLES=500 digs deeper than CI does
SETTINGS = settings(
    max_examples=int(os.environ.get("ENRICHSO_PROPERTY_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _examples() -> dict[str, Any]:
    """The spec's 200 example of every operation (CSV text for the downloads)."""
    found: dict[str, Any] = {}
    for item in SPEC["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            media, body = next(iter(op["responses"]["200"]["content"].items()))
            examples = body.get("examples") or {}
            value = next(iter(examples.values()))["value"] if examples else body.get("example")
            found[op["operationId"]] = value if value is not None else "name,url\nJane,https://x.example\n"
    return found


EXAMPLES = _examples()


def _first(iterable: Any, count: int = 3) -> list[Any]:
    return list(islice(iterable, count))


# One public call per operation; each reads what it gets as far as a user would.
CALLS: dict[str, Callable[[Enrich], Any]] = {
    "validateEmail": lambda c: c.email_validation.validate("a@b.example"),
    "batchValidateEmails": lambda c: c.email_validation.submit_batch(["a@b.example"]).reserved_credits,
    "getEmailValidationBatchStatus": lambda c: c.email_validation.batch(ID).refresh(),
    "getEmailValidationBatchResults": lambda c: _first(c.email_validation.batch(ID).results()),
    "findEmail": lambda c: c.email_finder.find("Sarah", "Chen", "stripe.com"),
    "batchFindEmails": lambda c: c.email_finder.submit_batch([("Sarah", "Chen", "stripe.com")]),
    "getEmailFinderBatchStatus": lambda c: c.email_finder.batch(ID).refresh(),
    "getEmailFinderBatchResults": lambda c: _first(c.email_finder.batch(ID).results()),
    "phoneLookup": lambda c: c.phone_finder.find(email="a@b.example"),
    "createPhoneBulkJob": lambda c: c.phone_finder.submit_batch(emails=["a@b.example"]),
    "getPhoneBulkJobStatus": lambda c: c.phone_finder.batch(ID).refresh(),
    "getPhoneBulkJobResults": lambda c: _first(c.phone_finder.batch(ID).results()),
    "reverseLookup": lambda c: c.reverse_lookup.lookup("a@b.example"),
    "bulkReverseLookup": lambda c: c.reverse_lookup.submit_batch(["a@b.example"]),
    "getBulkLookupStatus": lambda c: c.reverse_lookup.batch(ID).refresh(),
    "getBulkLookupResults": lambda c: _first(c.reverse_lookup.batch(ID).results()),
    "getWalletBalance": lambda c: c.wallets.balance(),
    "getWalletTransactions": lambda c: _first(c.wallets.transactions()),
    "listTeamMembers": lambda c: _first(c.teams.members(team_id=ID)),
    "inviteTeamMember": lambda c: c.teams.invite("new@b.example", "member", team_id=ID),
    "listTeamInvitations": lambda c: _first(c.teams.invitations(team_id=ID)),
    "cancelInvitation": lambda c: c.teams.cancel_invitation(ID, team_id=ID),
    "startCountEstimate": lambda c: c.company_followers.estimate_count(
        "https://www.linkedin.com/company/stripe"
    ),
    "getCountEstimateStatus": lambda c: c.company_followers.count_estimate(ID).refresh(),
    "startCompanyFollowerScrape": lambda c: c.company_followers.start_scrape(
        "https://www.linkedin.com/company/stripe", 100
    ),
    "continueCompanyFollowerScrape": lambda c: c.company_followers.continue_scrape(ID),
    "getCompanyFollowerProgress": lambda c: c.company_followers.scrape(ID).progress(),
    "getCompanyFollowerResults": lambda c: _first(c.company_followers.scrape(ID).results()),
    "exportCompanyFollowerCsv": lambda c: c.company_followers.scrape(ID).export_csv(io.BytesIO()),
    "checkCompanyFollowerLimit": lambda c: c.company_followers.limit(),
    "ipToCompany": lambda c: c.ip_to_company.lookup("8.8.8.8"),
    "batchIpToCompany": lambda c: c.ip_to_company.submit_batch(["8.8.8.8"]),
    "getIpToCompanyBatchStatus": lambda c: c.ip_to_company.batch(ID).refresh(),
    "getIpToCompanyBatchResults": lambda c: _first(c.ip_to_company.batch(ID).results()),
    "waterfallIcpSearch": lambda c: c.people_search.icp_search("https://www.linkedin.com/company/stripe"),
    "employeeFinder": lambda c: _first(c.people_search.employees("https://www.linkedin.com/company/stripe")),
    "searchLeads": lambda c: _first(c.lead_finder.search(FILTERS)),
    "exportLeads": lambda c: c.lead_finder.export(FILTERS, include_email=True),
    "countLeads": lambda c: c.lead_finder.count(FILTERS),
    "revealLeads": lambda c: c.lead_finder.reveal(["enc_abc"]),
    "enrichLeads": lambda c: c.lead_finder.enrich(["enc_abc"], ["email"]),
    "unlockNames": lambda c: c.lead_finder.unlock_names(["enc_abc"]),
    "listSavedSearches": lambda c: c.lead_finder.saved_searches(),
    "createSavedSearch": lambda c: c.lead_finder.save_search("CTOs", FILTERS),
    "deleteSavedSearch": lambda c: c.lead_finder.delete_saved_search(ID),
    "getFilterOptions": lambda c: c.lead_finder.filter_options(),
    "suggestCompanyNames": lambda c: c.lead_finder.suggest("stri"),
    "getRevealJob": lambda c: _first(c.lead_finder.reveal_job("rj_a1b2").results()),
    "listRevealJobs": lambda c: _first(c.lead_finder.reveal_jobs()),
    "listExportJobs": lambda c: _first(c.lead_finder.export_jobs()),
    "getExportJob": lambda c: c.lead_finder.export_job("ej_0123456789abcdef").refresh(),
    "downloadExportJob": lambda c: c.lead_finder.export_job("ej_0123456789abcdef").download(io.BytesIO()),
}
PIPELINES: dict[str, Callable[[Enrich], Any]] = {
    "email_validation": lambda c: c.email_validation.validate_many(
        ["a@b.example", "c@d.example", "A@B.example"]
    ),
    "email_finder": lambda c: c.email_finder.find_many(
        [("Sarah", "Chen", "stripe.com"), ("Ann", "Lee", "acme.example")]
    ),
    "phone_finder": lambda c: c.phone_finder.find_many(["a@b.example", "https://www.linkedin.com/in/ann"]),
    "reverse_lookup": lambda c: c.reverse_lookup.lookup_many(["a@b.example", "c@d.example"]),
    "ip_to_company": lambda c: c.ip_to_company.lookup_many(["8.8.8.8", "1.1.1.1"]),
}

# ---------------------------------------------------------------- what the server may answer

json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(["", "completed", "failed", "processing", "2026-13-45T99:99:99Z", "1e400", "0"])
)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)


def _dumps(value: Any) -> bytes:
    """JSON as a server might write it (integers past 64 bits and Infinity included)."""
    return json.dumps(value).encode()


def _slots(value: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) inside a JSON value."""
    found: list[tuple[Any, Any]] = []
    stack = [value]
    while stack:
        current = stack.pop()
        members = (
            current.items()
            if isinstance(current, dict)
            else enumerate(current)
            if isinstance(current, list)
            else ()
        )
        for key, child in members:
            found.append((current, key))
            stack.append(child)
    return found


@st.composite
def mutated(draw: st.DrawFn, example: Any) -> Any:
    """The documented example with members dropped or replaced by values of any type."""
    value = copy.deepcopy(example)
    for _ in range(draw(st.integers(0, 4))):
        slots = _slots(value)
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        if draw(st.booleans()):
            del container[key]
        else:
            container[key] = draw(json_values)
    return value


@st.composite
def bodies(draw: st.DrawFn, example: Any) -> bytes:
    shape = draw(st.sampled_from(["mutated", "mutated", "truncated", "json", "bytes", "flat-status"]))
    if shape == "bytes":
        return draw(st.binary(max_size=120))
    if shape == "json":
        return _dumps(draw(json_values))
    if shape == "flat-status":  # the live gateway's un-enveloped batch status (docs/api-notes.md 11.1)
        flat = {
            "batchId": draw(json_values),
            "status": draw(st.sampled_from(["completed", "failed", "processing", 7, None])),
            "totalEmails": draw(json_leaves),
            "processedCount": draw(json_leaves),
            "validCount": draw(json_leaves),
            "createdAt": draw(json_leaves | st.integers(min_value=-(10**20), max_value=10**20)),
        }
        return _dumps(flat)
    text = example.encode() if isinstance(example, str) else _dumps(draw(mutated(example)))
    return text[: draw(st.integers(0, len(text)))] if shape == "truncated" else text


header_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30)
headers = st.dictionaries(
    st.sampled_from(
        [
            "content-type",
            "content-encoding",
            "retry-after",
            "retry-after-ms",
            "x-ratelimit-reset",
            "x-should-retry",
            "location",
            "x-credits-used",
        ]
    ),
    header_text
    | st.sampled_from(
        ["1e400", "-5", "nan", "Wed, 21 Oct 2015 07:28:00 GMT", "http://[::1", "//x", "gzip", "br"]
    ),
    max_size=3,
)
statuses = st.sampled_from(
    [200] * 8 + [201, 204, 301, 400, 401, 402, 403, 404, 409, 410, 422, 429, 500, 503, 520]
) | st.integers(100, 599)


REQUESTS_CAP = 40


def _client(answer: Callable[[httpx.Request], httpx.Response]) -> Enrich:
    """A client of a server that answers `answer`, up to REQUESTS_CAP requests and then 404s (a
    job that never ends is polled for ever, and an endless list read for ever, by design)."""
    served = 0

    def capped(request: httpx.Request) -> httpx.Response:
        nonlocal served
        served += 1
        return answer(request) if served <= REQUESTS_CAP else httpx.Response(404)

    client = Enrich(
        api_key="sk_test_properties",
        base_url="https://api.test/api/v3",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(capped)),
    )
    client._transport.sleep = lambda seconds: None
    return client


def _only_enrich_errors(action: Callable[[], Any]) -> None:
    with contextlib.suppress(errors.EnrichError):
        action()


# ---------------------------------------------------------------- the properties


def test_every_operation_has_a_call() -> None:
    assert set(CALLS) == set(EXAMPLES) | {"continueCompanyFollowerScrape"}


@pytest.mark.parametrize("operation", sorted(CALLS))
@SETTINGS
@given(data=st.data())
def test_any_answer_to_any_operation_raises_only_enrich_errors(operation: str, data: st.DataObject) -> None:
    example = EXAMPLES.get(operation, EXAMPLES["startCompanyFollowerScrape"])
    response = (data.draw(statuses), data.draw(headers), data.draw(bodies(example)))
    client = _client(lambda request: httpx.Response(response[0], headers=response[1], content=response[2]))
    _only_enrich_errors(lambda: CALLS[operation](client))


class _Pipeline:
    """Valid wallet, submit and status answers; the results pages (or the status) are drawn."""

    def __init__(self, kind: str, results: bytes, status: bytes | None) -> None:
        self.kind, self.results, self.status = kind, results, status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/wallets/balance"):
            return httpx.Response(200, content=orjson.dumps({"success": True, "data": {"balance": 10**9}}))
        if path.endswith("/wallets/transactions"):
            paging = {"page": 1, "limit": 1, "total": 0, "totalPages": 0}
            return httpx.Response(
                200,
                content=orjson.dumps({"success": True, "data": {"transactions": [], "pagination": paging}}),
            )
        if request.method == "POST":
            return httpx.Response(
                200, content=orjson.dumps({"success": True, "data": {"batchId": ID, "status": "queued"}})
            )
        if path.endswith("/results"):
            return httpx.Response(200, content=self.results)
        body = self.status or orjson.dumps({"success": True, "data": {"batchId": ID, "status": "completed"}})
        return httpx.Response(200, content=body)


RESULTS_EXAMPLES = {
    "email_validation": "getEmailValidationBatchResults",
    "email_finder": "getEmailFinderBatchResults",
    "phone_finder": "getPhoneBulkJobResults",
    "reverse_lookup": "getBulkLookupResults",
    "ip_to_company": "getIpToCompanyBatchResults",
}


@pytest.mark.parametrize("kind", sorted(PIPELINES))
@SETTINGS
@given(data=st.data())
def test_pipelines_match_any_results_page_without_crashing(kind: str, data: st.DataObject) -> None:
    results = data.draw(bodies(EXAMPLES[RESULTS_EXAMPLES[kind]]))
    status = data.draw(st.none() | bodies(EXAMPLES[RESULTS_EXAMPLES[kind].replace("Results", "Status")]))
    client = _client(_Pipeline(kind, results, status))

    def run() -> None:
        for row in islice(PIPELINES[kind](client), 10):
            row.result  # noqa: B018 - builds the row's model from whatever came back
            repr(row)

    _only_enrich_errors(run)


@SETTINGS
@given(
    body=st.binary(max_size=80)
    | st.text(max_size=80)
    | st.builds(
        lambda event, rest: {**rest, "event": event},
        st.sampled_from(sorted(webhooks.EVENTS)) | st.text(max_size=10),
        st.dictionaries(st.text(max_size=12), json_values, max_size=6),
    )
    | json_values
)
def test_webhooks_parse_raises_only_its_own_error(body: Any) -> None:
    with contextlib.suppress(errors.WebhookParseError):
        webhooks.parse(body)


@SETTINGS
@given(status=st.integers(100, 599), headers=headers, body=st.binary(max_size=80) | json_values.map(_dumps))
def test_the_error_mapper_always_builds_an_api_status_error(
    status: int, headers: dict[str, str], body: bytes
) -> None:
    error = build_status_error(
        status=status,
        headers=httpx.Headers(headers),
        body=body,
        method="GET",
        path="/x",
        secret="sk_test_properties",
    )
    assert isinstance(error, errors.APIStatusError) and error.status_code == status


# What the properties found (each raised a bare exception before it was fixed).
def _search_without_page_count() -> bytes:
    example = copy.deepcopy(EXAMPLES["searchLeads"])
    example["data"]["pagination"]["totalPages"] = None
    return _dumps(example)


FOUND: list[tuple[str, int, dict[str, str], bytes, type[Exception], type[BaseException]]] = [
    (
        "getWalletBalance",
        200,
        {"content-encoding": "gzip"},
        b"not gzip",
        errors.APIConnectionError,
        httpx.DecodingError,
    ),
    ("listTeamInvitations", 301, {"location": "A:0"}, b"{}", errors.APIConnectionError, httpx.InvalidURL),
    (
        "exportCompanyFollowerCsv",
        302,
        {"location": "A://["},
        b"",
        errors.APIConnectionError,
        httpx.InvalidURL,
    ),
    (
        "listExportJobs",
        200,
        {},
        b'{"success": true, "data": {"jobs": [], "total": null, "page": 1, "limit": 20}}',
        errors.APIResponseValidationError,
        TypeError,
    ),
    ("searchLeads", 200, {}, _search_without_page_count(), errors.APIResponseValidationError, TypeError),
]


@pytest.mark.parametrize(("operation", "status", "headers", "body", "raised", "cause"), FOUND)
def test_what_the_properties_found_stays_fixed(
    operation: str,
    status: int,
    headers: dict[str, str],
    body: bytes,
    raised: type[Exception],
    cause: type[BaseException],
) -> None:
    client = _client(lambda request: httpx.Response(status, headers=headers, content=body))
    with pytest.raises(raised) as caught:
        CALLS[operation](client)
    assert isinstance(caught.value.__cause__, cause)


def test_a_status_dated_beyond_what_a_datetime_holds_has_no_date() -> None:
    body = b'{"status": "completed", "createdAt": -67768040609740805}'  # OSError before the fix
    client = _client(lambda request: httpx.Response(200, content=body))
    status = client.reverse_lookup.batch(ID).refresh()
    assert status.done and status.created_at is None
