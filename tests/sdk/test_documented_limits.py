"""Arguments the documentation says the API refuses are refused by the SDK before any request
(InvalidParameterError), and the documented values themselves are sent."""

from __future__ import annotations

import asyncio
import io

import httpx
import pytest
from enrichso.errors import InvalidParameterError

from tests.sdk.conftest import make_async_client, make_client, ok

COMPANY = "https://www.linkedin.com/company/stripe"
STARTED = {"batchId": "665a1f4e2c3b7800129dce01", "status": "pending", "message": "started"}


def answer(request: httpx.Request) -> httpx.Response:
    return ok(STARTED)


# The Company Followers filters are closed lists (CompanyFollowerRequest / CountEstimateRequest:
# 58 countries, 400 states, 642 job titles, 26 departments, 10 levels):
# https://doc.enrich.so/start-count-estimation-27728074e0 and
# https://doc.enrich.so/start-company-follower-scrape-27728071e0
BAD_FILTERS = [
    {"countries": ["Atlantis"]},
    {"states": ["Nowhere"]},
    {"job_titles": ["Chief Vibes Officer"]},
    {"departments": ["Nope"]},
    {"levels": ["Boss"]},
    {"levels": "CXO"},  # a bare string would go out one letter at a time
]
GOOD_FILTERS = {
    "countries": ["United States"],
    "departments": ["Engineering", "Sales"],
    "levels": ["CXO", "Owner / Partner"],
}


@pytest.mark.parametrize("filters", BAD_FILTERS, ids=lambda f: next(iter(f)))
@pytest.mark.parametrize("operation", ["estimate_count", "start_scrape"])
def test_an_unknown_follower_filter_value_is_refused_before_any_request(operation, filters):
    client, recorder = make_client(answer)
    args = (COMPANY,) if operation == "estimate_count" else (COMPANY, 100)
    with pytest.raises(InvalidParameterError) as caught:
        getattr(client.company_followers, operation)(*args, **filters)
    assert recorder.requests == []
    name = next(iter(filters))
    assert name in str(caught.value)


def test_an_unknown_follower_filter_value_is_refused_by_the_async_client_too():
    client, recorder = make_async_client(answer)

    async def main() -> None:
        with pytest.raises(InvalidParameterError):
            await client.company_followers.start_scrape(COMPANY, 100, levels=["Boss"])

    asyncio.run(main())
    assert recorder.requests == []


@pytest.mark.parametrize("operation", ["estimate_count", "start_scrape"])
def test_documented_follower_filter_values_are_sent(operation):
    client, recorder = make_client(answer)
    args = (COMPANY,) if operation == "estimate_count" else (COMPANY, 100)
    getattr(client.company_followers, operation)(*args, **GOOD_FILTERS)
    (request,) = recorder.requests
    body = httpx.Response(200, content=request.content).json()
    assert body["levels"] == ["CXO", "Owner / Partner"]
    assert body["departments"] == ["Engineering", "Sales"]
    assert body["countries"] == ["United States"]


# Reveal and enrich take 1 to 25 leads, unlock-names 1 to 100, and `fields` has at least one
# member: https://doc.enrich.so/reveal-contact-info-28165856e0,
# https://doc.enrich.so/enrich-contacts-with-specific-fields-28165857e0 and
# https://doc.enrich.so/unlock-full-last-names-28165858e0
JOB = {
    "jobId": "rj_a1b2c3d4e5f6g7h8",
    "status": "pending",
    "totalLeads": 1,
    "fields": ["email"],
    "message": "queued",
}
UNLOCKED = {"results": [{"id": "enc_abc123def456", "lastName": "Chen"}]}


def ids(count: int) -> list[str]:
    return [f"enc_{i}" for i in range(count)]


REFUSED = {
    "reveal 26 leads": lambda c: c.lead_finder.reveal(ids(26)),
    "reveal no lead": lambda c: c.lead_finder.reveal([]),
    "reveal a bare string": lambda c: c.lead_finder.reveal("enc_abc123def456"),
    "reveal no field": lambda c: c.lead_finder.reveal(ids(1), []),
    "reveal a bare field string": lambda c: c.lead_finder.reveal(ids(1), "email"),
    "enrich 26 leads": lambda c: c.lead_finder.enrich(ids(26), ["email"]),
    "enrich no lead": lambda c: c.lead_finder.enrich([], ["email"]),
    "enrich no field": lambda c: c.lead_finder.enrich(ids(1), []),
    "enrich fields None": lambda c: c.lead_finder.enrich(ids(1), None),
    "unlock 101 leads": lambda c: c.lead_finder.unlock_names(ids(101)),
    "unlock no lead": lambda c: c.lead_finder.unlock_names([]),
    "unlock a bare string": lambda c: c.lead_finder.unlock_names("enc_abc123def456"),
}
SENT = {
    "reveal 25 leads": lambda c: c.lead_finder.reveal(ids(25)),
    "reveal 1 lead, phone": lambda c: c.lead_finder.reveal(ids(1), ["phone"]),
    "enrich 25 leads": lambda c: c.lead_finder.enrich(ids(25), ["email", "phone"]),
    "unlock 100 leads": lambda c: c.lead_finder.unlock_names(ids(100)),
}


