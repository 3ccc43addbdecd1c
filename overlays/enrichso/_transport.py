"""Execute Calls over HTTP: one keep-alive httpx client per SDK client, retries, error mapping,
logging, and streamed downloads. The retry decisions live in _retry.py and the error mapping in
_problem.py; the two drivers below only differ by `await`.

The per-call path is kept lean (the benchmark compares it with bare httpx + json): headers are
prepared once, bodies are serialised once by orjson, logging costs one cached level check.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar
from urllib.parse import urljoin, urlsplit

import anyio
import httpx
import orjson

from ._call import Call, StreamedContent, unset_to_none
from ._config import logger
from ._problem import build_status_error
from ._retry import may_have_been_applied, status_retry_delay, transport_retry_delay
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    SubmitOutcomeUnknownError,
)

T = TypeVar("T")
# what a parser raises on a body of the wrong shape (IndexError, OverflowError... included)
_PARSE_ERRORS = (orjson.JSONDecodeError, LookupError, ValueError, TypeError, AttributeError, ArithmeticError)
_CHUNK = 64 * 1024
_MAX_REDIRECTS = 3

Destination = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class DownloadInfo:
    """What a streamed download wrote. Credits figures come from the X-Credits-* headers that
    the export download reports (None when absent)."""

    bytes_written: int
    path: Path | None
    content_type: str | None
    credits_used: float | None
    credits_refunded: float | None


def _header_number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class _TransportBase:
    """State and helpers shared by both drivers."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: httpx.Timeout,
        max_retries: int,
        client_has_headers: bool,
        base_headers: Mapping[str, str],
    ) -> None:
        self.base_url = base_url
        self._api_key = api_key
        self.timeout = timeout
        self.max_retries = max_retries
        # Our own httpx client carries the fixed headers; a user-supplied one gets them per request.
        fixed = {} if client_has_headers else dict(base_headers)
        self._headers: dict[str, str] = fixed
        self._json_headers: dict[str, str] = {**fixed, "content-type": "application/json"}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r}>"

    def _streamed_headers(self, body: StreamedContent) -> dict[str, str]:
        """A streamed body is sent with its length (not chunked: every server takes that)."""
        return {**self._json_headers, "content-length": str(body.length)}

    def _call_headers(self, call: Call[Any]) -> dict[str, str]:
        """The headers of one call: the fixed ones, Content-Type (and length) when it has a body,
        and its own Accept (the media types the spec documents for its answer)."""
        headers = self._headers if call.content is None else self._json_headers
        if call.body is not None:
            headers = self._streamed_headers(call.body)
        return headers if call.accept is None else {**headers, "accept": call.accept}

    # ------------------------------------------------------------------ outcomes
    def _parse_ok(self, call: Call[T], content: bytes, status: int) -> T:
        try:
            if call.raw:
                return call.parse(content)
            return call.parse(orjson.loads(content))
        except _PARSE_ERRORS as exc:
            raise APIResponseValidationError(
                f"{call.method} {call.path} returned {status} with a body that does not match the "
                f"spec ({type(exc).__name__}: {self._scrub(str(exc))[:200]})",
                status_code=status,
                body=content,
                method=call.method,
                path=call.path,
            ) from exc

    def _answer(self, call: Call[T], response: httpx.Response, started: float, retries: int) -> T:
        """The parsed value of a 2xx answer."""
        value = self._parse_ok(call, _body_of(response), response.status_code)
        if logger.isEnabledFor(logging.INFO):
            self._log_done(call, response.status_code, started, retries, value)
        return value

    def _delay_after_failure(
        self, call: Call[Any], exc: httpx.TransportError, started: float, retries: int, *, unsafe: bool
    ) -> float:
        """Seconds to wait before trying again after a network failure; raises when not to."""
        delay = transport_retry_delay(exc, retries_taken=retries, max_retries=self.max_retries, unsafe=unsafe)
        if delay is None:
            err = self._transport_failure(call, exc)
            if logger.isEnabledFor(logging.INFO):
                self._log_error(call, err, started, retries)
            raise err from exc
        if logger.isEnabledFor(logging.INFO):
            self._log_retry(call, type(exc).__name__, delay, retries)
        return delay

    def _delay_after_status(
        self, call: Call[Any], response: httpx.Response, started: float, retries: int, *, unsafe: bool
    ) -> float:
        """Seconds to wait before trying again after an error status; raises when not to."""
        status = response.status_code
        delay = status_retry_delay(
            status, response.headers, retries_taken=retries, max_retries=self.max_retries, unsafe=unsafe
        )
        if delay is None:
            err = self._status_failure(call, response)
            if logger.isEnabledFor(logging.INFO):
                self._log_error(call, err, started, retries)
            raise err
        if logger.isEnabledFor(logging.INFO):
            self._log_retry(call, f"status {status}", delay, retries)
        return delay

    def _status_failure(self, call: Call[Any], response: httpx.Response) -> APIError:
        err = build_status_error(
            status=response.status_code,
            headers=response.headers,
            body=response.content,
            method=call.method,
            path=call.path,
            secret=self._api_key,
        )
        if call.unsafe and (response.status_code >= 500 or response.status_code == 408):
            return self._outcome_unknown(call, err)
        return err

    def _transport_failure(self, call: Call[Any], exc: httpx.TransportError) -> APIError:
        text = self._scrub(str(exc)) or type(exc).__name__
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        err = cls(
            f"{call.method} {call.path} failed: {type(exc).__name__}: {text}",
            method=call.method,
            path=call.path,
        )
        if call.unsafe and may_have_been_applied(exc):
            return self._outcome_unknown(call, err)
        return err

    def _unreadable(self, call: Call[Any], exc: Exception) -> APIError:
        """An answer httpx could not read (a bad Content-Encoding, an unusable redirect): not
        retried; for a request that must not be repeated, its outcome is unknown."""
        err = APIConnectionError(
            f"{call.method} {call.path} failed: {type(exc).__name__}: {self._scrub(str(exc))}",
            method=call.method,
            path=call.path,
        )
        return self._outcome_unknown(call, err) if call.unsafe else err

    def _outcome_unknown(self, call: Call[Any], cause: APIError) -> SubmitOutcomeUnknownError:
        return SubmitOutcomeUnknownError(
            f"{call.method} {call.path} ({call.operation}) may or may not have been applied, and was "
            f"not retried because it is not safe to repeat (it reserves or charges credits, or "
            f"creates something): {cause.message}",
            method=call.method,
            path=call.path,
            operation=call.operation,
            sent=call.sent,
            cause=cause,
        )

    def _download_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        url: str,
        params: Mapping[str, Any] | None,
        own_origin: bool,
        accept: str | None = None,
    ) -> httpx.Request:
        headers = self._headers if accept is None else {**self._headers, "accept": accept}
        request = http.build_request("GET", url, params=params, headers=headers, timeout=self.timeout)
        if not own_origin:  # never hand the API key to another host
            request.headers.pop("x-api-key", None)
            request.headers.pop("authorization", None)
        return request

    def _redirect_target(self, current: str, location: str, own_origin: bool) -> tuple[str, bool]:
        try:
            target = urljoin(current, location)
            parts = urlsplit(target)
        except ValueError as exc:
            raise httpx.InvalidURL(f"unusable redirect location {location!r}") from exc
        if parts.scheme not in ("http", "https") or not parts.netloc:  # never file:, data: ...
            raise httpx.InvalidURL(f"unusable redirect location {location!r}")
        same = parts[:2] == urlsplit(self.base_url)[:2]
        return target, own_origin and same

    def _scrub(self, text: str) -> str:
        return text.replace(self._api_key, "[redacted]") if self._api_key in text else text

    # ------------------------------------------------------------------ logging
    def _log_done(self, call: Call[Any], status: int, started: float, retries: int, value: Any) -> None:
        logger.info(
            "%s %s -> %s in %.1f ms (retries %d, request id %s)",
            call.method,
            call.path,
            status,
            (time.perf_counter() - started) * 1000.0,
            retries,
            _request_id_of(value) or "-",
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s: operation %s, query %s, %d body bytes sent",
                call.method,
                call.path,
                call.operation,
                sorted(call.params) if call.params else "-",
                call.body_length,
            )

    def _log_retry(self, call: Call[Any], reason: str, delay: float, retries: int) -> None:
        logger.info(
            "%s %s: %s, retrying in %.2f s (retry %d of %d)",
            call.method,
            call.path,
            reason,
            delay,
            retries + 1,
            self.max_retries,
        )

    def _log_error(self, call: Call[Any], err: APIError, started: float, retries: int) -> None:
        cause = err.cause if isinstance(err, SubmitOutcomeUnknownError) else err
        status = cause.status_code if isinstance(cause, APIStatusError) else "-"
        request_id = cause.request_id if isinstance(cause, APIStatusError) else None
        logger.info(
            "%s %s -> %s in %.1f ms (retries %d, request id %s): %s",
            call.method,
            call.path,
            status,
            (time.perf_counter() - started) * 1000.0,
            retries,
            request_id or "-",
            type(err).__name__,
        )


