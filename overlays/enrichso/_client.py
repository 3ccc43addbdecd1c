"""Enrich and AsyncEnrich: configuration, the one httpx client, and the resources.

The API key is held by the transport only; reprs show the base URL, never the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType, TracebackType
from typing import Any, ClassVar, Self, TypedDict, Unpack

import httpx

from ._core.config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    base_headers,
    configure_logging_from_env,
    refuse_pickling,
    resolve_api_key,
    resolve_base_url,
    resolve_timeout,
)
from ._core.transport import AsyncTransport, SyncTransport
from ._resources import AsyncEnrichWithRawResponse, AsyncResources, EnrichWithRawResponse, Resources
from .resources.organization import Organization

_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)


class OptionChanges(TypedDict, total=False):
    """What with_options() may change: every constructor setting."""

    api_key: str
    base_url: str
    timeout: float | httpx.Timeout | None
    max_retries: int
    max_response_bytes: int
    default_headers: Mapping[str, str]
    default_query: Mapping[str, Any]
    http_client: httpx.Client | httpx.AsyncClient | None


def _resolved(changes: OptionChanges) -> dict[str, Any]:
    """The changes in the form ClientOptions holds them (as the constructor resolves them)."""
    out: dict[str, Any] = dict(changes)
    if "api_key" in changes:
        out["api_key"] = resolve_api_key(changes["api_key"])
    if "base_url" in changes:
        out["base_url"] = resolve_base_url(changes["base_url"])
    if "timeout" in changes:
        out["timeout"] = resolve_timeout(changes["timeout"])
    for name in ("default_headers", "default_query"):
        if name in out:
            out[name] = MappingProxyType(dict(out[name] or {}))
    return out


class _ClientBase:
    """What Enrich and AsyncEnrich share: the options, the transport built from them, with_options."""

    _transport_class: ClassVar[type[SyncTransport] | type[AsyncTransport]]
    _http_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _transport: SyncTransport | AsyncTransport
    _organization: Organization

    def _start(self, options: ClientOptions) -> None:
        http_client = options.http_client
        if http_client is not None and not isinstance(http_client, self._http_class):
            raise TypeError(
                f"http_client must be an {self._http_class.__qualname__}, got {type(http_client).__name__}"
            )
        configure_logging_from_env()
        headers = base_headers(options.api_key, options.default_headers)
        own = http_client is None
        http = (
            self._http_class(headers=headers, timeout=options.timeout, limits=_LIMITS) if own else http_client
        )
        self._options = options
        self._transport = self._transport_class(
            http,  # type: ignore[arg-type]  # the pairs are (SyncTransport, Client), (AsyncTransport, AsyncClient)
            owns_http=own,
            base_url=options.base_url,
            api_key=options.api_key,
            timeout=options.timeout,
            max_retries=options.max_retries,
            client_has_headers=own,
            base_headers=headers,
            max_response_bytes=options.max_response_bytes,
            default_query=options.default_query,
        )
        self._organization = Organization()

    @property
    def options(self) -> ClientOptions:
        """Every setting of this client (frozen; the key is left out of its repr)."""
        return self._options

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def max_response_bytes(self) -> int:
        return self._options.max_response_bytes

    def with_options(self, **changes: Unpack[OptionChanges]) -> Self:
        """A copy with some settings changed (any constructor setting: api_key, base_url,
        timeout, max_retries, max_response_bytes, default_headers, default_query, http_client).
        Unless http_client is changed, the copy shares this client's connection pool (closing
        the copy does not close it)."""
        options = replace(self._options, **_resolved(changes))
        shared = "http_client" not in changes
        copy = type(self)(**_constructor_args(options, self._transport.http if shared else None))
        # the copy reports the same http_client setting as this client (its pool is borrowed)
        copy._options = options
        copy._transport.sleep = self._transport.sleep
        if (options.api_key, options.base_url) == (self._options.api_key, self._options.base_url):
            copy._organization = self._organization  # the same organization: its id is known
        return copy

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        """with_options() with no change: the same settings, sharing the connection pool (a pool
        of open connections is not duplicated)."""
        return self.with_options()

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise refuse_pickling(type(self).__name__)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


def _constructor_args(
    options: ClientOptions, pool: httpx.Client | httpx.AsyncClient | None
) -> dict[str, Any]:
    """The constructor's arguments for these options; `pool`, when given, is used (not owned)
    in place of options.http_client."""
    return {
        "api_key": options.api_key,
        "base_url": options.base_url,
        "timeout": options.timeout,
        "max_retries": options.max_retries,
        "http_client": pool if pool is not None else options.http_client,
        "max_response_bytes": options.max_response_bytes,
        "default_headers": options.default_headers,
        "default_query": options.default_query,
    }


class Enrich(_ClientBase, Resources):
    """The Enrich API client.

    api_key: defaults to $ENRICH_API_KEY (read now). base_url: defaults to $ENRICH_BASE_URL, else
    https://dev.enrich.so/api/v3; the host root works too. timeout: seconds or an httpx.Timeout
    (default 60 s, 5 s to connect). max_retries: retries of failed requests (default 2; credit
    charging requests are only retried when the server cannot have applied them). http_client:
    your own httpx.Client (proxies, transports...); it is not closed by close().
    max_response_bytes: the longest answer body read, decoded (default 64 MiB, far above any
    results page); a longer one raises ResponseTooLargeError. default_headers / default_query:
    sent with every request (a header named like one of ours replaces it).
    Every resource method also takes extra_headers, extra_query and timeout for one call.

    Use it as a context manager, or call close().
    """

    _transport_class = SyncTransport
    _http_class = httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        *,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
    ) -> None:
        self._start(
            ClientOptions.resolve(
                api_key,
                base_url,
                timeout,
                max_retries,
                http_client,
                max_response_bytes,
                default_headers,
                default_query,
            )
        )
        self._transport: SyncTransport

    @property
    def with_raw_response(self) -> EnrichWithRawResponse:
        """`client.with_raw_response.<resource>.<method>(...)` returns an APIResponse: the HTTP
        status, headers and body of the method's (last) request, and `.parse()` for its value."""
        return EnrichWithRawResponse(self)

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in)."""
        self._transport.close()

    def __enter__(self) -> Enrich:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncEnrich(_ClientBase, AsyncResources):
    """The async Enrich API client: the same resources and methods as Enrich, awaited
    (`await`, `async for`). Use it as an async context manager, or await aclose()."""

    _transport_class = AsyncTransport
    _http_class = httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        *,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
    ) -> None:
        self._start(
            ClientOptions.resolve(
                api_key,
                base_url,
                timeout,
                max_retries,
                http_client,
                max_response_bytes,
                default_headers,
                default_query,
            )
        )
        self._transport: AsyncTransport

    @property
    def with_raw_response(self) -> AsyncEnrichWithRawResponse:
        """See Enrich.with_raw_response (`await client.with_raw_response.wallets.balance()`)."""
        return AsyncEnrichWithRawResponse(self)

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def close(self) -> None:
        """Same as aclose()."""
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncEnrich:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
