"""A Call: one API request described as plain data (sans-IO), plus how to parse its 2xx body.

Resources build Calls from the generated endpoint modules (`_get_kwargs` gives method, path, query
and JSON body) and pick the generated envelope model that parses the 200 body. The sync and the
async transport both execute the same Call objects; pagination, polling and pipelines are written
once as generators that yield Calls (see _core/flow.py).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import unquote

import orjson
from enrichso_api.types import Unset

from ..errors import APIResponseValidationError, InvalidParameterError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class FromDict(Protocol[T_co]):
    """A generated model class (anything with a from_dict classmethod)."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> T_co: ...


class StreamedContent(Protocol):
    """A JSON request body sent in blocks with its length (a *_many submit, read from a spool
    rather than built in memory; see pipeline/body.py). Each attempt iterates it afresh."""

    @property
    def length(self) -> int: ...

    def chunks(self) -> Iterator[bytes]: ...

    def achunks(self) -> AsyncIterator[bytes]: ...

    def summary(self) -> Any:
        """What the body held, for SubmitOutcomeUnknownError.sent."""
        ...


class Call(Generic[T]):
    """One request. `unsafe` marks requests that must not be repeated once the server may have
    received them (they reserve or charge credits, or create something): from_generated sets it
    from the operation's metadata, which the generator takes from the spec
    (x-enrichso-reserves-credits, x-enrichso-creates). `parse` turns the decoded JSON body (or
    the raw bytes when `raw` is set) into the value the caller gets. `body` replaces `json` for a
    body streamed in blocks. `accept` is the operation's Accept header (from the media types the
    spec documents for its answer)."""

    __slots__ = (
        "accept",
        "body",
        "content",
        "json",
        "method",
        "operation",
        "params",
        "parse",
        "path",
        "raw",
        "unsafe",
    )

    def __init__(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        parse: Callable[[Any], T],
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        unsafe: bool = False,
        raw: bool = False,
        body: StreamedContent | None = None,
        accept: str | None = None,
    ) -> None:
        self.method = method
        self.path = checked_path(path, operation)
        self.operation = operation
        self.parse = parse
        self.params = params or None
        self.json = json
        # serialised once, so a retry resends the very same bytes
        self.content: bytes | None = None if json is None else orjson.dumps(json)
        self.unsafe = unsafe
        self.raw = raw
        self.body = body
        self.accept = accept

    @property
    def sent(self) -> Any:
        """The body as SubmitOutcomeUnknownError reports it: the JSON, or a streamed body's summary."""
        return self.json if self.body is None else self.body.summary()

    @property
    def body_length(self) -> int:
        return self.body.length if self.body is not None else len(self.content or b"")

    def __repr__(self) -> str:
        return f"Call({self.method} {self.path}, operation={self.operation!r})"


# a path segment that is empty or a dot segment would be resolved away by URL normalisation
# (`/lead-finder/saved/..` is `/lead-finder`): an id must never produce one.
_NOT_A_SEGMENT = frozenset({"", ".", ".."})


# what an id never holds and a server or proxy may read as a path (or query, fragment) delimiter
# once it decodes the segment: `/`, `\`, `?`, `#`, and `%` (`%2F` written in an id)
_PATH_CHANGING = frozenset("/\\?#%")


def checked_path(path: str, operation: str) -> str:
    """The request path, refused (before any request) when a segment is empty or a dot segment,
    or holds a character that a server decoding it could read as another path (`/`, `\\`, `?`,
    `#`, `%`: the generated operations percent-encode each parameter, but `a%2Fb` is `a/b` to a
    server that decodes before routing). This is the one check every path parameter passes
    through (the two ids with a documented pattern are also checked by patterned_id)."""
    for segment in path.split("/")[1:]:
        value = unquote(segment)
        if value in _NOT_A_SEGMENT or not _PATH_CHANGING.isdisjoint(value):
            raise InvalidParameterError(
                f"{operation}: an id must not be empty, '.' or '..', nor hold '/', '\\', '?', '#' or "
                f"'%' (the request would address another resource: {path!r}); nothing was sent"
            )
    return path


def patterned_id(value: str, pattern: re.Pattern[str], what: str) -> str:
    """A path id the documentation gives a pattern (phone finder and export job ids, declared in
    their resource modules), refused before any request when it does not match."""
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise InvalidParameterError(f"{what} (got {value!r:.80}); nothing was sent")
    return value