def lead_answer(request: httpx.Request) -> httpx.Response:
    return ok(UNLOCKED if request.url.path.endswith("unlock-names") else JOB)


@pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
def test_lead_calls_outside_the_documented_sizes_are_refused_before_any_request(call):
    client, recorder = make_client(lead_answer)
    with pytest.raises(InvalidParameterError):
        call(client)
    assert recorder.requests == []


@pytest.mark.parametrize("call", SENT.values(), ids=SENT.keys())
def test_lead_calls_at_the_documented_sizes_are_sent(call):
    client, recorder = make_client(lead_answer)
    call(client)
    assert len(recorder.requests) == 1


# Documented ranges and lists of other arguments, each from its operation's page:
# start scrape max_limit 1-50,000, name at most 100
#   (https://doc.enrich.so/start-company-follower-scrape-27728071e0);
# invite role admin or member (https://doc.enrich.so/invite-someone-to-your-team-27483210e0);
# job list status pending/processing/completed/failed
#   (https://doc.enrich.so/list-revealenrich-jobs-29163792e0, https://doc.enrich.so/list-export-jobs-29249239e0);
# suggest q at least 2 characters, limit 1-50 (https://doc.enrich.so/suggest-company-names-28165863e0);
# saved search name 1-100 characters (https://doc.enrich.so/save-a-search-28165860e0);
# export name at most 200, maxResults 1-100,000 (https://doc.enrich.so/export-leads-to-csv-async-28165855e0);
# ICP search max_results 1-100, min_score 0-100 (https://doc.enrich.so/cascading-icp-people-search-28537859e0)
ID = "665e0b2f4a6d8c001abc1234"
FILTERS = {"jobTitle": ["CTO"]}
OUT_OF_RANGE = {
    "scrape max_limit 0": lambda c: c.company_followers.start_scrape(COMPANY, 0),
    "scrape max_limit 50001": lambda c: c.company_followers.start_scrape(COMPANY, 50_001),
    "scrape name 101": lambda c: c.company_followers.start_scrape(COMPANY, 10, name="n" * 101),
    "invite role owner": lambda c: c.teams.invite("ann@example.com", "owner", team_id=ID),
    "reveal jobs status done": lambda c: next(iter(c.lead_finder.reveal_jobs("done"))),
    "export jobs status done": lambda c: next(iter(c.lead_finder.export_jobs("done"))),
    "suggest one letter": lambda c: c.lead_finder.suggest("S"),
    "suggest limit 0": lambda c: c.lead_finder.suggest("St", 0),
    "suggest limit 51": lambda c: c.lead_finder.suggest("St", 51),
    "save search no name": lambda c: c.lead_finder.save_search("", FILTERS),
    "save search name 101": lambda c: c.lead_finder.save_search("n" * 101, FILTERS),
    "export name 201": lambda c: c.lead_finder.export(FILTERS, name="n" * 201),
    "export max_results 0": lambda c: c.lead_finder.export(FILTERS, max_results=0),
    "export max_results 100001": lambda c: c.lead_finder.export(FILTERS, max_results=100_001),
    "icp max_results 0": lambda c: c.people_search.icp_search(COMPANY, max_results=0),
    "icp max_results 101": lambda c: c.people_search.icp_search(COMPANY, max_results=101),
    "icp min_score -1": lambda c: c.people_search.icp_search(COMPANY, min_score=-1),
    "icp min_score 101": lambda c: c.people_search.icp_search(COMPANY, min_score=101),
    # cascade 1-10 levels, priority_bonus 0-30, list items non-empty; employee finder country at
    # most 50; export leadIds at most 100,000, page 1 or more, pageSize 1-100; phone job ids
    # ^[a-f0-9]{24}$, export job ids ^ej_[a-f0-9]{16}$ (facts: docs/api-notes.md 9.16)
    "icp cascade empty": lambda c: c.people_search.icp_search(COMPANY, cascade=[]),
    "icp cascade 11 levels": lambda c: c.people_search.icp_search(COMPANY, cascade=[{}] * 11),
    "icp priority_bonus 31": lambda c: c.people_search.icp_search(COMPANY, cascade=[{"priority_bonus": 31}]),
    "icp priority_bonus -1": lambda c: c.people_search.icp_search(COMPANY, cascade=[{"priority_bonus": -1}]),
    "icp priority_bonus 2.5": lambda c: c.people_search.icp_search(
        COMPANY, cascade=[{"priority_bonus": 2.5}]
    ),
    "icp priority_bonus text": lambda c: c.people_search.icp_search(
        COMPANY, cascade=[{"priority_bonus": "5"}]
    ),
    "icp cascade one level": lambda c: c.people_search.icp_search(COMPANY, cascade={"skills": ["Go"]}),
    "icp empty title": lambda c: c.people_search.icp_search(COMPANY, cascade=[{"include_title": [""]}]),
    "employees 51 countries": lambda c: next(iter(c.people_search.employees(COMPANY, country=["US"] * 51))),
    "employees bare country": lambda c: next(iter(c.people_search.employees(COMPANY, country="India"))),
    "export page 0": lambda c: c.lead_finder.export(FILTERS, page=0, page_size=10),
    "export page_size 0": lambda c: c.lead_finder.export(FILTERS, page=1, page_size=0),
    "export page_size 101": lambda c: c.lead_finder.export(FILTERS, page=1, page_size=101),
    "export 100001 lead_ids": lambda c: c.lead_finder.export(FILTERS, lead_ids=["enc_a"] * 100_001),
    "export bare lead_ids": lambda c: c.lead_finder.export(FILTERS, lead_ids="enc_abc"),
    "phone job id not hex": lambda c: c.phone_finder.batch("665c52bf7b8e3f00149f0a1g").refresh(),
    "phone job id 23": lambda c: c.phone_finder.batch("665c52bf7b8e3f00149f0a1").refresh(),
    "phone job id upper": lambda c: c.phone_finder.batch("665C52BF7B8E3F00149F0A10").refresh(),
    "export job id no prefix": lambda c: c.lead_finder.export_job("0123456789abcdef").refresh(),
    "export job id 15": lambda c: c.lead_finder.export_job("ej_0123456789abcde").refresh(),
    "export job download": lambda c: c.lead_finder.export_job("ej_x").download(io.BytesIO()),
    "path id slash": lambda c: c.email_validation.batch("a/../b").refresh(),
    "path id %2F": lambda c: c.lead_finder.reveal_job("rj_a%2Fb").refresh(),
    "path id ?": lambda c: c.teams.members(team_id="abc?x=1").__iter__().__next__(),
}
AT_THE_LIMITS = {
    "scrape max_limit 1": lambda c: c.company_followers.start_scrape(COMPANY, 1),
    "scrape max_limit 50000, name 100": lambda c: c.company_followers.start_scrape(
        COMPANY, 50_000, name="n" * 100
    ),
    "invite role admin": lambda c: c.teams.invite("ann@example.com", "admin", team_id=ID),
    "reveal jobs status failed": lambda c: list(c.lead_finder.reveal_jobs("failed")),
    "export jobs status completed": lambda c: list(c.lead_finder.export_jobs("completed")),
    "suggest two letters, limit 50": lambda c: c.lead_finder.suggest("St", 50),
    "suggest limit 1": lambda c: c.lead_finder.suggest("St", 1),
    "save search name 100": lambda c: c.lead_finder.save_search("n" * 100, FILTERS),
    "export name 200, max_results 100000": lambda c: c.lead_finder.export(
        FILTERS, name="n" * 200, max_results=100_000
    ),
    "icp max_results 100, min_score 100": lambda c: c.people_search.icp_search(
        COMPANY, max_results=100, min_score=100
    ),
    "icp 10 levels, priority_bonus 0 and 30": lambda c: c.people_search.icp_search(
        COMPANY, cascade=[{"priority_bonus": 0}] * 9 + [{"priority_bonus": 30, "include_title": ["CTO"]}]
    ),
    "employees 50 countries": lambda c: next(iter(c.people_search.employees(COMPANY, country=["US"] * 50))),
    "export page 1, page_size 100": lambda c: c.lead_finder.export(FILTERS, page=1, page_size=100),
    "export page 9999, page_size 1": lambda c: c.lead_finder.export(FILTERS, page=9999, page_size=1),
    "export 100000 lead_ids": lambda c: c.lead_finder.export(FILTERS, lead_ids=["enc_a"] * 100_000),
    "export no lead_ids": lambda c: c.lead_finder.export(FILTERS, lead_ids=[]),
    "phone job id": lambda c: c.phone_finder.batch("665c52bf7b8e3f00149f0a10").refresh(),
    "export job id": lambda c: c.lead_finder.export_job("ej_0123456789abcdef").refresh(),
    "reveal job id not hex": lambda c: c.lead_finder.reveal_job("rj_a1b2c3d4e5f6g7h8").refresh(),
}


