"""Enriching a dask DataFrame partition by partition (`pip install 'enrichso[dask]'`), and the same
partition function for Spark's DataFrame.mapInPandas.

Each partition is one *_many run with its own FileJournal in a directory you name, keyed by a hash
of the partition's content: a task that is retried (its worker died) or run twice (speculation)
opens the same journal and re-attaches to the batches already submitted instead of submitting
again, and a finished partition's journal lets a rerun read its results again for free. The
journals stay in the directory when the computation ends; delete it once the output is written.

Before any partition starts, every partition's cells are checked (one pass over the data): rows
that cannot be sent are refused, named by their place in the whole frame, and the total credit
budget (max_credits) is checked against the price of every partition's unique items (each
partition dedupes its own rows; partitions with the same rows share a journal and count once);
nothing is submitted if either fails.

    import dask.dataframe as dd
    from enrichso.dask import enrich

    contacts = dd.read_parquet("contacts/")
    enriched = enrich(contacts, "email-validation", journal_dir="journals/", max_credits=2_000_000)
    enriched.to_parquet("enriched/")

The workers find the API key in ENRICH_API_KEY (or pass api_key=, which then travels in the task
graph)."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from ._core.flow import run_sync
from .errors import CreditBudgetExceededError, InputsTypeError, InvalidParameterError, JournalError
from .frames._plan import invalid_rows
from .frames._products import product
from .frames._run import Field, prepare
from .journal import FileJournal, JournalInUseError, recorded_items
from .pipeline.extras import arrow_type, need
from .pipeline.many import check_option_names
from .pipeline.needs import BY_COMMAND, BatchKind
from .pipeline.options import check_many_options, check_max_credits
from .pipeline.preflight import check_balance_flow, credits_text
from .pipeline.webhook import check_webhook_url

__all__ = ["PartitionEnricher", "enrich"]

LOCK_WAIT = 1.0  # seconds between attempts to open a journal another attempt of the task holds


class PartitionEnricher:
    """A picklable function from one pandas DataFrame (a partition, or a Spark Arrow batch) to the
    same frame with the product's `enrich_*` columns appended.

    product: a batch product's command name ("email-validation", ...: enrichso.pipeline.PRODUCTS,
    their .command). columns: the frame method's column keywords (column=, first_name=, ...) and
    the column each names; they may also be given as keywords of their own (column="email").
    options: the *_many options (poll_interval, timeout, batch_size, webhook_url, ...), not
    journal; an option they do not name, and a webhook_url the product cannot take, are refused
    here, before any partition runs. max_credits given here bounds each partition (each Spark
    batch); enrich()'s bounds the whole frame. A relative journal_dir is made absolute here."""

    def __init__(
        self,
        product: str,
        journal_dir: str | os.PathLike[str],
        *,
        columns: Mapping[str, str] | None = None,
        skip_invalid: bool = False,
        api_key: str | None = None,
        base_url: str | None = None,
        **options: Any,
    ) -> None:
        keywords = _keywords(product)
        if not isinstance(journal_dir, str | os.PathLike) or not str(journal_dir):
            raise InvalidParameterError(
                f"journal_dir must name a folder (a str or a path), not {journal_dir!r}"
            )
        if columns is not None and not isinstance(columns, Mapping):
            raise InvalidParameterError(
                f"columns= maps {product}'s column keywords ({', '.join(keywords)}) to column names, "
                f"e.g. {{{next(iter(keywords))!r}: 'name'}}; not a {type(columns).__name__}"
            )
        unknown = sorted(set(columns or {}) - set(keywords))
        if unknown:
            raise InvalidParameterError(
                f"{product} takes the column keywords {', '.join(keywords)}, not {', '.join(unknown)}"
            )
        # the frame method's own spelling (column="email") is columns={"column": "email"}
        direct = {name: options.pop(name) for name in list(options) if name in keywords}
        twice = sorted(name for name in direct if name in (columns or {}))
        if twice:
            raise InvalidParameterError(f"{', '.join(twice)} named both in columns= and as a keyword")
        columns = {**(columns or {}), **{k: v for k, v in direct.items() if v is not None}}
        _check_option_names(options)
        check_webhook_url(_kind(product).product, options.get("webhook_url"))
        check_many_options(options)
        self.product = product
        # absolute here, in the caller's working directory: a task's may be another
        self.journal_dir = Path(journal_dir).expanduser().absolute()
        self.columns = dict(columns or {})
        self.skip_invalid = skip_invalid
        self._api_key = api_key
        self.base_url = base_url
        self.options = options

    def __repr__(self) -> str:  # never the key
        return f"PartitionEnricher({self.product!r}, {str(self.journal_dir)!r})"

    def _named(self) -> dict[Field, str | None]:
        fields = _keywords(self.product)
        return {fields[name]: column for name, column in self.columns.items()}

    def unique_items(self, frame: Any) -> int:
        """How many distinct items the partition would send (what it reserves credits for)."""
        with prepare(self.product, frame, self._named(), self.skip_invalid) as prepared:
            return prepared.data.unique_count

    def _survey(self, frame: Any) -> Survey:
        """The partition read as its task will read it, nothing sent: its rows, its distinct
        items, its rows that cannot be sent (their count, the first three with why), and the
        column found for each need (named, by header or by the cells)."""
        if len(frame) == 0:  # no cells to find a column by, nothing to send
            return Survey(0, 0, 0, [], "", 0, {})
        keywords = {field: keyword for keyword, field in _keywords(self.product).items()}
        self._journal_folder()
        journal = self.journal_path(frame)
        try:
            prepared = prepare(self.product, frame, self._named(), skip_invalid=True)
        except InvalidParameterError:
            if set(self.columns) >= set(keywords.values()):
                raise
            # a column not named that these cells cannot tell (all empty, say): another
            # partition's may; the check pass surveys this one again with what they found
            return Survey(len(frame), 0, 0, [], journal.name, 0, {}, unresolved=True)
        with prepared:
            invalid = prepared.plan.invalid
            return Survey(
                len(frame),
                prepared.data.unique_count,
                len(invalid),
                list(invalid.items())[:3],
                journal.name,
                recorded_items(journal),
                {keywords[field]: column for field, column in prepared.columns.items()},
            )

    def _journal_folder(self) -> None:
        """JournalError unless the journal folder is (or can be made) a folder this process can
        write in."""
        folder = self.journal_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file in the way, a read-only disk
            raise JournalError(
                f"the journal folder {folder} cannot be created: {exc}; nothing was sent", path=str(folder)
            ) from exc
        if not os.access(folder, os.W_OK | os.X_OK):
            raise JournalError(
                f"the journal folder {folder} cannot be written; nothing was sent", path=str(folder)
            )

    def _check_wallet(self, new_items: int) -> None:
        """PreflightBalanceError when the wallet cannot cover new_items (nothing sent)."""
        from . import Enrich

        kind = _kind(self.product).product.kind
        with Enrich(api_key=self._api_key, base_url=self.base_url) as client:
            run_sync(client._transport, check_balance_flow(kind, new_items=new_items))

    def journal_path(self, frame: Any) -> Path:
        return self.journal_dir / f"{self.product}-{content_key(frame)}.journal"

    def __call__(self, frame: Any) -> Any:
        if len(frame) == 0:  # dask's empty meta frame, an empty partition or batch: nothing to send
            return self._empty(frame)
        from . import Enrich

        declaration = _kind(self.product).product
        with (
            _journal(self.journal_path(frame)) as journal,
            Enrich(api_key=self._api_key, base_url=self.base_url) as client,
        ):
            enrich_frame = getattr(getattr(client, declaration.kind), declaration.frame_method)
            return enrich_frame(
                frame, **self.columns, skip_invalid=self.skip_invalid, journal=journal, **self.options
            )

    def _empty(self, frame: Any) -> Any:
        """An empty frame with the result columns appended. A column not named, that only cells
        would tell, cannot be found in it: as no row is sent, any column stands in for it."""
        named = self._named()
        try:
            prepared = prepare(self.product, frame, named, self.skip_invalid)
        except InvalidParameterError as refused:
            if len(frame.columns) == 0:
                raise
            first = str(frame.columns[0])
            stand_in = {n.field: named.get(n.field) or first for n in _kind(self.product).needs}
            try:
                prepared = prepare(self.product, frame, stand_in, self.skip_invalid)
            except InvalidParameterError:
                raise refused from None
        with prepared:
            return prepared.finished()

    def spark_schema(self, schema: Any) -> str:
        """The output schema for mapInPandas, as DDL: the input's columns (a pyspark StructType)
        and the product's result columns."""
        outputs = product(self.product).output_columns
        clash = [c for c in outputs if c in {str(f.name) for f in schema.fields}]
        if clash:
            raise InvalidParameterError(
                f"the frame already has the result column(s) {', '.join(clash)}; drop or rename them"
            )
        fields = [f"{_quoted(f.name)} {_ddl_type(f.dataType)}" for f in schema.fields]
        fields += [f"{_quoted(c)} {_spark_type(arrow_type(c))}" for c in outputs]
        return ", ".join(fields)

    def spark(self, batches: Iterator[Any]) -> Iterator[Any]:
        """For DataFrame.mapInPandas: each Arrow batch of pandas rows enriched as one partition."""
        for frame in batches:
            yield _for_spark(self(frame))


