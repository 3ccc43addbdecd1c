"""Execute Calls over HTTP: one keep-alive httpx client per SDK client, retries, error mapping,
logging, and streamed downloads. The retry decisions live in _core/retry.py and the error mapping in
_core/problem.py; the two drivers below only differ by `await`.

The per-call path is kept lean (the benchmark compares it with bare httpx + json): headers are
prepared once, bodies are serialised once by orjson, logging costs one cached level check.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Mapping
from typing import Any, NoReturn, Self, TypeVar
from urllib.parse import urljoin, urlsplit

import anyio
import httpx
import orjson
from enrichso_api.types import WrongMemberType

from ..errors import (
    REDACTED,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    OutcomeUnknownError,
    ResponseTooLargeError,
)
from .call import Call, StreamedContent, checked_added_query, unset_to_none, wrong_member
from .config import check_timeout, logger, resolve_timeout
from .member_path import member_path
from .problem import build_status_error
from .retry import may_have_been_applied, status_retry_delay, transport_retry_delay
from .secret import Scrubber
from .sink import Destination as Destination  # re-exported: the resources import them from here
from .sink import DownloadInfo as DownloadInfo
from .sink import Sink

T = TypeVar("T")
# what a parser raises on a body of the wrong shape (IndexError, OverflowError... included)
_PARSE_ERRORS = (orjson.JSONDecodeError, LookupError, ValueError, TypeError, AttributeError, ArithmeticError)
_CHUNK = 64 * 1024
_MAX_REDIRECTS = 3
# the headers that carry a credential: sent to the API's own origin only
_KEY_HEADERS = ("x-api-key", "authorization")
# (http response, its body or None for a download) for each 2xx answer, in a with_raw_response view
Recorder = list[tuple[httpx.Response, bytes | None]]


class _TransportBase:
    """State and helpers shared by both drivers."""

    owns_http: bool  # whether close() closes the connection pool (never for a view)

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: httpx.Timeout,
        max_retries: int,
        client_has_headers: bool,
        base_headers: Mapping[str, str],
        max_response_bytes: int,
        default_query: Mapping[str, Any] | None = None,
    ) -> None:
        self.base_url = base_url
        self.max_response_bytes = max_response_bytes
        self._api_key = api_key
        self._scrubber = Scrubber(api_key)
        self.timeout = timeout
        self.max_retries = max_retries
        # Our own httpx client carries the fixed headers; a user-supplied one gets them per request.
        fixed = {} if client_has_headers else dict(base_headers)
        self._set_headers(fixed)
        # query members added to every request (the client's default_query, a call's extra_query)
        self._query: dict[str, Any] = dict(default_query or {})
        self._recorder: Recorder | None = None

    def _set_headers(self, fixed: dict[str, str]) -> None:
        self._headers: dict[str, str] = fixed
        self._json_headers: dict[str, str] = {**fixed, "content-type": "application/json"}

    def with_request_options(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Self:
        """A view of this transport (same connection pool, never closing it) whose requests also
        carry these headers and query members, and this timeout. Header names are compared
        without case, so an extra header replaces the client's own only when it names it: the
        API key changes only when the caller passes the key header itself (then that key is
        the one scrubbed from errors and logs). This transport itself when none is given."""
        if extra_headers is None and extra_query is None and timeout is None:
            return self
        view = copy.copy(self)
        view.owns_http = False
        if timeout is not None:
            view.timeout = resolve_timeout(timeout)
            check_timeout(view.timeout)  # as the client's own: a negative one fails every request
        if extra_query:
            view._query = {**self._query, **checked_added_query(extra_query, "extra_query")}
        if extra_headers:
            extra = {name.lower(): value for name, value in extra_headers.items()}
            view._set_headers({**self._headers, **extra})
            if extra.get("x-api-key"):
                view._api_key = extra["x-api-key"]
                view._scrubber = Scrubber(view._api_key)
        return view

    def recording(self, recorder: Recorder) -> Self:
        """A view that appends each 2xx answer it gets to `recorder` (client.with_raw_response)."""
        view = copy.copy(self)
        view.owns_http = False
        view._recorder = recorder
        return view

    def _params(self, params: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
        # the call's own parameters win: the added ones never name them (checked_added_query)
        return {**self._query, **params} if params and self._query else (params or self._query or None)

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
        decoded: Any = None
        try:
            if call.raw:
                return call.parse(content)
            decoded = orjson.loads(content)
            return call.parse(decoded)
        except APIResponseValidationError as exc:  # a member of the wrong type (views.check_members)
            if exc.method is not None:
                raise
            message = self._scrub(exc.message.removeprefix(f"{exc.operation}: "))
            raise self._not_the_spec(call, content, status, f": {message}", exc.member) from None
        except WrongMemberType as exc:  # the same, met by a generated model
            member = member_path(decoded, exc.name, exc.value) or exc.name
            message = self._scrub(wrong_member(member, exc.expected, exc.value).message)
            raise self._not_the_spec(call, content, status, f": {message}", member) from None
        except _PARSE_ERRORS as exc:
            detail = f" ({type(exc).__name__}: {self._scrub(str(exc))[:200]})"
            raise self._not_the_spec(call, content, status, detail) from (
                None if self._scrubber.shows(str(exc)) else exc
            )

    def _not_the_spec(
        self, call: Call[Any], content: bytes, status: int, detail: str, member: str | None = None
    ) -> APIResponseValidationError:
        """A 2xx body that does not match the spec (`detail` says how), its key scrubbed."""
        return APIResponseValidationError(
            f"{call.method} {call.path} ({call.operation}) returned {status} with a body that does "
            f"not match the spec{detail}",
            status_code=status,
            body=self._scrubber.bytes(content),
            method=call.method,
            path=call.path,
            operation=call.operation,
            member=member,
        )

    def _answer(
        self, call: Call[T], response: httpx.Response, content: bytes, started: float, retries: int
    ) -> T:
        """The parsed value of a 2xx answer."""
        value = self._parse_ok(call, content, response.status_code)
        if self._recorder is not None:
            self._recorder.append((_handed_out(response, content), content))
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
            self._raise(err, exc)
        if logger.isEnabledFor(logging.INFO):
            self._log_retry(call, type(exc).__name__, delay, retries)
        return delay

    def _delay_after_status(
        self,
        call: Call[Any],
        response: httpx.Response,
        content: bytes,
        started: float,
        retries: int,
        *,
        unsafe: bool,
    ) -> float:
        """Seconds to wait before trying again after an error status; raises when not to."""
        status = response.status_code
        delay = status_retry_delay(
            status, response.headers, retries_taken=retries, max_retries=self.max_retries, unsafe=unsafe
        )
        if delay is None:
            err = self._status_failure(call, response, content)
            if logger.isEnabledFor(logging.INFO):
                self._log_error(call, err, started, retries)
            raise err
        if logger.isEnabledFor(logging.INFO):
            self._log_retry(call, f"status {status}", delay, retries)
        return delay

    def _status_failure(self, call: Call[Any], response: httpx.Response, content: bytes) -> APIError:
        err = build_status_error(
            status=response.status_code,
            headers=response.headers,
            body=content,
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

    def _declared_too_large(self, call: Call[Any], response: httpx.Response) -> None:
        """Refuse a body whose declared (unencoded) length is over the cap before reading it."""
        declared = response.headers.get("content-length", "")
        plain = "content-encoding" not in response.headers
        if plain and declared.isdigit() and int(declared) > self.max_response_bytes:
            raise self._too_large(call, response)

    def _too_large(self, call: Call[Any], response: httpx.Response) -> APIError:
        """The error for a body longer than max_response_bytes once decoded (a gzip bomb, an
        endless answer). A submit that was answered 2xx or 5xx this way may have been applied."""
        err = ResponseTooLargeError(
            f"{call.method} {call.path} answered {response.status_code} with a body of more than "
            f"{self.max_response_bytes:,} bytes (the client's max_response_bytes); not read further",
            method=call.method,
            path=call.path,
            status_code=response.status_code,
            limit=self.max_response_bytes,
        )
        if call.unsafe and not 400 <= response.status_code < 500:
            return self._outcome_unknown(call, err)
        return err

    def _outcome_unknown(self, call: Call[Any], cause: APIError) -> OutcomeUnknownError:
        return OutcomeUnknownError(
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
        accept: str | None,
        resume: Mapping[str, str],
    ) -> httpx.Request:
        headers = self._headers if accept is None else {**self._headers, "accept": accept}
        if resume:
            headers = {**headers, **resume}
        request = http.build_request("GET", url, params=params, headers=headers, timeout=self.timeout)
        if not own_origin:  # never hand the API key to another host
            _drop_key(request)
        return request

    def _cannot_continue(self, call: Call[Any], sink: Sink, why: str) -> APIConnectionError:
        return APIConnectionError(
            f"{call.method} {call.path}: the download broke off after {sink.written:,} bytes ({why}); "
            "they went to a file object that cannot seek back, and the server does not resume "
            "(Range), so it was not retried (nothing is written twice): what was written is incomplete",
            method=call.method,
            path=call.path,
        )

    def _before_retry(self, call: Call[Any], sink: Sink, exc: httpx.TransportError) -> None:
        """After a download broke off: rewind the destination, or resume with Range when the
        server serves byte ranges, or stop (raise)."""
        if not sink.rewind() and not sink.ranges:
            self._raise(self._cannot_continue(call, sink, type(exc).__name__), exc)

    def _check_continues(self, call: Call[Any], sink: Sink, response: httpx.Response) -> None:
        if not sink.continues(response):
            why = f"the resumed request was answered {response.status_code} from the start"
            raise self._cannot_continue(call, sink, why)

    def _same_origin(self, url: httpx.URL) -> bool:
        """Scheme, host and port of the API root: another host, port, or http instead of https
        is another origin, which never gets the key."""
        base = httpx.URL(self.base_url)
        return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)

    def _next_hop(
        self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], response: httpx.Response, hops: int
    ) -> httpx.Request | None:
        """The request a redirect answer leads to, when the caller's own httpx client follows
        redirects (ours does not). Requests are sent with follow_redirects=False and redirects are
        followed here, because httpx would carry x-api-key to any host (it strips Authorization
        only). A streamed body cannot be sent twice: its redirect is not followed."""
        target = response.next_request
        if target is None or not http.follow_redirects or call.body is not None or hops >= http.max_redirects:
            return None
        if not self._same_origin(target.url):  # (a later hop copies these headers: once gone, gone)
            _drop_key(target)
        return target

    def _redirect_target(self, current: str, location: str, own_origin: bool) -> tuple[str, bool]:
        try:
            target = urljoin(current, location)
            parts = urlsplit(target)
        except ValueError as exc:
            raise httpx.InvalidURL(f"unusable redirect location {location!r}") from exc
        if parts.scheme not in ("http", "https") or not parts.netloc:  # never file:, data: ...
            raise httpx.InvalidURL(f"unusable redirect location {location!r}")
        return target, own_origin and self._same_origin(httpx.URL(target))

    @staticmethod
    def _check_open(closed: bool) -> None:
        """A closed client refuses before anything is built (httpx would raise a bare RuntimeError)."""
        if closed:
            raise ClientClosedError(
                "this client is closed (close() or the end of its `with` block closed its connections, "
                "which with_options() copies share); create a new client"
            )

    def _scrub(self, text: str) -> str:
        return self._scrubber.text(text)

    def shows_key(self, text: str) -> bool:
        """Whether `text` holds this transport's API key in any form (raw, quoted, escaped)."""
        return self._scrubber.shows(text)

    def _raise(self, err: APIError, exc: Exception) -> NoReturn:
        """Raise `err` chained to httpx's exception, unless that one's text shows the key (a
        traceback would print it): then the chain is cut."""
        if self._scrubber.shows(str(exc)):
            raise err from None
        raise err from exc

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
        cause = err.cause if isinstance(err, OutcomeUnknownError) else err
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


