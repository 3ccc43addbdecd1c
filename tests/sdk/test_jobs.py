"""The job protocol: refresh(), wait() with adaptive polling, deadlines, failures, rate limits
while polling, re-attaching by id, and each job kind's extras (reveal results, export download,
count estimate, follower scrape)."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from enrichso import ConflictError, JobFailedError, WaitTimeoutError
from enrichso._core import jobs as _jobs

from .conftest import make_async_client, make_client, ok

BATCH = "665a1f4e2c3b7800129dce01"


class Clock:
    """time.monotonic for wait(), advanced by the SDK's (recorded) sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_jobs.time, "monotonic", fake.monotonic)
    return fake


def status_sequence(*states: str, flat: bool = False):
    answers = iter(states)
    last = {"state": states[-1]}

    def handler(request: httpx.Request) -> httpx.Response:
        state = next(answers, last["state"])
        if flat:
            return httpx.Response(
                200,
                json={
                    "batchId": BATCH,
                    "status": state,
                    "totalLeads": 10,
                    "processedCount": 4,
                    "foundCount": 3,
                    "createdAt": 1717400000000,
                },
            )
        return ok({"batchId": BATCH, "status": state, "totalItems": 10, "processedItems": 4})

    return handler


def test_refresh_reads_either_status_shape_into_the_same_object() -> None:
    client, _ = make_client(status_sequence("processing"))
    enveloped = client.email_finder.batch(BATCH).refresh()
    client, _ = make_client(status_sequence("processing", flat=True))
    flat = client.email_finder.batch(BATCH).refresh()
    for status in (enveloped, flat):
        assert (status.id, status.state, status.done, status.processed, status.total) == (
            BATCH,
            "processing",
            False,
            4,
            10,
        )
        assert status.progress == 40.0
    assert flat.counts == {"foundCount": 3}
    assert flat.created_at is not None and flat.created_at.year == 2024
    assert enveloped.model is not None and flat.model is None


def test_wait_backs_off_with_jitter_up_to_a_cap(clock: Clock) -> None:
    client, seen = make_client(status_sequence(*["processing"] * 12, "completed"))
    client._transport.sleep = lambda s: (seen.sleeps.append(s), setattr(clock, "now", clock.now + s))  # type: ignore[func-returns-value]
    final = client.email_validation.batch(BATCH).wait()
    assert final.succeeded
    assert 0.8 <= seen.sleeps[0] <= 1.2
    assert max(seen.sleeps) <= _jobs.BATCH_POLLING.cap * 1.2
    assert seen.sleeps[5] > seen.sleeps[0] * 3  # it grew


def test_fixed_poll_interval_and_progress_callback() -> None:
    client, seen = make_client(status_sequence("queued", "processing", "completed"))
    states: list[str] = []
    client.email_validation.batch(BATCH).wait(poll_interval=2.0, on_progress=lambda s: states.append(s.state))
    assert seen.sleeps == [2.0, 2.0]
    assert states == ["queued", "processing", "completed"]


def test_deadline_raises_wait_timeout_and_leaves_the_job_running(clock: Clock) -> None:
    client, seen = make_client(status_sequence("processing"))
    client._transport.sleep = lambda s: (seen.sleeps.append(s), setattr(clock, "now", clock.now + s))  # type: ignore[func-returns-value]
    job = client.email_validation.batch(BATCH)
    with pytest.raises(WaitTimeoutError) as caught:
        job.wait(timeout=30)
    assert caught.value.job_id == BATCH and BATCH in str(caught.value)
    assert caught.value.status.state == "processing"
    assert all(r.method == "GET" for r in seen.requests)  # nothing cancelled the job
    assert sum(seen.sleeps) <= 30.0001