def _check_option_names(options: Mapping[str, Any]) -> None:
    """InvalidParameterError for an option no partition's *_many run takes (a misspelt one
    failed in every task), and for journal= (each partition has its own, in journal_dir)."""
    if "journal" in options:
        raise InvalidParameterError(
            "journal= is not an option here: each partition keeps its own journal in journal_dir"
        )
    check_option_names(options)


def _kind(product: str) -> BatchKind:
    """The declared product of a command name; InvalidParameterError for another name."""
    if product not in BY_COMMAND:
        raise InvalidParameterError(f"unknown product {product!r}; one of {', '.join(BY_COMMAND)}")
    return BY_COMMAND[product]


def _keywords(product: str) -> dict[str, Field]:
    """The product's frame method's column keywords (column=, first_name=, ...) and their fields."""
    return {need.keyword: need.field for need in _kind(product).needs}


def content_key(frame: Any) -> str:
    """A hash of a pandas frame's column names and values (not its index): equal partitions share
    a journal, a changed one does not. Cells pandas cannot hash (lists, numpy arrays, dicts:
    what mapInPandas hands for Spark's array, map and struct columns) are hashed by their text."""
    pd = need("pandas", "dask")
    digest = hashlib.sha256("\x1f".join(map(str, frame.columns)).encode())
    try:
        hashed = pd.util.hash_pandas_object(frame, index=False)
    except TypeError:
        hashed = pd.util.hash_pandas_object(_hashable(frame), index=False)
    digest.update(hashed.to_numpy().tobytes())
    return digest.hexdigest()[:32]