def _request_id_of(value: Any) -> str | None:
    """meta.requestId of a parsed envelope, wherever the model keeps it."""
    meta = unset_to_none(getattr(value, "meta", None))
    if meta is not None:
        request_id = unset_to_none(getattr(meta, "request_id", None))
        return request_id if isinstance(request_id, str) else None
    extra = getattr(value, "additional_properties", None)
    raw_meta = extra.get("meta") if isinstance(extra, dict) else None
    request_id = raw_meta.get("requestId") if isinstance(raw_meta, dict) else None
    return request_id if isinstance(request_id, str) else None


def _body_of(response: httpx.Response) -> bytes:
    """The body of a response read in full. An httpx Response and its stream refer to each other,
    so once dropped the response (and its body: up to a results page of 1,000 items) would wait
    for the cyclic garbage collector, which seldom runs in a process holding few objects; a
    500,000-row pipeline kept about 10 MB of dead pages that way. The read body does not need
    the stream: replacing it breaks the cycle, and the response is freed when dropped."""
    content = response.content
    response.stream = httpx.ByteStream(b"")
    return content


def _open_destination(dest: Destination) -> tuple[IO[bytes], Path | None, Path | None]:
    """(file to write, final path, temporary path). A path is written through a temporary file
    in the same folder and renamed at the end, so a failed download never leaves half a file."""
    if isinstance(dest, str | os.PathLike):
        final = Path(dest)
        fd, tmp = tempfile.mkstemp(prefix=final.name + ".", suffix=".part", dir=final.parent or Path("."))
        return os.fdopen(fd, "wb"), final, Path(tmp)
    return dest, None, None


