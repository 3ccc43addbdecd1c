"""Every operation, every phase (examples, coverage, fuzzing), every default check."""

from __future__ import annotations

import schemathesis

from .suite import hypothesis_settings, schema


@schema.parametrize()
@hypothesis_settings
def test_operation_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()
