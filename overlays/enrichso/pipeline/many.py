"""A *_many pipeline as a Stream / AsyncStream: the same flow (pipeline/run.py) run by the
sync or the async transport. `inputs` is any iterable of rows (read once, lazily), or an input
already ingested (pipeline/ingest.py); the options are ManyOptions."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, Unpack

from .._core.flow import AsyncStream, Flow, Stream
from .._core.jobs import ProgressCallback
from .._core.request_options import RequestOptionsNoTimeout, split_request_options
from .._core.transport import AsyncTransport, SyncTransport
from ..errors import InputsTypeError, InvalidParameterError
from ..journal import Journal
from .arrow_column import arrow_values, is_arrow_column
from .ingest import Ingested
from .options import check_many_options
from .products import product_of
from .result import PipelineResult
from .run import pipeline_flow
from .spec import PipelineSpec
from .webhook import check_key_not_in, check_webhook_url

In = TypeVar("In")
Item = TypeVar("Item")
T = TypeVar("T", SyncTransport, AsyncTransport)


class ManyOptions(RequestOptionsNoTimeout, total=False):
    """The keyword options of every *_many method (validate_many, find_many, lookup_many).

    batch_size: unique items per batch (default and maximum: the product's per-batch maximum).
    journal: a FileJournal makes the run resumable (MemoryJournal, the default, does not): a rerun
        re-attaches to the batches already submitted and goes on from the last checkpoint (written
        about every half second once every row of a results page is taken); rows delivered after
        it come again, with the same index.
    timeout: seconds to wait for each batch before WaitTimeoutError (the batch keeps running).
    poll_interval: seconds between status reads (default: adaptive backoff with jitter).
    on_progress: called with each batch's JobStatus as it is read.
    reorder_window: results read past an item before it is settled as "not found".
    max_credits: refuse (CreditBudgetExceededError, nothing sent) a run that could cost more.
    webhook_url: http(s) URL the API posts results to, sent with every batch (see pipeline/webhook.py).
    extra_headers / extra_query (RequestOptionsNoTimeout): sent with every request of the run."""

    batch_size: int | None
    journal: Journal | None
    timeout: float | None
    poll_interval: float | None
    on_progress: ProgressCallback | None
    reorder_window: int
    max_credits: float | None
    webhook_url: str | None


# Tables whose iteration yields their column names, by (top-level module, class name); they are
# recognised without importing their libraries.
_TABLES = {
    ("pandas", "DataFrame"),
    ("polars", "DataFrame"),
    ("polars", "LazyFrame"),
    ("pyarrow", "Table"),
    ("pyarrow", "RecordBatch"),
}


def refuse_non_rows(inputs: object) -> None:
    """Raise InputsTypeError for inputs that iterate, but not as rows: a DataFrame (its column
    names would be validated as emails) or a single string (its characters)."""
    kind = type(inputs)
    if (kind.__module__.split(".")[0], kind.__name__) in _TABLES:
        raise InputsTypeError(
            f"a {kind.__module__.split('.')[0]} {kind.__name__} iterates over its column names, not its "
            "rows: pass one column (df['email']) or its rows as dicts (df.to_dict('records')). "
            "DataFrames: see the README"
        )
    if isinstance(inputs, str | bytes):
        raise InputsTypeError(
            f"a single {kind.__name__} ({inputs[:40]!r}) is not a list of inputs (it would be read "
            "character by character): pass a list, e.g. [value]"
        )


def check_option_names(options: Mapping[str, Any]) -> None:
    """InvalidParameterError for a keyword no *_many method takes (`max_credit=`), naming the
    option it is closest to: at the call, before a frame or the input is read."""
    known = sorted(ManyOptions.__required_keys__ | ManyOptions.__optional_keys__)
    for name in options:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise InvalidParameterError(
                f"unexpected keyword argument {name!r}{hint}; the options are {', '.join(known)}"
            )


def check_options(
    transport: SyncTransport | AsyncTransport, spec: PipelineSpec[Any, Any], options: ManyOptions
) -> None:
    """Raise InvalidParameterError, at the call, for options no request should carry or the run
    could not use."""
    check_option_names(options)
    check_many_options(options)
    webhook_url = options.get("webhook_url")
    check_webhook_url(product_of(spec.product.kind), webhook_url)
    check_key_not_in(webhook_url, transport.shows_key)


def _prepared(
    transport: T, spec: PipelineSpec[Any, Any], inputs: Iterable[Any] | Ingested, options: ManyOptions
) -> tuple[T, Flow[None]]:
    """Everything a *_many call checks and builds before its first request, sync or async: the
    transport carrying the request options, and the pipeline's flow."""
    refuse_non_rows(inputs)
    request, flow_options = split_request_options(options, timeout=False)
    if is_arrow_column(inputs):
        inputs = arrow_values(inputs)
    view = transport.with_request_options(**request)
    check_options(view, spec, options)  # with the view's key (extra_headers may name another)
    return view, pipeline_flow(spec, inputs, **flow_options)


def run_many(
    transport: SyncTransport,
    spec: PipelineSpec[In, Item],
    inputs: Iterable[In] | Ingested,
    **options: Unpack[ManyOptions],
) -> Stream[PipelineResult[In, Item]]:
    view, flow = _prepared(transport, spec, inputs, options)
    return Stream(view, flow)


def run_many_async(
    transport: AsyncTransport,
    spec: PipelineSpec[In, Item],
    inputs: Iterable[In] | Ingested,
    **options: Unpack[ManyOptions],
) -> AsyncStream[PipelineResult[In, Item]]:
    view, flow = _prepared(transport, spec, inputs, options)
    return AsyncStream(view, flow)
