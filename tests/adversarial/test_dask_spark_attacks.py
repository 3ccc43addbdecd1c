"""enrichso.dask and its Spark use, attacked: cells pandas cannot hash (Spark's array and map
columns), column names Spark's DDL must quote, columns found by their cells, partitions with the
same rows, a relative journal folder (synchronous scheduler or direct calls, the loopback
simulator; no JVM: the Spark cases call the partition function as mapInPandas does)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest
from enrichso.dask import PartitionEnricher, _keywords, enrich
from enrichso.errors import (
    CreditBudgetExceededError,
    InputsTypeError,
    InvalidParameterError,
    JournalError,
    PreflightBalanceError,
)
from enrichso.journal import FileJournal
from enrichso.pipeline.preflight import check_budget

from .conftest import Org


def batches(org: Org) -> list[tuple[int, int, int]]:
    return [(b["itemCount"], b["reservations"], b["settlements"]) for b in org.ledger()["batches"]]


def enricher(org: Org, journal_dir: Path, **options: Any) -> PartitionEnricher:
    return PartitionEnricher(
        "email-validation",
        journal_dir,
        columns={"column": "email"},
        api_key=org.api_key,
        base_url=org.base_url,
        poll_interval=0,
        **options,
    )


def test_spark_array_and_map_cells_are_keyed_not_refused(org: Org, tmp_path: Path) -> None:
    # mapInPandas hands an array<string> column as numpy arrays and a map as dicts: the content key
    # (pandas' hash_pandas_object) raised TypeError "unhashable type: 'numpy.ndarray'", failing
    # every Spark task of a frame with such a column
    emails = [f"person{i}@stripe.com" for i in range(3)]
    frame = pd.DataFrame(
        {
            "email": emails,
            "tags": [np.array(["a", "b"]), np.array(["c"]), np.array([], dtype=object)],
            "attributes": [{"k": "v"}, {}, {"k": "w"}],
        }
    )
    spark = enricher(org, tmp_path)
    [out] = list(spark.spark(iter([frame])))
    assert out["enrich_result"].notna().all()
    [again] = list(spark.spark(iter([frame.copy()])))  # the task run again: the same journal
    results = [c for c in out.columns if c.startswith("enrich_")]
    pd.testing.assert_frame_equal(out[results], again[results])
    assert batches(org) == [(3, 1, 1)]
    other = frame.copy()
    other.at[1, "tags"] = np.array(["d"])  # other content: another key
    assert spark.journal_path(other) != spark.journal_path(frame)


class _Type:
    def __init__(self, text: str) -> None:
        self.text = text

    def simpleString(self) -> str:  # noqa: N802 (pyspark's name)
        return self.text


class _Field:
    def __init__(self, name: str, text: str) -> None:
        self.name, self.dataType = name, _Type(text)


class _Schema:
    def __init__(self, *fields: tuple[str, str]) -> None:
        self.fields = [_Field(name, text) for name, text in fields]


def test_spark_schema_quotes_backticks_in_column_names(org: Org, tmp_path: Path) -> None:
    # a column named we`ird gave "`we`ird` int": Spark's DDL parser refuses it (PARSE_SYNTAX_ERROR)
    ddl = enricher(org, tmp_path).spark_schema(_Schema(("email", "string"), ("we`ird", "int")))
    assert ddl.startswith("`email` string, `we``ird` int, `enrich_result` string")


def test_a_spark_array_column_does_not_break_finding_the_other_columns(org: Org, tmp_path: Path) -> None:
    # phone-finder named only its email column: the LinkedIn column is looked for by the cells'
    # shape, and the test `cell not in (None, "")` on a numpy array cell raised ValueError ("The
    # truth value of an array ... is ambiguous"): every task of such a Spark frame failed
    frame = pd.DataFrame({"email": ["ada@figma.com"], "tags": [np.array(["a", "b"])]})
    phones = PartitionEnricher(
        "phone-finder", tmp_path, columns={"email": "email"}, api_key=org.api_key, base_url=org.base_url
    )
    [out] = list(phones.spark(iter([frame])))
    assert out["enrich_error"].isna().all()
    assert batches(org) == [(1, 1, 1)]


def compute(org: Org, frame: Any, journal_dir: Path, **options: Any) -> Any:
    with dask.config.set(scheduler="synchronous"):
        return enrich(
            frame,
            "email-validation",
            journal_dir,
            api_key=org.api_key,
            base_url=org.base_url,
            poll_interval=0,
            **options,
        ).compute()


def test_a_column_found_by_its_cells_and_empty_partitions(org: Org, tmp_path: Path) -> None:
    # the frame methods find an email column by its cells ("contact"); enrich() refused the dask
    # frame ("cannot tell which column holds the email"): the meta it enriches to learn the
    # output's columns, and any empty partition, has no cells to tell it by
    rows = pd.DataFrame({"contact": [f"person{i}@stripe.com" for i in range(6)], "n": range(6)})
    frame = dd.from_pandas(rows, npartitions=3)
    frame = frame[frame.n != 2][frame.n != 3]  # the middle partition left empty
    out = compute(org, frame, tmp_path)
    assert list(out["n"]) == [0, 1, 4, 5]
    assert out["enrich_result"].notna().all()
    assert sorted(count for count, _, _ in batches(org)) == [2, 2]


def test_an_empty_spark_batch_needs_no_column_to_be_found(org: Org, tmp_path: Path) -> None:
    # mapInPandas may hand an empty batch: nothing to send, yet it failed when its column had to
    # be found by its cells (there are none)
    spark = PartitionEnricher("email-validation", tmp_path, api_key=org.api_key, base_url=org.base_url)
    empty = pd.DataFrame({"contact": pd.Series([], dtype=object), "n": pd.Series([], dtype="int64")})
    [out] = list(spark.spark(iter([empty])))
    assert len(out) == 0 and list(out.columns)[:3] == ["contact", "n", "enrich_result"]
    with pytest.raises(InvalidParameterError, match="nope"):  # a column named and missing: still refused
        PartitionEnricher("email-validation", tmp_path, columns={"column": "nope"})(empty)
    org.assert_untouched()


def test_partitions_that_would_find_different_columns_are_refused_first(org: Org, tmp_path: Path) -> None:
    # each partition found its own email column by its cells: "a" in the first, "b" in the
    # second, so one column's addresses were sent for some rows and the other's for the others
    rows = pd.DataFrame(
        {
            "a": ["ada@figma.com", "bo@figma.com", "x", "y"],
            "b": ["x", "y", "cy@stripe.com", "di@stripe.com"],
        }
    )
    with pytest.raises(InvalidParameterError, match="different columns"):
        compute(org, dd.from_pandas(rows, npartitions=2), tmp_path)
    org.assert_untouched()


def test_partitions_with_the_same_rows_are_priced_once(org: Org, tmp_path: Path) -> None:
    # two partitions with the same rows share one journal (keyed by content): the second
    # re-attaches and pays nothing, yet the budget and the wallet check counted both, refusing a
    # budget (and a wallet) that covers the frame exactly
    emails = [f"person{i}@stripe.com" for i in range(3)]
    frame = dd.from_pandas(pd.DataFrame({"email": emails * 2}), npartitions=2, sort=False)
    assert frame.npartitions == 2
    org.control.set_balance(3)
    out = compute(org, frame, tmp_path, max_credits=3)
    assert out["enrich_result"].notna().all() and len(out) == 6
    assert batches(org) == [(3, 1, 1)]


def test_a_journal_that_recorded_no_batch_does_not_hide_its_partition_from_the_wallet_check(
    org: Org, tmp_path: Path
) -> None:
    # the wallet check skipped every partition whose journal file exists, as if it had been
    # paid for; a journal is created before the submit (an earlier run stopped there, or was
    # refused by the wallet inside the task): the check let the run start with a wallet that
    # cannot cover it, and partitions were charged before one was refused
    emails = [f"person{i}@stripe.com" for i in range(6)]
    frame = dd.from_pandas(pd.DataFrame({"email": emails}), npartitions=2)
    spark = enricher(org, tmp_path)
    for part in frame.to_delayed():
        with FileJournal(spark.journal_path(part.compute()), resume_rows=False):
            pass  # opened and closed: no batch recorded
    org.control.set_balance(5)  # 6 items to submit
    with pytest.raises(PreflightBalanceError):
        compute(org, frame, tmp_path, columns={"column": "email"})
    assert batches(org) == []


def test_a_relative_journal_folder_is_the_callers_not_each_workers(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "journals/" was resolved by each task in its own working directory: a worker started
    # elsewhere (another cwd, another machine's mount point) kept the partition's journal in a
    # folder of its own, and a retry on another worker found nothing to re-attach to
    (tmp_path / "caller").mkdir()
    (tmp_path / "worker").mkdir()
    monkeypatch.chdir(tmp_path / "caller")
    spark = enricher(org, Path("journals"))
    part = pd.DataFrame({"email": ["ada@figma.com"]})
    monkeypatch.chdir(tmp_path / "worker")
    spark(part)
    assert (tmp_path / "caller" / "journals" / spark.journal_path(part).name).exists()
    assert not (tmp_path / "worker" / "journals").exists()


def test_a_journal_folder_that_cannot_be_made_is_refused_before_any_partition(
    org: Org, tmp_path: Path
) -> None:
    # the folder was first made by the tasks: with a file in its way, JournalError came from
    # inside compute(); it is the check pass's (on the workers, before anything is sent)
    (tmp_path / "file").write_text("x")
    frame = dd.from_pandas(pd.DataFrame({"email": ["ada@figma.com", "bo@figma.com"]}), npartitions=2)
    with dask.config.set(scheduler="synchronous"), pytest.raises(JournalError, match="file"):
        enrich(frame, "email-validation", tmp_path / "file" / "journals", api_key=org.api_key)
    org.assert_untouched()


def test_a_fractional_budget_is_not_rounded_up_in_the_refusal(org: Org, tmp_path: Path) -> None:
    # max_credits=5.5 for 6 credits said "could cost up to 6 credits ..., more than max_credits=6"
    frame = dd.from_pandas(pd.DataFrame({"email": [f"p{i}@stripe.com" for i in range(6)]}), npartitions=2)
    with pytest.raises(CreditBudgetExceededError) as refused:
        compute(org, frame, tmp_path, max_credits=5.5)
    assert "max_credits=5.5;" in str(refused.value)
    with pytest.raises(CreditBudgetExceededError) as refused:  # the *_many check, the same wording
        check_budget("email_validation", total_items=6, max_credits=5.5)
    assert "max_credits=5.5;" in str(refused.value)
    org.assert_untouched()


@pytest.mark.parametrize(
    ("option", "value"),
    [("poll_intervall", 1), ("resume_rows", True), ("journal", None)],
    ids=["typo", "not-a-many-option", "journal"],
)
def test_an_option_a_partition_cannot_take_is_refused_at_once(
    org: Org, tmp_path: Path, option: str, value: Any
) -> None:
    # a misspelt option reached every task and failed there (TypeError: pipeline_flow() got an
    # unexpected keyword argument), after the check pass; journal= failed in dask's tokenizer
    # (TokenizationError) or, on Spark, in every task ("multiple values for keyword 'journal'")
    if option == "journal":
        value = FileJournal(tmp_path / "one.journal", resume_rows=False)
    with pytest.raises(InvalidParameterError, match=option):
        PartitionEnricher("email-validation", tmp_path, **{option: value})
    frame = dd.from_pandas(pd.DataFrame({"email": ["ada@figma.com"]}), npartitions=1)
    with pytest.raises(InvalidParameterError, match=option):
        enrich(frame, "email-validation", tmp_path, api_key=org.api_key, **{option: value})
    org.assert_untouched()


def test_spark_gets_phone_lists_it_can_convert_with_nulls(org: Org, tmp_path: Path) -> None:
    # enrich_phones came as an Arrow list column whose missing cells are pd.NA; mapInPandas turns
    # an array<string> cell into a list with `list(x) if x is not None`, so list(pd.NA) raised
    # TypeError ("'NAType' object is not iterable") and every phone-finder task with a row not
    # found or not sent failed (after its batch was paid)
    frame = pd.DataFrame({"email": ["ada@figma.com", None]})
    phones = PartitionEnricher(
        "phone-finder",
        tmp_path,
        columns={"email": "email"},
        skip_invalid=True,
        api_key=org.api_key,
        base_url=org.base_url,
    )
    [out] = list(phones.spark(iter([frame])))
    as_spark = out["enrich_phones"].apply(lambda x: list(x) if x is not None else None)  # pyspark's
    assert as_spark[1] is None and isinstance(as_spark[0], list)


def test_a_dask_series_is_a_typed_error(org: Org, tmp_path: Path) -> None:
    # frame["email"] (a dask Series) failed with AttributeError ('Series' object has no attribute
    # 'columns') from inside the check pass
    frame = dd.from_pandas(pd.DataFrame({"email": ["ada@figma.com", "bo@figma.com"]}), npartitions=2)
    with pytest.raises(InputsTypeError, match="to_frame"):
        enrich(frame["email"], "email-validation", tmp_path, api_key=org.api_key)
    org.assert_untouched()


@pytest.mark.parametrize("broken", [0, -1], ids=["first", "last"])
def test_a_partition_journal_that_cannot_be_read_stops_the_run_before_any_partition(
    org: Org, tmp_path: Path, broken: int
) -> None:
    # the check pass took an unreadable journal for "nothing recorded"; the partition's task then
    # raised JournalError after the other partitions had been submitted and charged
    emails = [f"person{i}@stripe.com" for i in range(4)]
    frame = dd.from_pandas(pd.DataFrame({"email": emails}), npartitions=2)
    spark = enricher(org, tmp_path)
    part = frame.to_delayed()[broken].compute()
    spark.journal_path(part).write_bytes(b"not a journal at all" * 100)
    with pytest.raises(JournalError):
        compute(org, frame, tmp_path, columns={"column": "email"})
    assert batches(org) == []


def test_spark_schema_refuses_an_input_that_already_has_result_columns(org: Org, tmp_path: Path) -> None:
    # an earlier output enriched again: the DDL named enrich_result twice (Spark refuses the
    # schema with an AnalysisException about a duplicate column, or each task fails); refused
    # here, as the frame methods refuse it
    with pytest.raises(InvalidParameterError, match="enrich_result"):
        enricher(org, tmp_path).spark_schema(_Schema(("email", "string"), ("enrich_result", "string")))


def test_a_frame_with_no_rows_at_all(org: Org, tmp_path: Path) -> None:
    frame = dd.from_pandas(pd.DataFrame({"email": pd.Series([], dtype=object)}), npartitions=1)
    out = compute(org, frame, tmp_path, max_credits=0)
    assert len(out) == 0 and "enrich_result" in out.columns
    org.assert_untouched()


def test_the_frame_methods_column_keyword_names_the_column(org: Org, tmp_path: Path) -> None:
    # column="work" (the frame method's spelling) went to each task's frame method while the
    # check pass, not knowing it, looked for an email column by itself: refused ("cannot tell
    # which column holds the email") though the tasks would have read it
    rows = pd.DataFrame({"work": ["ada@figma.com", "bo@figma.com"], "home": ["x@y.com", "z@y.com"]})
    out = compute(org, dd.from_pandas(rows, npartitions=2), tmp_path, column="work")
    assert out["enrich_result"].notna().all()
    assert sum(count for count, _, _ in batches(org)) == 2
    with pytest.raises(InvalidParameterError, match="both"):
        PartitionEnricher("email-validation", tmp_path, columns={"column": "work"}, column="home")
    with pytest.raises(InvalidParameterError, match="maps"):
        PartitionEnricher("email-validation", tmp_path, columns="work")  # type: ignore[arg-type]


WITHOUT_DASK = """
import sys
import threading
for name in ("dask", "dask.dataframe", "distributed"):
    sys.modules[name] = None  # as if not installed
