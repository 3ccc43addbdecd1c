"""Every request asks for the media type its operation documents (Accept, derived from the spec by
the generator template), so a strict server that answers 406 to anything else serves them all: the
two CSV downloads too (GET /company-follower/{batchId}/export, GET
/lead-finder/export-jobs/{jobId}/download, documented only as text/csv)."""

from __future__ import annotations

import httpx

from .conftest import make_async_client, make_client
from .test_reachability import EXPECTED, OPERATIONS, Answerer, exercise, exercise_async


def _ranges(accept: str) -> list[tuple[str, float]]:
    """(media range, weight) of an Accept header (RFC 9110 12.5.1)."""
    ranges = []
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        weight = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                weight = float(value)
        ranges.append((media.lower(), weight))
    return ranges


def admits(accept: str | None, media: str) -> bool:
    if not accept:
        return True  # no Accept: anything goes
    kind = media.split("/")[0]
    return any(weight > 0 and (r == media or r == "*/*" or r == f"{kind}/*") for r, weight in _ranges(accept))


def test_admits_reads_accept_headers() -> None:
    assert admits("text/csv, */*;q=0.1", "text/csv")
    assert admits("text/*", "text/csv")
    assert not admits("application/json", "text/csv")
    assert not admits("text/csv;q=0, application/json", "text/csv")


class StrictAnswerer(Answerer):
    """406 unless the request's Accept admits every media type the operation's 200 documents."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        for method, pattern, op in OPERATIONS:
            if method == request.method and pattern.match(request.url.path):
                documented = op["responses"]["200"]["content"]
                accept = request.headers.get("accept")
                if not all(admits(accept, media) for media in documented):
                    self.refused.append(f"{op['operationId']}: Accept {accept!r}")
                    return httpx.Response(406, json={"title": "Not Acceptable", "status": 406})
                break
        return super().__call__(request)


def test_every_operation_is_served_by_a_strict_server_sync() -> None:
    answer = StrictAnswerer()
    client, _ = make_client(answer)
    exercise(client)
    assert answer.refused == []
    assert sorted(EXPECTED - answer.hit) == []


async def test_every_operation_is_served_by_a_strict_server_async() -> None:
    answer = StrictAnswerer()
    client, _ = make_async_client(answer)
    await exercise_async(client)
    assert answer.refused == []
    assert sorted(EXPECTED - answer.hit) == []


def test_the_csv_downloads_ask_for_csv_first() -> None:
    answer = StrictAnswerer()
    client, recorder = make_client(answer)
    exercise(client)
    csv = {
        r.headers["accept"]
        for r in recorder.requests
        if r.method == "GET" and r.url.path.endswith(("/export", "/download"))
    }
    assert csv == {"text/csv, */*;q=0.1"}
