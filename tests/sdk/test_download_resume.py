"""A download cut in the middle is never written twice: a file object that can seek back is
rewound and truncated before the retry; one that cannot is resumed with a Range request when the
server supports it (206 + Content-Range), else the download stops without retrying. Both the
lead-finder export download and the company-follower CSV export go this way."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from enrichso import errors

from .conftest import make_async_client, make_client

DATA = b"".join(f"row{i:06d},someone{i}@example.com\n".encode() for i in range(20_000))  # 560,000 bytes
CUT = 196_608  # bytes sent before the connection drops


class OneWay(io.RawIOBase):
    """A file object that can only be written forward (a pipe, a socket, a zip member)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, block: Any) -> int:
        self.data += block
        return len(block)


def _blocks(data: bytes, cut: int | None) -> Iterator[bytes]:
    for start in range(0, len(data) if cut is None else cut, 65_536):
        yield data[start : start + 65_536 if cut is None else min(start + 65_536, cut)]
    if cut is not None:
        raise httpx.ReadError("connection reset by peer")


def server(
    *, ranges: bool, honour_range: bool = True, cuts: int = 1
) -> Callable[[httpx.Request], httpx.Response]:
    """Answers every download with DATA, cut after CUT bytes the first `cuts` times."""
    state = {"served": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        state["served"] += 1
        cut = CUT if state["served"] <= cuts else None
        headers = {"content-type": "text/csv", "x-credits-used": "0", "etag": '"v1"'}
        if ranges:
            headers["accept-ranges"] = "bytes"
        wanted = request.headers.get("range")
        if ranges and honour_range and wanted:
            start = int(wanted.removeprefix("bytes=").rstrip("-"))
            headers["content-range"] = f"bytes {start}-{len(DATA) - 1}/{len(DATA)}"
            return httpx.Response(206, headers=headers, content=_blocks(DATA[start:], None))
        return httpx.Response(200, headers=headers, content=_blocks(DATA, cut))

    return handler


DOWNLOADS = {
    "lead export": lambda client: client.lead_finder.export_job("ej_0123456789abcdef").download,
    "follower export": lambda client: client.company_followers.scrape("665a1f4e2c3b7800129dce01").export_csv,
}


@pytest.mark.parametrize("which", DOWNLOADS)
@pytest.mark.parametrize("ranges", [False, True])
def test_a_seekable_file_object_is_rewound_not_appended_to(which: str, ranges: bool) -> None:
    client, seen = make_client(server(ranges=ranges))
    sink = io.BytesIO(b"kept header\n")
    sink.seek(0, io.SEEK_END)
    info = DOWNLOADS[which](client)(sink)
    assert sink.getvalue() == b"kept header\n" + DATA  # what was there before stays
    assert info.bytes_written == len(DATA) and len(seen.requests) == 2


@pytest.mark.parametrize("which", DOWNLOADS)
def test_a_one_way_file_object_resumes_with_range(which: str) -> None:
    client, seen = make_client(server(ranges=True))
    sink = OneWay()
    info = DOWNLOADS[which](client)(sink)
    assert bytes(sink.data) == DATA and info.bytes_written == len(DATA)
    assert seen.requests[1].headers["range"] == f"bytes={CUT}-"
    assert seen.requests[1].headers["if-range"] == '"v1"'


@pytest.mark.parametrize("honour_range", [False, True])
def test_a_one_way_file_object_without_resume_stops_without_retrying(honour_range: bool) -> None:
    client, seen = make_client(server(ranges=honour_range, honour_range=False))
    sink = OneWay()
    with pytest.raises(errors.APIConnectionError, match="cannot seek back") as caught:
        client.lead_finder.export_job("ej_0123456789abcdef").download(sink)
    assert bytes(sink.data) == DATA[:CUT]  # the partial data, never a duplicate
    assert len(seen.requests) == (2 if honour_range else 1)
    assert f"{CUT:,}" in str(caught.value)


def test_a_path_is_written_once_after_a_reset(tmp_path: Path) -> None:
    client, _ = make_client(server(ranges=False, cuts=2))
    info = client.lead_finder.export_job("ej_0123456789abcdef").download(tmp_path / "leads.csv")
    assert (tmp_path / "leads.csv").read_bytes() == DATA and info.bytes_written == len(DATA)
    assert [p.name for p in tmp_path.iterdir()] == ["leads.csv"]


async def test_async_a_file_object_is_rewound_or_resumed() -> None:
    def asynced(
        handler: Callable[[httpx.Request], httpx.Response],
    ) -> Callable[[httpx.Request], httpx.Response]:
        def wrapped(request: httpx.Request) -> httpx.Response:
            response = handler(request)
            blocks = response.stream

            async def aiter() -> AsyncIterator[bytes]:
                for block in blocks:  # type: ignore[union-attr]
                    yield block

            return httpx.Response(response.status_code, headers=response.headers, content=aiter())

        return wrapped

    for sink in (io.BytesIO(), OneWay()):
        client, _ = make_async_client(asynced(server(ranges=True)))
        info = await client.lead_finder.export_job("ej_0123456789abcdef").download(sink)
        written = sink.getvalue() if isinstance(sink, io.BytesIO) else bytes(sink.data)
        assert written == DATA and info.bytes_written == len(DATA)