def checked_query_id(value: str, operation: str) -> str:
    """An id sent as a query parameter (`?batchId=`), refused when empty, blank or a dot
    segment: without it the request would mean something else (a continue without its batch
    id is a new scrape)."""
    if not isinstance(value, str) or value.strip() in _NOT_A_SEGMENT:
        raise InvalidParameterError(
            f"{operation}: an id must not be empty, blank, '.' or '..' (got {value!r}); nothing was sent"
        )
    return value


# The query parameters the SDK sets itself: every query parameter of the spec's operations (the
# methods' arguments, and the paging a pager or a *_many/*_frame run does on its own). An
# extra_query or default_query naming one would replace the SDK's value on every request the
# call leads to (a paid batch's results read with the caller's page or limit come back as "no
# result"), so it is refused before anything is sent. tests/sdk/test_added_query.py holds this
# set to the spec.
SDK_QUERY_NAMES = frozenset({"batchId", "email", "limit", "linkedin", "page", "q", "status", "type"})


def checked_added_query(query: Mapping[str, Any], setting: str) -> Mapping[str, Any]:
    """`query` (extra_query or default_query), refused when it names a parameter the SDK sets."""
    owned = sorted(SDK_QUERY_NAMES.intersection(query))
    if owned:
        names = ", ".join(repr(name) for name in owned)
        raise InvalidParameterError(
            f"{setting} must not name {names}: the SDK sets it itself (pass the method's own "
            "argument, e.g. page_size, or iterate the pager); nothing was sent"
        )
    return query


def from_generated(
    kwargs: Mapping[str, Any],
    parse: Callable[[Any], T],
    *,
    operation: str,
    raw: bool = False,
) -> Call[T]:
    """A Call from the dict a generated module's `_get_kwargs` returns. Of its headers only
    Accept is kept (the generated template derives it from the spec's response media types); the
    transport adds Content-Type exactly when there is a body. Whether it may be repeated once
    sent comes from the operation's metadata (its `extensions`, see never_repeat_once_sent)."""
    headers = kwargs.get("headers") or {}
    return Call(
        str(kwargs["method"]).upper(),
        str(kwargs["url"]),
        operation=operation,
        parse=parse,
        params=kwargs.get("params"),
        json=kwargs.get("json"),
        unsafe=never_repeat_once_sent(
            kwargs.get("extensions") or {}, _page_of(kwargs), _member_of(kwargs, "pageSize", "limit")
        ),
        raw=raw,
        accept=headers.get("Accept"),
    )


def never_repeat_once_sent(
    extensions: Mapping[str, Any], page: int | None = None, page_size: int | None = None
) -> bool:
    """Whether a request must never be repeated once the server may have it: its operation
    reserves or charges credits (unless it asks for one of the operation's free pages, all of
    whose results are within the free ones), or creates something that a repeat would create
    twice. The generated endpoint modules put these facts from the spec on every request they
    describe."""
    if extensions.get("enrichso_creates"):
        return True
    if not extensions.get("enrichso_reserves_credits"):
        return False
    if page is None or page > int(extensions.get("enrichso_free_pages") or 0):
        return True
    free_results = int(extensions.get("enrichso_free_results") or 0)
    return bool(free_results) and (page_size is None or page * page_size > free_results)


def _member_of(kwargs: Mapping[str, Any], *names: str) -> int | None:
    """The first of these members the request names (in its body or query) as a whole number."""
    for holder in (kwargs.get("json"), kwargs.get("params")):
        if not isinstance(holder, Mapping):
            continue
        for name in names:
            value = holder.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def _page_of(kwargs: Mapping[str, Any]) -> int | None:
    """The page a request asks for (its body's or query's `page`), None when it names none."""
    return _member_of(kwargs, "page")


def model(cls: FromDict[T]) -> Callable[[Any], T]:
    """The parser of a 2xx JSON body into a generated model."""
    return cls.from_dict


def raw_bytes(content: Any) -> bytes:
    return bytes(content)


def unset_to_none(value: Any) -> Any:
    """Generated models use the falsy UNSET sentinel for absent members; overlays expose None."""
    return None if isinstance(value, Unset) else value


def wrong_member(
    member: str, expected: str, value: Any, operation: str | None = None
) -> APIResponseValidationError:
    """The error for a member of the wrong type (`member` names it in the body, e.g. data.balance)."""
    shown = f"{type(value).__name__} {value!r:.60}"
    where = f"{operation}: " if operation else ""
    return APIResponseValidationError(
        f"{where}the answer's {member} must be {expected} (the spec's type), got {shown}",
        status_code=200,
        body=b"",
        operation=operation,
        member=member,
    )