import pandas as pd
from enrichso.dask import PartitionEnricher, _keywords, enrich
from enrichso.errors import MissingExtraError

spark = PartitionEnricher("email-validation", "journals", columns={"column": "email"}, poll_interval=0)
[out] = list(spark.spark(iter([pd.DataFrame({"email": ["ada@figma.com"]})])))
assert out["enrich_result"].notna().all(), out
try:
    enrich(object(), "email-validation", "journals")
except MissingExtraError as e:
    assert "enrichso[dask]" in str(e), e
else:
    raise AssertionError("no MissingExtraError")
"""


def test_spark_needs_no_dask_and_dask_enrich_names_its_extra(org: Org, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(ENRICH_API_KEY=org.api_key, ENRICH_BASE_URL=org.base_url)
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_DASK],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_wallet_check_runs_where_the_workers_key_is(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # README: "the workers find the key in ENRICH_API_KEY". The check pass read the wallet on the
    # caller's machine: a caller without the key (it is set on the workers) got
    # ConfigurationError ("No API key") though every task would have found it
    import distributed

    monkeypatch.delenv("ENRICH_API_KEY", raising=False)
    frame = dd.from_pandas(pd.DataFrame({"email": ["ada@figma.com", "bo@figma.com"]}), npartitions=2)
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            env={"ENRICH_API_KEY": org.api_key},
        ) as cluster,
        distributed.Client(cluster),
    ):
        out = enrich(frame, "email-validation", tmp_path, base_url=org.base_url, poll_interval=0).compute()
    assert out["enrich_result"].notna().all()
    assert [count for count, _, _ in batches(org)] == [1, 1]


def test_a_numpy_integer_budget_is_a_budget(org: Org, tmp_path: Path) -> None:
    # max_credits=frame["credits"].sum() is a numpy integer: it was refused ("max_credits must be a
    # finite number, 0 or more (got np.int64(6))"), by enrich() and by every *_many method
    frame = dd.from_pandas(pd.DataFrame({"email": [f"p{i}@stripe.com" for i in range(6)]}), npartitions=2)
    with pytest.raises(CreditBudgetExceededError, match="max_credits=5;"):
        compute(org, frame, tmp_path, max_credits=np.int64(5))
    out = compute(org, frame, tmp_path, max_credits=np.int64(6))
    assert out["enrich_result"].notna().all()


@pytest.mark.parametrize("journal_dir", ["", None, 3], ids=["empty", "none", "int"])
def test_a_journal_dir_that_is_no_path_is_refused(tmp_path: Path, journal_dir: Any) -> None:
    # "" became the working directory (journals strewn there); None and 3 a bare TypeError
    with pytest.raises(InvalidParameterError, match="journal_dir"):
        PartitionEnricher("email-validation", journal_dir, columns={"column": "email"})


def test_two_computations_over_one_journal_folder_at_once_pay_once(org: Org, tmp_path: Path) -> None:
    emails = [f"person{i}@stripe.com" for i in range(40)]
    frame = dd.from_pandas(pd.DataFrame({"email": emails}), npartitions=4)
    outs: list[Any] = []

    def run() -> None:
        outs.append(compute(org, frame, tmp_path))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outs) == 2
    pd.testing.assert_frame_equal(outs[0], outs[1])
    assert sorted(batches(org)) == [(10, 1, 1)] * 4


def test_the_budget_counts_partitions_an_earlier_run_paid_for(org: Org, tmp_path: Path) -> None:
    # README: max_credits bounds the whole frame, what an earlier run paid for included (as
    # *_many with a journal); the wallet check counts only what is still to submit
    frame = dd.from_pandas(pd.DataFrame({"email": [f"p{i}@stripe.com" for i in range(6)]}), npartitions=2)
    compute(org, frame.partitions[0], tmp_path)
    with pytest.raises(CreditBudgetExceededError):
        compute(org, frame, tmp_path, max_credits=3)  # what is left to pay, not the frame
    org.control.set_balance(3)
    out = compute(org, frame, tmp_path, max_credits=6)
    assert out["enrich_result"].notna().all()
    assert sorted(batches(org)) == [(3, 1, 1), (3, 1, 1)]


def test_a_partition_whose_cells_cannot_tell_the_column_reads_the_others_column(
    org: Org, tmp_path: Path
) -> None:
    # the column is found by its cells ("contact"): a partition whose cells are all empty cannot
    # tell it, and its check refused the whole frame, though the other partitions found it
    rows = pd.DataFrame({"contact": ["ada@figma.com", "bo@figma.com", None, None], "n": range(4)})
    out = compute(org, dd.from_pandas(rows, npartitions=2), tmp_path, skip_invalid=True)
    assert out["enrich_result"].notna().tolist() == [True, True, False, False]
    assert out["enrich_error"].str.startswith("invalid input").tolist()[2:] == [True, True]


class _Struct:
    def __init__(self, *fields: tuple[str, Any]) -> None:
        self.fields = [_Field(name, "") for name, _ in fields]
        for field, (_, data_type) in zip(self.fields, fields, strict=True):
            field.dataType = data_type  # type: ignore[assignment]

    def simpleString(self) -> str:  # noqa: N802 (pyspark's name; what it gives, names bare)
        return "struct<" + ",".join(f"{f.name}:{f.dataType.simpleString()}" for f in self.fields) + ">"


class _Array:
    def __init__(self, element: Any) -> None:
        self.elementType = element

    def simpleString(self) -> str:  # noqa: N802
        return f"array<{self.elementType.simpleString()}>"


def test_spark_schema_quotes_the_names_of_nested_struct_fields(org: Org, tmp_path: Path) -> None:
    # struct<`a b`:int> came out as struct<a b:int> (simpleString): Spark's parser refused it
    # (ParseException, checked on local[1] with pyspark 4.3)
    nested = _Struct(("a b", _Type("int")), ("c:d", _Array(_Struct(("x`y", _Type("string"))))))
    schema = _Schema(("email", "string"))
    schema.fields.append(_Field("s", ""))
    schema.fields[-1].dataType = nested  # type: ignore[assignment]
    ddl = enricher(org, tmp_path).spark_schema(schema)
    assert ddl.startswith("`email` string, `s` struct<`a b`:int,`c:d`:array<struct<`x``y`:string>>>, ")


@pytest.mark.parametrize(
    "product", ["email-validation", "email-finder", "phone-finder", "reverse-lookup", "ip-to-company"]
)
def test_what_spark_gets_matches_the_schema_spark_schema_declares(tmp_path: Path, product: str) -> None:
    # no JVM: an empty batch, as mapInPandas may hand one, through the partition function; its
    # columns, in order, are the DDL's, and each result column has the declared kind
    keywords = list(_keywords(product))
    frame = pd.DataFrame({f"in_{k}": pd.Series([], dtype=object) for k in keywords})
    spark = PartitionEnricher(product, tmp_path, columns={k: f"in_{k}" for k in keywords})
    schema = _Schema(*((f"in_{k}", "string") for k in keywords))
    declared = [part.split(" ", 1) for part in spark.spark_schema(schema).split(", ")]
    [out] = list(spark.spark(iter([frame])))
    assert [f"`{c}`" for c in out.columns] == [name for name, _ in declared]
    for (name, kind), column in zip(declared, out.columns, strict=True):
        dtype = out[column].dtype
        if kind == "boolean":
            assert isinstance(dtype, pd.BooleanDtype), (name, dtype)
        elif kind == "array<string>":
            assert dtype == np.dtype(object), (name, dtype)
        elif column.startswith("enrich_"):
            assert isinstance(dtype, pd.StringDtype), (name, dtype)
