"""Webhook delivery: per-result callbacks as a job's items finish on the clock, then the completion.

Deliveries run on one background thread with its own event loop, so they work the same whether
the app is served by uvicorn or called in process (httpx.ASGITransport, Starlette's TestClient).
A failed delivery (connection error or non-2xx) is retried a few times with backoff; every
attempted delivery is logged on the organization (GET /_mock/webhooks).

Callbacks go to loopback addresses only (127.0.0.0/8, ::1, localhost) unless the simulator was
started with allow_external_webhooks: a simulator anyone can submit to must not be made to POST
to other hosts. A job whose webhookUrl points elsewhere is still accepted, as the API would accept
it; its callbacks are not sent, and one `refused` entry in the log (and a warning) says why.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import logging
import threading
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from .clock import iso_timestamp
from .jobs import Progress, Timeline

if TYPE_CHECKING:
    from .org import Organization

RETRY_DELAYS = (0.05, 0.2, 0.5)  # real seconds before the 2nd, 3rd and 4th attempt
POLL_AT_MOST = 0.25  # real seconds between looks at the clock (manual advances are noticed this fast)
TIMEOUT = 10.0
REFUSED = (
    "not sent: {url} is not a loopback address (127.0.0.0/8, ::1, localhost); "
    "start the simulator with --allow-external-webhooks to send callbacks to other hosts"
)

logger = logging.getLogger("enrichso_mock")


def is_loopback_url(url: str) -> bool:
    """Whether `url` names this machine by a loopback address or `localhost` (no DNS lookup: a
    name is not trusted to resolve to loopback, so anything else counts as external)."""
    try:
        host = httpx.URL(url).host  # lower case; IPv6 without brackets
    except httpx.InvalidURL:
        return False
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


class WebhookPayloads(Protocol):
    """The callbacks of a product (None: that callback is not sent). `index` is the item's position."""

    def webhook_result(self, job: Any, index: int, timestamp: str) -> dict[str, Any] | None: ...

    def webhook_completion(self, job: Any, progress: Progress, timestamp: str) -> dict[str, Any] | None: ...


class FollowedJob(Protocol):
    """What the dispatcher reads of a job it follows: a batch.BatchJob, or one run of a follower
    scrape (products/company_followers.SegmentDelivery)."""

    @property
    def id(self) -> str: ...

    @property
    def webhook_url(self) -> str | None: ...

    @property
    def timeline(self) -> Timeline: ...

    @property
    def product(self) -> WebhookPayloads: ...

    def progress(self, now: float) -> Progress: ...


class WebhookDispatcher:
    def __init__(self, *, allow_external: bool = False) -> None:
        self.allow_external = allow_external
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client: httpx.AsyncClient | None = None
        self._lock = threading.Lock()
        self._running: dict[str, set[concurrent.futures.Future[None]]] = {}

    def follow(self, org: Organization, job: FollowedJob) -> None:
        """Start delivering the callbacks of `job` (which has a webhook_url), or record why not."""
        assert job.webhook_url is not None
        if not (self.allow_external or is_loopback_url(job.webhook_url)):
            reason = REFUSED.format(url=job.webhook_url)
            logger.warning("webhooks of %s %s", job.id, reason)
            org.log_webhook(_log_entry(org, job, None, attempts=0, status=None, error=reason, refused=True))
            return
        loop = self._ensure_loop()
        future = asyncio.run_coroutine_threadsafe(self._deliver_job(org, job), loop)
        with self._lock:
            self._running.setdefault(org.id, set()).add(future)
        future.add_done_callback(lambda f: self._discard(org.id, f))

    def _discard(self, organization_id: str, future: concurrent.futures.Future[None]) -> None:
        with self._lock:
            self._running.get(organization_id, set()).discard(future)

    def forget(self, org: Organization) -> None:
        """Stop the deliveries of an organization (its state was reset)."""
        with self._lock:
            futures = list(self._running.pop(org.id, set()))
        for future in futures:
            future.cancel()

    def pending(self, org: Organization) -> int:
        with self._lock:
            return sum(1 for f in self._running.get(org.id, ()) if not f.done())

    def close(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with self._lock:
            running = [future for futures in self._running.values() for future in futures]
            self._running.clear()
        for future in running:
            future.cancel()
        if self._client is not None:
            asyncio.run_coroutine_threadsafe(self._client.aclose(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        self._loop = self._thread = self._client = None

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                ready = threading.Event()

                def run() -> None:
                    asyncio.set_event_loop(loop)
                    self._client = httpx.AsyncClient(
                        timeout=TIMEOUT, headers={"user-agent": "enrichso-mock-webhooks"}
                    )
                    ready.set()
                    loop.run_forever()
                    loop.close()

                self._thread = threading.Thread(target=run, name="enrichso-mock-webhooks", daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    async def _deliver_job(self, org: Organization, job: FollowedJob) -> None:
        clock, product = org.clock, job.product
        sent = 0
        while True:
            progress = job.progress(clock.now())
            while sent < progress.processed:
                payload = product.webhook_result(job, sent, clock.iso())
                if payload is not None:
                    await self._post(org, job, payload)
                sent += 1
            if progress.terminal:
                break
            due_in = job.timeline.time_of_item(sent + 1) - clock.now()
            await asyncio.sleep(min(POLL_AT_MOST, max(0.005, clock.real_seconds(due_in))))
        completion = product.webhook_completion(job, progress, clock.iso(job.timeline.ends_at))
        if completion is not None:
            await self._post(org, job, completion)

    async def _post(self, org: Organization, job: FollowedJob, payload: dict[str, Any]) -> None:
        assert self._client is not None and job.webhook_url is not None
        status: int | None = None
        error: str | None = None
        attempts = 0
        for delay in (0.0, *RETRY_DELAYS):
            if delay:
                await asyncio.sleep(delay)
            attempts += 1
            try:
                # Redirects are not followed (httpx's default): a loopback receiver cannot send
                # the callback on to another host.
                response = await self._client.post(job.webhook_url, json=payload)
                status, error = response.status_code, None
                if response.is_success:
                    break
            except httpx.HTTPError as exc:
                status, error = None, f"{type(exc).__name__}: {exc}"
        org.log_webhook(_log_entry(org, job, payload, attempts=attempts, status=status, error=error))


def _log_entry(
    org: Organization,
    job: FollowedJob,
    payload: dict[str, Any] | None,
    *,
    attempts: int,
    status: int | None,
    error: str | None,
    refused: bool = False,
) -> dict[str, Any]:
    """One entry of GET /_mock/webhooks: a delivery (after its last attempt) or a refused job."""
    return {
        "batchId": job.id,
        "url": job.webhook_url,
        "event": payload.get("event") if payload else None,
        "attempts": attempts,
        "status": status,
        "delivered": status is not None and 200 <= status < 300,
        "refused": refused,
        "error": error,
        "deliveredAt": iso_timestamp(org.clock.epoch()),
        "payload": payload,
    }