def test_failed_job_raises_job_failed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return ok(
            {
                "jobId": "rj_1",
                "status": "failed",
                "jobType": "reveal",
                "fields": ["email"],
                "createdAt": "2026-01-01T00:00:00Z",
                "error": "Insufficient credits (balance: 100, required: 2875)",
            }
        )

    client, _ = make_client(handler)
    with pytest.raises(JobFailedError) as caught:
        client.lead_finder.reveal_job("rj_1").wait()
    assert "Insufficient credits" in str(caught.value) and caught.value.job_id == "rj_1"


def test_a_long_rate_limit_while_polling_is_waited_out(clock: Clock) -> None:
    answers = iter(
        [
            httpx.Response(429, json={"title": "Too Many Requests"}, headers={"retry-after": "90"}),
            ok({"batchId": BATCH, "status": "completed"}),
        ]
    )
    client, seen = make_client(lambda r: next(answers))
    client._transport.sleep = lambda s: (seen.sleeps.append(s), setattr(clock, "now", clock.now + s))  # type: ignore[func-returns-value]
    assert client.email_validation.batch(BATCH).wait().succeeded
    assert seen.sleeps == [90.0]


async def test_async_wait(clock: Clock) -> None:
    client, seen = make_async_client(status_sequence("processing", "completed", flat=True))
    status = await client.email_finder.batch(BATCH).wait()
    assert status.succeeded and len(seen.sleeps) == 1