def _hashable(frame: Any) -> Any:
    """`frame` with each column pandas cannot hash replaced by its cells' text."""
    pd = need("pandas", "dask")
    copy = frame.copy()
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        try:
            pd.util.hash_pandas_object(column, index=False)
        except TypeError:
            copy.isetitem(position, column.map(_cell_text).astype(object))
    return copy


def _cell_text(cell: Any) -> str:
    """A cell's text for the content key: a numpy array as its list (its repr elides long ones)."""
    return repr(cell.tolist() if hasattr(cell, "tolist") else cell)


def _for_spark(frame: Any) -> Any:
    """`frame` with its Arrow list columns (enrich_phones) as Python lists and None: mapInPandas
    makes an array cell a list with list(cell) unless the cell is None, and pd.NA is not."""
    pd = need("pandas", "dask")
    pa = need("pyarrow", "frames")
    for position, dtype in enumerate(frame.dtypes):
        if isinstance(dtype, pd.ArrowDtype) and pa.types.is_list(dtype.pyarrow_dtype):
            column = frame.iloc[:, position]
            cells = pa.array(column).to_pylist()
            frame.isetitem(position, pd.Series(cells, index=column.index, dtype=object))
    return frame


def _ddl_type(data_type: Any) -> str:
    """A pyspark DataType as Spark's DDL reads it: simpleString(), but with the names of struct
    fields quoted (simpleString leaves `a b` and `c:d` bare, and the parser refuses them)."""
    fields = getattr(data_type, "fields", None)
    if fields is not None:
        return "struct<" + ",".join(f"{_quoted(f.name)}:{_ddl_type(f.dataType)}" for f in fields) + ">"
    element = getattr(data_type, "elementType", None)
    if element is not None:
        return f"array<{_ddl_type(element)}>"
    key = getattr(data_type, "keyType", None)
    if key is not None:
        return f"map<{_ddl_type(key)},{_ddl_type(data_type.valueType)}>"
    return str(data_type.simpleString())


def _quoted(name: str) -> str:
    """A column name as Spark's DDL reads it: in backticks, a backtick in it doubled."""
    return "`" + str(name).replace("`", "``") + "`"


def _spark_type(arrow: Any) -> str:
    pa = need("pyarrow", "frames")
    if pa.types.is_boolean(arrow):
        return "boolean"
    return "array<string>" if pa.types.is_list(arrow) else "string"


def _journal(path: Path) -> FileJournal:
    """The partition's journal, waiting while another attempt of the same task holds it (then
    this one re-reads what that one submitted). resume_rows=False: a frame needs every row."""
    while True:
        try:
            return FileJournal(path, resume_rows=False)
        except JournalInUseError:
            time.sleep(LOCK_WAIT)


