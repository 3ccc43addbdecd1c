"""journal= given a path (journal="run.journal", journal=Path(...)) instead of a journal: the
README shows `journal=FileJournal(path, resume_rows=False)`, and an impatient user writes the
path. The run read the input, then failed inside the pipeline with `TypeError: must be str, not
Chunk` (str.find called with a chunk): no EnrichError, and a message that names neither the
option nor the fix. ManyOptions: the options are checked at the call (InvalidParameterError,
nothing sent), as batch_size= and on_progress= are."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from enrichso import Enrich
from enrichso.errors import InvalidParameterError

from .conftest import Org


@pytest.mark.parametrize("journal", ["run.journal", Path("run.journal"), 42], ids=["str", "path", "int"])
def test_a_journal_that_is_no_journal_is_refused_at_the_call(
    client: Enrich, org: Org, journal: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidParameterError, match=r"journal.*FileJournal"):
        list(client.email_validation.validate_many(["ada@figma.com"], journal=journal))  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match=r"journal.*FileJournal"):
        client.email_validation.validate_frame(
            pd.DataFrame({"email": ["ada@figma.com"]}),
            journal=journal,  # type: ignore[arg-type]
        )
    org.assert_untouched()
    assert list(tmp_path.iterdir()) == []


def test_a_misspelt_option_names_the_option_it_meant_before_anything_is_read(
    client: Enrich, org: Org
) -> None:
    # `max_credit=` (no s): a TypeError naming pipeline_flow(), an internal function, after the
    # frame was read; now InvalidParameterError naming the option meant, at the call (as
    # enrichso.dask does)
    def rows() -> object:
        raise AssertionError("the input was read")
        yield  # a generator that fails when read

    with pytest.raises(InvalidParameterError, match=r"'max_credit'.*did you mean max_credits"):
        client.email_validation.validate_many(rows(), max_credit=5)  # type: ignore[call-arg]
    with pytest.raises(InvalidParameterError, match=r"'max_credit'.*did you mean max_credits"):
        client.email_validation.validate_frame(pd.DataFrame({"email": ["ada@figma.com"]}), max_credit=5)  # type: ignore[call-arg]
    org.assert_untouched()