class Sent(Exception):
    """What the test transport raises: the request went out (nothing answers it)."""


def refuse_all(request: httpx.Request) -> httpx.Response:
    raise Sent(request.url.path)


# Single lookups and batch items: email 1-254 characters
# (https://doc.enrich.so/validate-a-single-email-27483191e0), first and last name 1-100, domain 1-253
# (https://doc.enrich.so/find-a-professional-email-27483195e0), phone lookup email at most 254,
# profile URL at most 500 (https://doc.enrich.so/find-phone-numbers-27483199e0), IP 1-45
# (https://doc.enrich.so/resolve-company-from-ip-35511038e0). A batch given as one bare string
# went out one character per item, each reserving credits.
LONG_EMAIL = "a" * 245 + "@b.example"  # 255 characters
EMAIL_254 = "a" * 244 + "@b.example"
LOOKUPS_REFUSED = {
    "validate empty": lambda c: c.email_validation.validate(""),
    "validate 255": lambda c: c.email_validation.validate(LONG_EMAIL),
    "find first name 101": lambda c: c.email_finder.find("a" * 101, "Lee", "acme.example"),
    "find empty last name": lambda c: c.email_finder.find("Ann", "", "acme.example"),
    "find domain 254": lambda c: c.email_finder.find("Ann", "Lee", "d" * 246 + ".example"),
    "phones email 255": lambda c: c.phone_finder.find(email=LONG_EMAIL),
    "phones linkedin 501": lambda c: c.phone_finder.find(linkedin="https://x.example/" + "a" * 483),
    "reverse lookup 255": lambda c: c.reverse_lookup.lookup(LONG_EMAIL),
    "ip 46": lambda c: c.ip_to_company.lookup("1" * 46),
    "ip empty": lambda c: c.ip_to_company.lookup(""),
    "validation batch bare string": lambda c: c.email_validation.submit_batch("ann@b.example"),
    "validation batch empty item": lambda c: c.email_validation.submit_batch(["ann@b.example", ""]),
    "reverse batch bare string": lambda c: c.reverse_lookup.submit_batch("ann@b.example"),
    "reverse batch item 255": lambda c: c.reverse_lookup.submit_batch([LONG_EMAIL]),
    "phone batch bare string": lambda c: c.phone_finder.submit_batch(emails="ann@b.example"),
    "phone batch bare linkedin": lambda c: c.phone_finder.submit_batch(linkedins="https://x.example/in/a"),
    "ip batch bare string": lambda c: c.ip_to_company.submit_batch("8.8.8.8"),
    "ip batch item 46": lambda c: c.ip_to_company.submit_batch(["1" * 46]),
}
LOOKUPS_SENT = {
    "validate 254": lambda c: c.email_validation.validate(EMAIL_254),
    "find 100/100/253": lambda c: c.email_finder.find("a" * 100, "b" * 100, "d" * 245 + ".example"),
    "phones linkedin 500": lambda c: c.phone_finder.find(linkedin="https://x.example/" + "a" * 482),
    "reverse lookup 254": lambda c: c.reverse_lookup.lookup(EMAIL_254),
    "ip v6": lambda c: c.ip_to_company.lookup("2001:4860:4860::8888"),
    "validation batch": lambda c: c.email_validation.submit_batch(["ann@b.example", "not an email"]),
    "reverse batch 254": lambda c: c.reverse_lookup.submit_batch([EMAIL_254]),
    "phone batch": lambda c: c.phone_finder.submit_batch(
        emails=[EMAIL_254], linkedins=["https://x.example/in/a"]
    ),
    "ip batch": lambda c: c.ip_to_company.submit_batch(("8.8.8.8", "1.1.1.1")),
}


REFUSED = OUT_OF_RANGE | LOOKUPS_REFUSED
SENT = AT_THE_LIMITS | LOOKUPS_SENT


@pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
def test_arguments_outside_their_documented_range_are_refused_before_any_request(call):
    client, recorder = make_client(refuse_all, max_retries=0)
    with pytest.raises(InvalidParameterError):
        call(client)
    assert recorder.requests == []


@pytest.mark.parametrize("call", SENT.values(), ids=SENT.keys())
def test_arguments_at_their_documented_limits_are_sent(call):
    client, recorder = make_client(refuse_all, max_retries=0)
    with pytest.raises(Exception) as caught:
        call(client)
    assert not isinstance(caught.value, InvalidParameterError)
    assert len(recorder.requests) == 1
