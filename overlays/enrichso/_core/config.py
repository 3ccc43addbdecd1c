"""Client configuration: API key and base URL (arguments, else environment, read at construction),
default timeout, the fixed request headers, and the ENRICH_LOG switch for the `enrichso` logger."""

from __future__ import annotations

import copy
import logging
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._version import __version__
from ..errors import ConfigurationError, PicklingRefusedError
from .call import checked_added_query
from .secret import clean_api_key

DEFAULT_BASE_URL = "https://dev.enrich.so/api/v3"
API_PREFIX = "/api/v3"
# Single lookups answer in well under a minute; connecting should never take long.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# The longest answer body read (decoded): a results page of 1,000 items is about 1 MB, so this
# only stops a compressed bomb or an endless answer from filling the memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
USER_AGENT = f"enrichso-python/{__version__}"

logger = logging.getLogger("enrichso")


def resolve_api_key(api_key: str | None) -> str:
    key = clean_api_key(api_key if api_key is not None else os.environ.get("ENRICH_API_KEY") or "")
    if not key:
        raise ConfigurationError(
            "No API key: pass api_key=... or set the ENRICH_API_KEY environment variable "
            "(keys start with 'sk_'; create one on the Enrich dashboard)."
        )
    return key


def resolve_base_url(base_url: str | None) -> str:
    """The API root without a final slash. The host root (https://dev.enrich.so) and the full
    root (https://dev.enrich.so/api/v3, with or without a final slash) are both accepted."""
    url = base_url or os.environ.get("ENRICH_BASE_URL") or DEFAULT_BASE_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError("base_url must not carry a query string or a fragment")
    path = parts.path.rstrip("/")
    if not path:
        path = API_PREFIX
    return f"{parts.scheme}://{parts.netloc}{path}"


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def check_timeout(timeout: httpx.Timeout) -> None:
    """Every phase of the timeout is None (no limit) or a number of seconds >= 0: httpx takes a
    negative one and every request then fails with a bare ValueError."""
    for phase, value in timeout.as_dict().items():
        if value is not None and not (
            isinstance(value, (int, float)) and math.isfinite(value) and value >= 0
        ):
            raise ConfigurationError(
                f"timeout ({phase}) must be a number of seconds >= 0 or None, got {value!r}"
            )


def check_count(name: str, value: object, *, least: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < least:
        raise ConfigurationError(f"{name} must be >= {least}, got {value}")


def check_headers(headers: Mapping[str, str]) -> None:
    """Names and values are text (the TypeError httpx raises for a client it builds, raised here
    for every client, a shared or given pool too, before any request)."""
    for name, value in headers.items():
        if not isinstance(name, str):
            raise TypeError(f"default_headers: a header name must be text, got {type(name).__name__}")
        if not isinstance(value, str):  # the value is not shown: a header may carry a secret
            raise TypeError(f"default_headers[{name!r}] must be text, got {type(value).__name__}")


def base_headers(api_key: str, default_headers: Mapping[str, str] | None = None) -> dict[str, str]:
    """The headers of every request: the key, our User-Agent and Accept, then the client's
    default_headers (names compared without case: naming one of ours replaces it)."""
    fixed = {"x-api-key": api_key, "user-agent": USER_AGENT, "accept": "application/json"}
    return {**fixed, **{name.lower(): value for name, value in (default_headers or {}).items()}}


def refuse_pickling(what: str) -> PicklingRefusedError:
    return PicklingRefusedError(
        f"{what} holds the API key and is not pickled: a pickle is plain bytes that would carry "
        "the key to whatever stores or reads it. copy.deepcopy works in memory; in another "
        "process, build the client there with the key from ENRICH_API_KEY"
    )


@dataclass(frozen=True)
class ClientOptions:
    """Every setting of a client, resolved (environment read, URL checked, timeout built). A client
    never changes its options: with_options() makes a new client from `replace(options, ...)`.

    copy.copy and copy.deepcopy work (a deep copy shares http_client: an open connection pool is
    not duplicated); pickle raises PicklingRefusedError, as a pickle would carry the API key."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    max_response_bytes: int
    default_headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), repr=False)
    default_query: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # None: the client makes (and closes) its own pool
    http_client: httpx.Client | httpx.AsyncClient | None = None

    def __post_init__(self) -> None:
        # The one check of the settings: the constructor and with_options (replace) both land here.
        check_timeout(self.timeout)
        check_count("max_retries", self.max_retries, least=0)
        check_count("max_response_bytes", self.max_response_bytes, least=1)
        check_headers(self.default_headers)
        checked_added_query(self.default_query, "default_query")

    def __copy__(self) -> ClientOptions:
        return replace(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> ClientOptions:
        return replace(
            self,
            timeout=copy.deepcopy(self.timeout, memo),
            default_headers=MappingProxyType(copy.deepcopy(dict(self.default_headers), memo)),
            default_query=MappingProxyType(copy.deepcopy(dict(self.default_query), memo)),
        )

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise refuse_pickling("ClientOptions")

    @classmethod
    def resolve(
        cls,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        max_response_bytes: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, Any] | None,
    ) -> ClientOptions:
        """The options of the constructor's arguments (in its order), resolved."""
        return cls(
            api_key=resolve_api_key(api_key),
            base_url=resolve_base_url(base_url),
            timeout=resolve_timeout(timeout),
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=MappingProxyType(dict(default_headers or {})),
            default_query=MappingProxyType(dict(default_query or {})),
            http_client=http_client,
        )


def mask_key(api_key: str) -> str:
    """What a repr may show of a key: its prefix only."""
    return api_key[:3] + "..." if api_key.startswith("sk_") else "..."


def configure_logging_from_env() -> None:
    """ENRICH_LOG=debug|info switches the `enrichso` logger on (once, with a stderr handler)."""
    level = os.environ.get("ENRICH_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not any(getattr(h, "_enrichso", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._enrichso = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
