"""Submit bodies of the *_many pipelines, streamed from the item spool instead of built in memory.

A chunk's body is what the generated request model produces, `{"emails":["a@x.io",...]}`: the
spool holds the chunk's items exactly as that JSON lists them (each followed by a comma), so the
body is a short prefix, one contiguous range of the spool, and a short suffix, sent in blocks with
a Content-Length. The prefix and suffix are cut from the body the generated model makes for the
chunk's first item alone, so the streamed bytes equal the model's JSON by construction. A body
whose items are not one JSON array (the phone finder lists emails and profile URLs apart) is built
in memory as before.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from .._core.call import Call
from .spool import Spool

if TYPE_CHECKING:
    from .ingest import Ingested
    from .spec import PipelineSpec


class StreamedBodySummary(NamedTuple):
    """What a streamed submit sent (SubmitOutcomeUnknownError.sent): the body itself was never
    held in memory. `member` is the body's list of items ("emails"), `items` how many it held,
    `first` and `last` the first and the last of them, `bytes` the body's length."""

    member: str | None
    items: int
    first: Any
    last: Any
    bytes: int


class StreamedBody:
    """`prefix`, the spool's bytes [start, end), `suffix`: one request body, sent in blocks (each
    attempt reads it again from the spool)."""

    __slots__ = ("end", "first", "last", "member", "prefix", "spool", "start", "suffix", "count")

    def __init__(
        self,
        prefix: bytes,
        spool: Spool,
        start: int,
        end: int,
        suffix: bytes,
        count: int,
        first: Any,
        last: Any,
    ) -> None:
        self.prefix, self.spool, self.start, self.end, self.suffix = prefix, spool, start, end, suffix
        self.count, self.first, self.last = count, first, last
        self.member = _member(prefix)

    @property
    def length(self) -> int:
        return len(self.prefix) + (self.end - self.start) + len(self.suffix)

    def chunks(self) -> Iterator[bytes]:
        yield self.prefix
        yield from self.spool.blocks(self.start, self.end)
        yield self.suffix

    async def achunks(self) -> AsyncIterator[bytes]:
        yield self.prefix
        async for block in self.spool.ablocks(self.start, self.end):
            yield block
        yield self.suffix

    def read(self) -> bytes:
        """The whole body (for tests and small bodies)."""
        return b"".join(self.chunks())

    def summary(self) -> StreamedBodySummary:
        return StreamedBodySummary(self.member, self.count, self.first, self.last, self.length)

    def __repr__(self) -> str:
        return f"<StreamedBody {self.count:,} items, {self.length:,} bytes>"


def _member(prefix: bytes) -> str | None:
    """ "emails" from b'{"emails":['."""
    head = prefix.rstrip(b"[").rstrip(b":")
    if head.endswith(b'"'):
        start = head.rfind(b'"', 0, len(head) - 1)
        if start >= 0:
            return head[start + 1 : -1].decode("utf-8", "replace")
    return None


def chunk_call(
    spec: PipelineSpec[Any, Any], data: Ingested, lo: int, hi: int, webhook_url: str | None = None
) -> Call[Any]:
    """The submit of items lo to hi (exclusive): streamed from the spool when the body is one JSON
    array of the items as stored, built in memory otherwise."""
    items = data.items
    first = items.items(lo, lo + 1)
    template = spec.submit_call(first, webhook_url)
    whole = template.content
    if whole is not None and template.body is None:
        stored = items.raw(lo, lo + 1)[:-1]  # the first item's JSON, without its comma
        anchor = b"[" + stored + b"]"
        at = whole.find(anchor)
        if at >= 0 and whole.find(anchor, at + 1) < 0:
            last = items.item(hi - 1) if hi - 1 > lo else first[0]
            body = StreamedBody(
                whole[: at + 1],
                items.spool,
                items.start(lo),
                items.start(hi) - 1,  # without the last item's comma
                whole[at + len(anchor) - 1 :],
                hi - lo,
                first[0],
                last,
            )
            return Call(
                template.method,
                template.path,
                operation=template.operation,
                parse=template.parse,
                params=template.params,
                unsafe=template.unsafe,
                body=body,
                accept=template.accept,
            )
    return spec.submit_call(items.items(lo, hi), webhook_url)