def enrich(
    frame: Any,
    product: str,
    journal_dir: str | os.PathLike[str],
    *,
    max_credits: float | None = None,
    columns: Mapping[str, str] | None = None,
    **options: Any,
) -> Any:
    """The dask DataFrame `frame` with the product's result columns appended (lazy: compute() or
    to_parquet() runs it). Every partition's cells are checked first (one pass over the data):
    InvalidParameterError, nothing sent, for rows that cannot be sent (without skip_invalid), and
    with max_credits CreditBudgetExceededError when the partitions' unique items cost more.
    options: PartitionEnricher's (skip_invalid, api_key, base_url, poll_interval, ...)."""
    dd = need("dask.dataframe", "dask")
    if isinstance(frame, dd.Series):
        raise InputsTypeError(
            "enrichso.dask.enrich takes a dask DataFrame, not a dask Series: use series.to_frame()"
        )
    if not (hasattr(frame, "map_partitions") and hasattr(frame, "to_delayed")):
        raise InputsTypeError(
            f"enrichso.dask.enrich takes a dask DataFrame, not a {type(frame).__module__.split('.')[0]} "
            f"{type(frame).__name__}: use dd.from_pandas(df, npartitions=...), or the client's frame "
            "methods (client.<product>.<...>_frame, e.g. validate_frame) for a frame in memory"
        )
    check_max_credits(max_credits)
    enricher = PartitionEnricher(product, journal_dir, columns=columns, **options)
    check_partitions(frame, enricher, max_credits)
    return frame.map_partitions(enricher, meta=enricher(frame._meta))


class Survey(NamedTuple):
    """One partition as PartitionEnricher._survey found it."""

    rows: int
    unique: int
    invalid: int
    first_invalid: list[tuple[int, str]]  # (row in the partition, why), the first three
    journal: str  # its journal's name: partitions with the same rows share it (and pay once)
    recorded: int  # the items of the batches its journal recorded: re-attached, not reserved again
    columns: dict[str, str]  # the column of each need it found, by column keyword (column=, ...)
    unresolved: bool = False  # its cells could not tell a column not named: to survey again


def check_partitions(frame: Any, enricher: PartitionEnricher, max_credits: float | None) -> None:
    """Before any partition is submitted: InvalidParameterError for rows that cannot be sent (named
    by their place in the whole frame), CreditBudgetExceededError when all partitions' unique items
    cost more than max_credits (partitions with the same rows share a journal: counted once),
    PreflightBalanceError when the wallet cannot cover the items that no batch recorded in their
    journals by an earlier run holds. A partition's task checks its own rows and the wallet only
    when it runs, after other partitions may have been charged."""
    dask = need("dask", "dask")
    parts = frame.to_delayed()
    surveys = dask.compute(*(dask.delayed(enricher._survey)(part) for part in parts))
    found = _agreed_columns(enricher, surveys)
    again = any(survey.unresolved or (survey.rows and survey.columns != found) for survey in surveys)
    enricher.columns = found  # every partition's task reads the same columns
    if again:
        surveys = dask.compute(*(dask.delayed(enricher._survey)(part) for part in parts))
        if any(survey.unresolved for survey in surveys):  # no partition could tell: the error
            with prepare(enricher.product, frame._meta, enricher._named(), skip_invalid=True):
                pass
            raise InvalidParameterError(
                "the frame: the partitions' cells cannot tell which columns to read; name them "
                f"with columns= ({', '.join(_keywords(enricher.product))}); nothing was sent"
            )
    rows = invalid = 0
    first: list[tuple[int, str]] = []
    for survey in surveys:
        first += [(rows + index, why) for index, why in survey.first_invalid][: 3 - len(first)]
        rows, invalid = rows + survey.rows, invalid + survey.invalid
    once = {survey.journal: survey for survey in surveys if survey.rows}  # the same rows pay once
    items = sum(survey.unique for survey in once.values())
    if invalid and not enricher.skip_invalid:
        raise invalid_rows(invalid, rows, first)
    price = product(enricher.product).price
    if max_credits is not None and items * price > max_credits:
        raise CreditBudgetExceededError(
            f"enriching this frame could cost up to {items * price:,} credits ({items:,} unique items in "
            f"its partitions x {price:,}), more than max_credits={credits_text(max_credits)}; "
            "nothing was submitted",
            estimated=items * price,
            items=items,
            credits_per_item=price,
            budget=max_credits,
        )
    new_items = sum(max(0, survey.unique - survey.recorded) for survey in once.values())
    if new_items:  # read where the tasks run: the workers have the key (ENRICH_API_KEY), maybe not us
        dask.compute(dask.delayed(enricher._check_wallet)(new_items))


def _agreed_columns(enricher: PartitionEnricher, surveys: Sequence[Survey]) -> dict[str, str]:
    """The columns the partitions found, by column keyword (the named ones as named):
    InvalidParameterError (nothing sent) when two partitions' cells point to different columns
    for the same need."""
    found = dict(enricher.columns)
    for survey in surveys:
        for keyword, column in survey.columns.items():
            if keyword in enricher.columns:
                continue
            if found.setdefault(keyword, column) != column:
                field = _keywords(enricher.product)[keyword].value
                raise InvalidParameterError(
                    f"the partitions' cells point to different columns for the {field} "
                    f"({found[keyword]!r} in one, {column!r} in another); name it with {keyword}=; "
                    "nothing was sent"
                )
    return found