def _handed_out(response: httpx.Response, content: bytes) -> httpx.Response:
    """A streamed answer as with_raw_response hands it out: its body readable (.text, .json(),
    .content: the decoded body the transport read) and its request's key header masked (httpx
    shows x-api-key in a repr of the headers). The request was answered: nothing sends it again."""
    response._content = content  # what httpx's own read() sets
    return _key_masked(response)


def _key_masked(response: httpx.Response) -> httpx.Response:
    for name in _KEY_HEADERS:
        if name in response.request.headers:
            response.request.headers[name] = REDACTED
    return response


def _drop_key(request: httpx.Request) -> None:
    for name in _KEY_HEADERS:
        request.headers.pop(name, None)


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


class SyncTransport(_TransportBase):
    """Runs Calls on an httpx.Client."""

    def __init__(self, http: httpx.Client, *, owns_http: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.http = http
        self.owns_http = owns_http
        self.sleep = time.sleep

    def request(self, call: Call[T]) -> T:
        self._check_open(self.http.is_closed)
        url = self.base_url + call.path
        headers = self._call_headers(call)
        retries = 0
        started = time.perf_counter()
        while True:
            try:
                request = self.http.build_request(
                    call.method,
                    url,
                    params=self._params(call.params),
                    content=call.content if call.body is None else call.body.chunks(),
                    headers=headers,
                    timeout=self.timeout,
                )
                response = self.http.send(request, stream=True, follow_redirects=False)
                try:
                    hops = 0
                    while (target := self._next_hop(self.http, call, response, hops)) is not None:
                        response.close()
                        response = self.http.send(target, stream=True, follow_redirects=False)
                        hops += 1
                    content = self._read(call, response)
                finally:
                    response.close()
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(call, exc, started, retries, unsafe=call.unsafe)
            except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                self._raise(self._unreadable(call, exc), exc)
            else:
                if 200 <= response.status_code < 300:
                    return self._answer(call, response, content, started, retries)
                delay = self._delay_after_status(
                    call, response, content, started, retries, unsafe=call.unsafe
                )
            self.sleep(delay)
            retries += 1

    def _read(self, call: Call[Any], response: httpx.Response) -> bytes:
        """The decoded body, up to max_response_bytes (decoded block by block, so a gzip bomb
        stops at the cap instead of expanding in memory)."""
        self._declared_too_large(call, response)
        blocks: list[bytes] = []
        size = 0
        for block in response.iter_bytes():
            size += len(block)
            if size > self.max_response_bytes:
                raise self._too_large(call, response)
            blocks.append(block)
        return blocks[0] if len(blocks) == 1 else b"".join(blocks)

    def download(self, call: Call[Any], dest: Destination) -> DownloadInfo:
        """Stream a GET response body to `dest` (a path or a binary file object) in chunks.
        Retries happen only before the first byte is written. A redirect (e.g. to a pre-signed
        storage URL) is followed without the API key."""
        self._check_open(self.http.is_closed)
        url = self.base_url + call.path
        params = self._params(call.params)
        own_origin = True
        retries = 0
        redirects = 0
        started = time.perf_counter()
        sink = Sink(dest)
        ok = False
        try:
            while True:
                try:
                    request = self._download_request(
                        self.http, url, params, own_origin, call.accept, sink.resume_headers()
                    )
                    response = self.http.send(request, stream=True, follow_redirects=False)
                    try:
                        status = response.status_code
                        if 200 <= status < 300:
                            self._check_continues(call, sink, response)
                            sink.begin(response)
                            for block in response.iter_bytes(_CHUNK):
                                sink.write(block)
                            ok = True
                            if self._recorder is not None:
                                self._recorder.append((_key_masked(response), None))
                            return sink.info()
                        content = self._read(call, response)
                        location = response.headers.get("location")
                        if 300 <= status < 400 and location and redirects < _MAX_REDIRECTS:
                            url, own_origin = self._redirect_target(url, location, own_origin)
                            params = None
                            redirects += 1
                            continue
                        delay = self._delay_after_status(
                            call, response, content, started, retries, unsafe=False
                        )
                    finally:
                        response.close()
                except httpx.TransportError as exc:
                    delay = self._delay_after_failure(call, exc, started, retries, unsafe=False)
                    self._before_retry(call, sink, exc)
                except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                    self._raise(self._unreadable(call, exc), exc)
                self.sleep(delay)
                retries += 1
        finally:
            sink.finish(ok)

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
        self._check_open(self.http.is_closed)
        url = self.base_url + call.path
        headers = self._call_headers(call)
        retries = 0
        started = time.perf_counter()
        while True:
            try:
                request = self.http.build_request(
                    call.method,
                    url,
                    params=self._params(call.params),
                    content=call.content if call.body is None else call.body.achunks(),
                    headers=headers,
                    timeout=self.timeout,
                )
                response = await self.http.send(request, stream=True, follow_redirects=False)
                try:
                    hops = 0
                    while (target := self._next_hop(self.http, call, response, hops)) is not None:
                        await response.aclose()
                        response = await self.http.send(target, stream=True, follow_redirects=False)
                        hops += 1
                    content = await self._read(call, response)
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                delay = self._delay_after_failure(call, exc, started, retries, unsafe=call.unsafe)
            except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                self._raise(self._unreadable(call, exc), exc)
            else:
                if 200 <= response.status_code < 300:
                    return self._answer(call, response, content, started, retries)
                delay = self._delay_after_status(
                    call, response, content, started, retries, unsafe=call.unsafe
                )
            await self.sleep(delay)
            retries += 1

    async def _read(self, call: Call[Any], response: httpx.Response) -> bytes:
        """See SyncTransport._read."""
        self._declared_too_large(call, response)
        blocks: list[bytes] = []
        size = 0
        async for block in response.aiter_bytes():
            size += len(block)
            if size > self.max_response_bytes:
                raise self._too_large(call, response)
            blocks.append(block)
        return blocks[0] if len(blocks) == 1 else b"".join(blocks)

    async def download(self, call: Call[Any], dest: Destination) -> DownloadInfo:
        """Async twin of SyncTransport.download (file writes are small blocking chunks)."""
        self._check_open(self.http.is_closed)
        url = self.base_url + call.path
        params = self._params(call.params)
        own_origin = True
        retries = 0
        redirects = 0
        started = time.perf_counter()
        sink = Sink(dest)
        ok = False
        try:
            while True:
                try:
                    request = self._download_request(
                        self.http, url, params, own_origin, call.accept, sink.resume_headers()
                    )
                    response = await self.http.send(request, stream=True, follow_redirects=False)
                    try:
                        status = response.status_code
                        if 200 <= status < 300:
                            self._check_continues(call, sink, response)
                            sink.begin(response)
                            async for block in response.aiter_bytes(_CHUNK):
                                sink.write(block)  # small blocking writes
                            ok = True
                            if self._recorder is not None:
                                self._recorder.append((_key_masked(response), None))
                            return sink.info()
                        content = await self._read(call, response)
                        location = response.headers.get("location")
                        if 300 <= status < 400 and location and redirects < _MAX_REDIRECTS:
                            url, own_origin = self._redirect_target(url, location, own_origin)
                            params = None
                            redirects += 1
                            continue
                        delay = self._delay_after_status(
                            call, response, content, started, retries, unsafe=False
                        )
                    finally:
                        await response.aclose()
                except httpx.TransportError as exc:
                    delay = self._delay_after_failure(call, exc, started, retries, unsafe=False)
                    self._before_retry(call, sink, exc)
                except (httpx.RequestError, httpx.InvalidURL) as exc:  # an answer httpx cannot read
                    self._raise(self._unreadable(call, exc), exc)
                await self.sleep(delay)
                retries += 1
        finally:
            sink.finish(ok)

    async def aclose(self) -> None:
        if self.owns_http:
            await self.http.aclose()
