"""The README's Spark example (DataFrame.mapInPandas with the Dask partition function) run on
local[2] against the loopback simulator: every row answered, each batch reserved and settled once.
pyspark is not in the dev extra (491 MB): without it, or without Java, the test is skipped and the
skip names why."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from ..cli.conftest import EXAMPLES, ROOT, Org

README = (ROOT / "README.md").read_text(encoding="utf-8")


def spark_example() -> str:
    [block] = [b for b in re.findall(r"```py\n(.*?)```", README, flags=re.S) if "mapInPandas" in b]
    return block


def need_spark() -> None:
    pytest.importorskip(
        "pyspark", reason="pyspark is not installed (pip install pyspark; not in dev: 491 MB)"
    )
    if shutil.which("java") is None:
        pytest.skip("no Java on PATH: pyspark needs a JVM (Java 17+)")


def spark_env(org: Org) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    env.update(
        {
            "ENRICH_API_KEY": org.api_key,
            "ENRICH_BASE_URL": org.base_url,
            "PYSPARK_PYTHON": sys.executable,  # else the workers start the system python
            "SPARK_LOCAL_IP": "127.0.0.1",  # every socket on loopback
        }
    )
    return env


def test_the_readme_spark_example_runs_on_local_2(org: Org, tmp_path: Path) -> None:
    need_spark()
    shutil.copy(EXAMPLES / "emails.csv", tmp_path / "emails.csv")
    env = spark_env(org)
    done = subprocess.run(
        [sys.executable, "-c", spark_example()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = pq.read_table(tmp_path / "emails.enriched")
    assert table.num_rows == len((tmp_path / "emails.csv").read_text().splitlines()) - 1  # every row
    assert table.column("enrich_result").null_count == 0
    batches = org.ledger()["batches"]
    assert batches and all(b["reservations"] == 1 and b["settlements"] == 1 for b in batches)


ARRAYS_NULLS_AND_PHONES = """
from pyspark.sql import SparkSession
from enrichso.dask import PartitionEnricher

spark = (
    SparkSession.builder.master("local[2]")
    .config("spark.ui.enabled", "false")
    .config("spark.driver.bindAddress", "127.0.0.1")
    .config("spark.sql.execution.arrow.maxRecordsPerBatch", "3")
    .getOrCreate()
)
rows = [(f"person{i}@stripe.com" if i % 4 else None, i, ["a", "b"], {"k": "v"}) for i in range(10)]
frame = spark.createDataFrame(rows, "email string, n int, tags array<string>, m map<string,string>")
phones = PartitionEnricher("phone-finder", "journals/", columns={"email": "email"}, skip_invalid=True)
out = frame.mapInPandas(phones.spark, schema=phones.spark_schema(frame.schema))
out.write.mode("overwrite").parquet("phones.parquet")
spark.stop()
"""


def test_array_columns_null_cells_and_phone_lists_on_local_2(org: Org, tmp_path: Path) -> None:
    # an array<string> and a map column in the input (numpy arrays and dicts in the pandas
    # batches), null emails with skip_invalid, several Arrow batches per partition, and the
    # phone finder's enrich_phones (array<string>, null where not found or not sent)
    need_spark()
    done = subprocess.run(
        [sys.executable, "-c", ARRAYS_NULLS_AND_PHONES],
        cwd=tmp_path,
        env=spark_env(org),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = pq.read_table(tmp_path / "phones.parquet").sort_by("n")
    assert table.column("n").to_pylist() == list(range(10))
    assert str(table.schema.field("enrich_phones").type) == "list<element: string>"
    errors = table.column("enrich_error").to_pylist()
    assert [n for n, error in enumerate(errors) if error] == [0, 4, 8]  # the null emails
    batches = org.ledger()["batches"]
    assert sum(b["itemCount"] for b in batches) == 7
    assert all(b["reservations"] == 1 and b["settlements"] == 1 for b in batches)