def _finish_destination(handle: IO[bytes], final: Path | None, tmp: Path | None, ok: bool) -> None:
    if final is None or tmp is None:
        return
    handle.close()
    if ok:
        shutil.move(str(tmp), str(final))
    else:
        tmp.unlink(missing_ok=True)


class SyncTransport(_TransportBase):
    """Runs Calls on an httpx.Client."""

    def __init__(self, http: httpx.Client, *, owns_http: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.http = http
        self.owns_http = owns_http
        self.sleep = time.sleep

    def request(self, call: Call[T]) -> T:
        url = self.base_url + call.path
        headers = self._call_headers(call)
        retries = 0
        started = time.perf_counter()
        while True:
            try:
                response = self.http.request(
                    call.method,
                    url,
                    params=call.params,
                    content=call.content if call.body is None else call.body.chunks(),
                    headers=headers,
                    timeout=self.timeout,
                )
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(call, exc, started, retries, unsafe=call.unsafe)
            except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                raise self._unreadable(call, exc) from exc
            else:
                if 200 <= response.status_code < 300:
                    return self._answer(call, response, started, retries)
                delay = self._delay_after_status(call, response, started, retries, unsafe=call.unsafe)
            self.sleep(delay)
            retries += 1

    def download(self, call: Call[Any], dest: Destination) -> DownloadInfo:
        """Stream a GET response body to `dest` (a path or a binary file object) in chunks.
        Retries happen only before the first byte is written. A redirect (e.g. to a pre-signed
        storage URL) is followed without the API key."""
        url = self.base_url + call.path
        params = call.params
        own_origin = True
        retries = 0
        redirects = 0
        started = time.perf_counter()
        while True:
            try:
                request = self._download_request(self.http, url, params, own_origin, call.accept)
                response = self.http.send(request, stream=True)
                try:
                    status = response.status_code
                    if 200 <= status < 300:
                        return self._write_stream(response, dest)
                    response.read()
                    location = response.headers.get("location")
                    if 300 <= status < 400 and location and redirects < _MAX_REDIRECTS:
                        url, own_origin = self._redirect_target(url, location, own_origin)
                        params = None
                        redirects += 1
                        continue
                    delay = self._delay_after_status(call, response, started, retries, unsafe=False)
                finally:
                    response.close()
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(call, exc, started, retries, unsafe=False)
            except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                raise self._unreadable(call, exc) from exc
            self.sleep(delay)
            retries += 1

    def _write_stream(self, response: httpx.Response, dest: Destination) -> DownloadInfo:
        handle, final, tmp = _open_destination(dest)
        written = 0
        ok = False
        try:
            for chunk in response.iter_bytes(_CHUNK):
                handle.write(chunk)
                written += len(chunk)
            ok = True
        finally:
            _finish_destination(handle, final, tmp, ok)
        return DownloadInfo(
            bytes_written=written,
            path=final,
            content_type=response.headers.get("content-type"),
            credits_used=_header_number(response.headers, "x-credits-used"),
            credits_refunded=_header_number(response.headers, "x-credits-refunded"),
        )

    def close(self) -> None:
        if self.owns_http:
            self.http.close()


class AsyncTransport(_TransportBase):
    """Runs Calls on an httpx.AsyncClient (asyncio or trio, through anyio)."""

    def __init__(self, http: httpx.AsyncClient, *, owns_http: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.http = http
        self.owns_http = owns_http
        self.sleep = anyio.sleep

    async def request(self, call: Call[T]) -> T:
        url = self.base_url + call.path
        headers = self._call_headers(call)
        retries = 0
        started = time.perf_counter()
        while True:
            try:
                response = await self.http.request(
                    call.method,
                    url,
                    params=call.params,
                    content=call.content if call.body is None else call.body.achunks(),
                    headers=headers,
                    timeout=self.timeout,
                )
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(call, exc, started, retries, unsafe=call.unsafe)
            except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                raise self._unreadable(call, exc) from exc
            else:
                if 200 <= response.status_code < 300:
                    return self._answer(call, response, started, retries)
                delay = self._delay_after_status(call, response, started, retries, unsafe=call.unsafe)
            await self.sleep(delay)
            retries += 1

    async def download(self, call: Call[Any], dest: Destination) -> DownloadInfo:
        """Async twin of SyncTransport.download (file writes are small blocking chunks)."""
        url = self.base_url + call.path
        params = call.params
        own_origin = True
        retries = 0
        redirects = 0
        started = time.perf_counter()
        while True:
            try:
                request = self._download_request(self.http, url, params, own_origin, call.accept)
                response = await self.http.send(request, stream=True)
                try:
                    status = response.status_code
                    if 200 <= status < 300:
                        return await self._write_stream(response, dest)
                    await response.aread()
                    location = response.headers.get("location")
                    if 300 <= status < 400 and location and redirects < _MAX_REDIRECTS:
                        url, own_origin = self._redirect_target(url, location, own_origin)
                        params = None
                        redirects += 1
                        continue
                    delay = self._delay_after_status(call, response, started, retries, unsafe=False)
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(call, exc, started, retries, unsafe=False)
            except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                raise self._unreadable(call, exc) from exc
            await self.sleep(delay)
            retries += 1

    async def _write_stream(self, response: httpx.Response, dest: Destination) -> DownloadInfo:
        handle, final, tmp = _open_destination(dest)
        written = 0
        ok = False
        try:
            async for chunk in response.aiter_bytes(_CHUNK):
                handle.write(chunk)
                written += len(chunk)
            ok = True
        finally:
            _finish_destination(handle, final, tmp, ok)
        return DownloadInfo(
            bytes_written=written,
            path=final,
            content_type=response.headers.get("content-type"),
            credits_used=_header_number(response.headers, "x-credits-used"),
            credits_refunded=_header_number(response.headers, "x-credits-refunded"),
        )

    async def aclose(self) -> None:
        if self.owns_http:
            await self.http.aclose()
