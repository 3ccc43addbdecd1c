"""Enrich and AsyncEnrich: configuration, the one httpx client, and the resources.

The API key is held by the transport only; reprs show the base URL, never the key.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._core.config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    base_headers,
    configure_logging_from_env,
    resolve_api_key,
    resolve_base_url,
    resolve_timeout,
)
from ._core.transport import AsyncTransport, SyncTransport
from .resources.wallets import Organization

if TYPE_CHECKING:  # the resources are imported on first use: `import enrichso` stays quick
    from .resources.company_followers import AsyncCompanyFollowers, CompanyFollowers
    from .resources.email_finder import AsyncEmailFinder, EmailFinder
    from .resources.email_validation import AsyncEmailValidation, EmailValidation
    from .resources.ip_to_company import AsyncIpToCompany, IpToCompany
    from .resources.lead_finder import AsyncLeadFinder, LeadFinder
    from .resources.people_search import AsyncPeopleSearch, PeopleSearch
    from .resources.phone_finder import AsyncPhoneFinder, PhoneFinder
    from .resources.reverse_lookup import AsyncReverseLookup, ReverseLookup
    from .resources.teams import AsyncTeams, Teams
    from .resources.wallets import AsyncWallets, Wallets

_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


class _ClientBase:
    """What Enrich and AsyncEnrich share: settings, the transport that holds them, with_options."""

    _transport: SyncTransport | AsyncTransport
    _organization: Organization

    def _start(
        self,
        transport_class: type[SyncTransport] | type[AsyncTransport],
        http_class: type[httpx.Client] | type[httpx.AsyncClient],
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        max_response_bytes: int,
    ) -> None:
        if http_client is not None and not isinstance(http_client, http_class):
            raise TypeError(
                f"http_client must be an {http_class.__qualname__}, got {type(http_client).__name__}"
            )
        configure_logging_from_env()
        key = resolve_api_key(api_key)
        resolved_timeout = resolve_timeout(timeout)
        headers = base_headers(key)
        own = http_client is None
        http = http_class(headers=headers, timeout=resolved_timeout, limits=_LIMITS) if own else http_client
        self._transport = transport_class(
            http,  # type: ignore[arg-type]  # the pairs are (SyncTransport, Client), (AsyncTransport, AsyncClient)
            owns_http=own,
            base_url=resolve_base_url(base_url),
            api_key=key,
            timeout=resolved_timeout,
            max_retries=max_retries,
            client_has_headers=own,
            base_headers=headers,
            max_response_bytes=max_response_bytes,
        )
        self._organization = Organization()

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._transport.timeout

    @property
    def max_retries(self) -> int:
        return self._transport.max_retries

    @property
    def max_response_bytes(self) -> int:
        return self._transport.max_response_bytes

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = NOT_GIVEN, max_retries: int = NOT_GIVEN
    ) -> Self:
        """A copy with another timeout and/or retry count, sharing this client's connection pool
        (closing the copy does not close the pool)."""
        copy = object.__new__(type(self))
        t = self._transport
        copy._transport = type(t)(
            t.http,  # type: ignore[arg-type]
            owns_http=False,
            base_url=t.base_url,
            api_key=t._api_key,
            timeout=t.timeout if timeout is NOT_GIVEN else resolve_timeout(timeout),
            max_retries=t.max_retries if max_retries is NOT_GIVEN else max_retries,
            client_has_headers=not t._headers,
            base_headers=base_headers(t._api_key),
            max_response_bytes=t.max_response_bytes,
        )
        copy._transport.sleep = t.sleep
        copy._organization = self._organization
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


class Enrich(_ClientBase):
    """The Enrich API client.

    api_key: defaults to $ENRICH_API_KEY (read now). base_url: defaults to $ENRICH_BASE_URL, else
    https://dev.enrich.so/api/v3; the host root works too. timeout: seconds or an httpx.Timeout
    (default 60 s, 5 s to connect). max_retries: retries of failed requests (default 2; credit
    charging requests are only retried when the server cannot have applied them). http_client:
    your own httpx.Client (proxies, transports...); it is not closed by close().
    max_response_bytes: the longest answer body read, decoded (default 64 MiB, far above any
    results page); a longer one raises ResponseTooLargeError.

    Use it as a context manager, or call close().
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._start(
            SyncTransport,
            httpx.Client,
            api_key,
            base_url,
            timeout,
            max_retries,
            http_client,
            max_response_bytes,
        )
        self._transport: SyncTransport

    @cached_property
    def email_validation(self) -> EmailValidation:
        from .resources.email_validation import EmailValidation

        return EmailValidation(self._transport)

    @cached_property
    def email_finder(self) -> EmailFinder:
        from .resources.email_finder import EmailFinder

        return EmailFinder(self._transport)

    @cached_property
    def phone_finder(self) -> PhoneFinder:
        from .resources.phone_finder import PhoneFinder

        return PhoneFinder(self._transport)

    @cached_property
    def reverse_lookup(self) -> ReverseLookup:
        from .resources.reverse_lookup import ReverseLookup

        return ReverseLookup(self._transport)

    @cached_property
    def ip_to_company(self) -> IpToCompany:
        from .resources.ip_to_company import IpToCompany

        return IpToCompany(self._transport)

    @cached_property
    def company_followers(self) -> CompanyFollowers:
        from .resources.company_followers import CompanyFollowers

        return CompanyFollowers(self._transport)

    @cached_property
    def lead_finder(self) -> LeadFinder:
        from .resources.lead_finder import LeadFinder

        return LeadFinder(self._transport)

    @cached_property
    def people_search(self) -> PeopleSearch:
        from .resources.people_search import PeopleSearch

        return PeopleSearch(self._transport)

    @cached_property
    def wallets(self) -> Wallets:
        from .resources.wallets import Wallets

        return Wallets(self._transport, self._organization)

    @cached_property
    def teams(self) -> Teams:
        from .resources.teams import Teams

        return Teams(self._transport, self._organization)

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an http_client you passed in)."""
        self._transport.close()

    def __enter__(self) -> Enrich:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncEnrich(_ClientBase):
    """The async Enrich API client: the same resources and methods as Enrich, awaited
    (`await`, `async for`). Use it as an async context manager, or await aclose()."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._start(
            AsyncTransport,
            httpx.AsyncClient,
            api_key,
            base_url,
            timeout,
            max_retries,
            http_client,
            max_response_bytes,
        )
        self._transport: AsyncTransport

    @cached_property
    def email_validation(self) -> AsyncEmailValidation:
        from .resources.email_validation import AsyncEmailValidation

        return AsyncEmailValidation(self._transport)

    @cached_property
    def email_finder(self) -> AsyncEmailFinder:
        from .resources.email_finder import AsyncEmailFinder

        return AsyncEmailFinder(self._transport)

    @cached_property
    def phone_finder(self) -> AsyncPhoneFinder:
        from .resources.phone_finder import AsyncPhoneFinder

        return AsyncPhoneFinder(self._transport)

    @cached_property
    def reverse_lookup(self) -> AsyncReverseLookup:
        from .resources.reverse_lookup import AsyncReverseLookup

        return AsyncReverseLookup(self._transport)

    @cached_property
    def ip_to_company(self) -> AsyncIpToCompany:
        from .resources.ip_to_company import AsyncIpToCompany

        return AsyncIpToCompany(self._transport)

    @cached_property
    def company_followers(self) -> AsyncCompanyFollowers:
        from .resources.company_followers import AsyncCompanyFollowers

        return AsyncCompanyFollowers(self._transport)

    @cached_property
    def lead_finder(self) -> AsyncLeadFinder:
        from .resources.lead_finder import AsyncLeadFinder

        return AsyncLeadFinder(self._transport)

    @cached_property
    def people_search(self) -> AsyncPeopleSearch:
        from .resources.people_search import AsyncPeopleSearch

        return AsyncPeopleSearch(self._transport)

    @cached_property
    def wallets(self) -> AsyncWallets:
        from .resources.wallets import AsyncWallets

        return AsyncWallets(self._transport, self._organization)

    @cached_property
    def teams(self) -> AsyncTeams:
        from .resources.teams import AsyncTeams

        return AsyncTeams(self._transport, self._organization)

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