def reveal_handler(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        return ok(
            {"jobId": "rj_9", "status": "pending", "totalLeads": 2, "fields": ["email"], "message": "queued"}
        )
    return ok(
        {
            "jobId": "rj_9",
            "status": "completed",
            "jobType": "reveal",
            "fields": ["email"],
            "createdAt": "2026-01-01T00:00:00Z",
            "results": {"revealed": [{"id": "enc_1", "emailAddress": "a@x.io"}, {"id": "enc_2"}]},
        }
    )


def test_reveal_job_results_wait_then_yield_contacts() -> None:
    client, _ = make_client(reveal_handler)
    job = client.lead_finder.reveal(["enc_1", "enc_2"], fields=["email"])
    assert job.id == "rj_9"
    assert [c.id for c in job.results()] == ["enc_1", "enc_2"]


def export_handler(chunks: int):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/download"):
            if request.url.params.get("early"):
                return httpx.Response(409, json={"title": "Conflict", "detail": "Export not completed"})
            body = b"".join(f"lead{i},x{i}@y.io\n".encode() for i in range(chunks))
            return httpx.Response(
                200, content=body, headers={"content-type": "text/csv", "x-credits-used": "20"}
            )
        return ok(
            {
                "jobId": "ej_0123456789abcdef",
                "status": "completed",
                "createdAt": "2026-01-01T00:00:00Z",
                "progress": 100,
                "totalRows": chunks,
                "processedRows": chunks,
            }
        )

    return handler


def test_export_download_streams_to_a_path(tmp_path: Path) -> None:
    client, _ = make_client(export_handler(50_000))
    job = client.lead_finder.export_job("ej_0123456789abcdef")
    assert job.wait().progress == 100
    info = job.download(tmp_path / "leads.csv")
    data = (tmp_path / "leads.csv").read_bytes()
    assert info.bytes_written == len(data) and data.startswith(b"lead0,") and info.credits_used == 20
    assert [p.name for p in tmp_path.iterdir()] == ["leads.csv"]  # no temporary file left


def test_export_download_to_a_file_object() -> None:
    client, _ = make_client(export_handler(3))
    sink = io.BytesIO()
    client.lead_finder.export_job("ej_0123456789abcdef").download(sink)
    assert sink.getvalue() == b"lead0,x0@y.io\nlead1,x1@y.io\nlead2,x2@y.io\n"


def test_download_before_completion_is_a_conflict_and_leaves_no_file(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            409, json={"title": "Conflict", "status": 409, "detail": "Export not completed"}
        )

    client, _ = make_client(handler)
    with pytest.raises(ConflictError):
        client.lead_finder.export_job("ej_0123456789abcdef").download(tmp_path / "x.csv")
    assert list(tmp_path.iterdir()) == []


def test_download_redirect_to_storage_drops_the_api_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.test":
            return httpx.Response(302, headers={"location": "https://storage.example/exports/x.csv?sig=abc"})
        return httpx.Response(200, content=b"a,b\n")

    client, _ = make_client(handler)
    sink = io.BytesIO()
    client.lead_finder.export_job("ej_0123456789abcdef").download(sink)
    assert sink.getvalue() == b"a,b\n"
    assert "x-api-key" in seen[0].headers and "x-api-key" not in seen[1].headers


async def test_async_export_download(tmp_path: Path) -> None:
    client, _ = make_async_client(export_handler(1000))
    info = await client.lead_finder.export_job("ej_0123456789abcdef").download(tmp_path / "a.csv")
    assert info.bytes_written == (tmp_path / "a.csv").stat().st_size > 0


def test_count_estimate_from_submit_to_estimate() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return ok({"batchId": BATCH, "status": "pending"}, {"creditsUsed": 100})
        return ok(
            {
                "batchId": BATCH,
                "status": "completed",
                "companyUrl": "https://www.linkedin.com/company/x",
                "createdAt": "2026-01-01T00:00:00Z",
                "data": {"totalCount": 1234},
            }
        )

    client, _ = make_client(handler)
    job = client.company_followers.estimate_count(
        "https://www.linkedin.com/company/x", countries=["United States"]
    )
    assert job.estimate is None
    job.wait(poll_interval=0)
    assert job.estimate is not None and job.estimate.total_count == 1234


def test_follower_scrape_progress_partial_and_continue() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.method} {request.url.path}?{request.url.query.decode()}")
        if request.method == "POST":
            return ok({"batchId": BATCH, "message": "started"}, {"creditsReserved": 500})
        if request.url.path.endswith("/progress"):
            return ok(
                {"batchId": BATCH, "processed": 40, "total": -1, "errors": 0, "done": True, "partial": True}
            )
        return ok(
            {
                "batchId": BATCH,
                "count": 1,
                "data": [{"profileUrl": "https://www.linkedin.com/in/a"}],
                "pagination": {"page": 1, "limit": 500, "total": 1, "totalPages": 1},
            }
        )

    client, _ = make_client(handler)
    scrape = client.company_followers.start_scrape("https://www.linkedin.com/company/x", 50)
    status = scrape.wait()
    assert (status.state, status.done, status.total, status.processed) == ("partial", True, None, 40)
    assert [p.profile_url for p in scrape.results()] == ["https://www.linkedin.com/in/a"]
    again = scrape.continue_scrape()
    assert again.id == BATCH
    assert calls[-1] == f"POST /api/v3/company-follower?batchId={BATCH}"


def test_reattach_by_id_makes_no_request() -> None:
    client, seen = make_client(lambda r: ok({}))
    for job in (
        client.email_validation.batch("x"),
        client.phone_finder.batch("x"),
        client.ip_to_company.batch("x"),
        client.reverse_lookup.batch("x"),
        client.email_finder.batch("x"),
        client.lead_finder.reveal_job("x"),
        client.lead_finder.export_job("x"),
        client.company_followers.scrape("x"),
        client.company_followers.count_estimate("x"),
    ):
        assert job.id == "x" and job.status is None
    assert seen.requests == []


def test_batch_handle_reports_reserved_credits() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return ok(
            {"batchId": BATCH, "status": "queued", "itemCount": 2},
            {"creditsReserved": 20, "creditsPerItem": 10},
        )

    client, _ = make_client(handler)
    job = client.email_finder.submit_batch(
        [("Ann", "Lee", "x.io"), {"firstName": "Bo", "lastName": "Ng", "domain": "y.io"}]
    )
    assert job.reserved_credits == 20 and job.kind == "email_finder"
