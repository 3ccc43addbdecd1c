"""A pyarrow Table or a Parquet file written by pandas carries its index in the schema's "pandas"
metadata (`pa.Table.from_pandas(df)`, `df.to_parquet(path)`): dropping that metadata turns the
index into an ordinary column when the result is read back with to_pandas() / read_parquet().
README: "comes back as the same kind of frame with the same rows"; Parquet "the input's columns
keep their Arrow types"."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
from enrichso import Enrich


def contacts() -> pd.DataFrame:
    index = pd.Index([101, 102], name="contact_id")
    return pd.DataFrame({"email": ["ada@figma.com", "bob@stripe.com"]}, index=index)


def test_a_table_from_pandas_keeps_its_index_through_validate_frame(client: Enrich) -> None:
    table = pa.Table.from_pandas(contacts())
    out = client.email_validation.validate_frame(table, poll_interval=0)
    back = out.to_pandas()
    assert back.index.name == "contact_id"
    assert back.index.tolist() == [101, 102]


def test_a_parquet_file_written_by_pandas_keeps_its_index_through_the_cli(enrichso, tmp_path: Path) -> None:
    source, target = tmp_path / "contacts.parquet", tmp_path / "out.parquet"
    contacts().to_parquet(source)
    run = enrichso("email-validation", "batch", str(source), "-o", str(target))
    assert run.code == 0, run.stderr
    back = pd.read_parquet(target)
    assert back.index.name == "contact_id", list(back.columns)
    assert back.index.tolist() == [101, 102]
