"""The README's errors table is the error tree: every class of enrichso.errors is listed, with its
real parents and the exit code the command line gives it; every class is in both __all__."""

from __future__ import annotations

import inspect
import re
import warnings
from pathlib import Path

import enrichso
import pytest
from enrichso import errors
from enrichso.cli.reporting import exit_code_for

README = Path(__file__).resolve().parents[2] / "README.md"


def _table() -> dict[str, tuple[list[str], str]]:
    """class name -> (parent names, exit code cell), from the table after the errors-table marker."""
    text = README.read_text(encoding="utf-8")
    rows = text[text.index("<!-- errors-table:") :].splitlines()[3:]
    table: dict[str, tuple[list[str], str]] = {}
    for row in rows:
        if not row.startswith("| `"):
            break
        cells = [c.strip() for c in row.strip("|").split("|")]
        table[cells[0].strip("`")] = (re.findall(r"`(\w+)`", cells[1]), cells[4])
    return table


def _error_classes() -> dict[str, type[BaseException]]:
    return {
        name: cls
        for name, cls in vars(errors).items()
        if inspect.isclass(cls) and issubclass(cls, errors.EnrichError) and cls.__module__ == errors.__name__
    }


def test_every_error_class_is_in_the_table_once_with_its_parents() -> None:
    table = _table()
    classes = _error_classes()
    assert set(table) == {cls.__name__ for cls in classes.values()}
    for name, (parents, _) in table.items():
        cls = getattr(errors, name)
        assert parents == [base.__name__ for base in cls.__bases__], name


def test_the_exit_code_column_is_what_the_cli_gives() -> None:
    for name, (_, cell) in _table().items():
        cls = getattr(errors, name)
        error = cls.__new__(cls)  # isinstance is all exit_code_for needs
        assert int(cell.split()[0]) == exit_code_for(error), name


def test_every_error_class_is_public() -> None:
    for name, cls in _error_classes().items():
        assert name in errors.__all__, name
        assert getattr(enrichso, name) is cls and name in enrichso.__all__, name


def test_server_and_preflight_names_are_distinct_and_old_names_still_work() -> None:
    assert errors.SubmitOutcomeUnknownError is errors.OutcomeUnknownError
    assert not issubclass(errors.PreflightBalanceError, errors.APIStatusError)
    for module in (errors, enrichso):
        with pytest.warns(DeprecationWarning, match="PreflightBalanceError"):
            assert module.InsufficientBalanceError is errors.PreflightBalanceError
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from enrichso.errors import OutcomeUnknownError, PreflightBalanceError  # noqa: F401


def test_bad_arguments_raise_an_error_of_the_tree() -> None:
    client = enrichso.Enrich(api_key="sk_test_x", base_url="http://127.0.0.1:9")  # never reached
    for attempt in (
        lambda: client.email_validation.submit_batch([]),
        lambda: client.ip_to_company.submit_batch([]),
        lambda: client.phone_finder.find(),
        lambda: client.lead_finder.search({"noSuchFilter": 1}),
        lambda: client.email_validation.batch("x" * 24).results(concurrency=0),
    ):
        with pytest.raises(errors.InvalidParameterError):
            attempt()
