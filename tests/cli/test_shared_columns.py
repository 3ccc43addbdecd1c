"""Issue 14, item 10: the SDK's dict rows and the command line's files find their columns by one
rule (enrichso/pipeline/columns.py), and a *_many method refuses what iterates but is not rows."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest
from enrichso import AsyncEnrich, Enrich
from enrichso.cli.tabular import columns as cli_columns
from enrichso.errors import EnrichError, InputsTypeError
from enrichso_mock import create_app
from enrichso_mock.server import LoopbackServer

from .conftest import EXAMPLES


@pytest.fixture(scope="module")
def client() -> Iterator[Enrich]:
    with (
        LoopbackServer(create_app(seed=3, speed=1000)) as server,
        Enrich(api_key="sk_test_shared_columns", base_url=server.base_url) as sdk,
    ):
        yield sdk


def test_find_many_reads_the_example_leads_as_the_cli_does(client: Enrich):
    with (EXAMPLES / "leads.csv").open(newline="") as source:
        rows = list(client.email_finder.find_many(csv.DictReader(source)))
    assert len(rows) == 16
    assert [r.error for r in rows] == [None] * 16  # the file's `website` column is the domain


def test_dict_rows_are_matched_without_case_spaces_or_punctuation(client: Enrich):
    rows = [{"First Name": "Emily", "LAST-NAME": "Zhang", "Company Website": "https://www.figma.com/about"}]
    (row,) = client.email_finder.find_many(rows)
    assert row.error is None and row.result is not None
    assert row.result.domain == "figma.com"


def test_the_cli_finds_the_same_columns():
    header = ["First Name", "surname", "company", "Website"]
    found = [
        cli_columns.by_header(header, f) for f in (cli_columns.Field.FIRST_NAME, cli_columns.Field.LAST_NAME)
    ]
    assert found == ["First Name", "surname"]
    assert cli_columns.by_header(header, cli_columns.Field.DOMAIN) == "Website"


def _table(module: str, name: str) -> object:
    """An object of a class named as the library names it (the check never imports the library)."""
    kind = type(name, (), {"__iter__": lambda self: iter(["email", "name"])})
    kind.__module__ = module
    return kind()


@pytest.mark.parametrize(
    ("module", "name"),
    [("pandas.core.frame", "DataFrame"), ("polars.dataframe.frame", "DataFrame"), ("pyarrow.lib", "Table")],
)
def test_a_dataframe_is_refused_before_anything_is_read(module: str, name: str):
    client = Enrich(api_key="sk_test_never_sent", base_url="http://127.0.0.1:9/api/v3")
    with pytest.raises(InputsTypeError, match="DataFrames: see the README") as caught:
        client.email_validation.validate_many(_table(module, name))  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, EnrichError)
    with pytest.raises(InputsTypeError):
        client.reverse_lookup.lookup_many(_table(module, name))  # type: ignore[arg-type]


def test_a_single_string_is_refused():
    client = Enrich(api_key="sk_test_never_sent", base_url="http://127.0.0.1:9/api/v3")
    with pytest.raises(InputsTypeError, match="character by character"):
        client.email_validation.validate_many("jane@acme.com")
    with pytest.raises(InputsTypeError):
        AsyncEnrich(
            api_key="sk_test_never_sent", base_url="http://127.0.0.1:9/api/v3"
        ).ip_to_company.lookup_many("8.8.8.8")


def test_every_many_method_reads_dict_rows_by_the_same_rule(client: Enrich):
    with (EXAMPLES / "emails.csv").open(newline="") as source:
        validated = list(client.email_validation.validate_many(csv.DictReader(source)))
    assert len(validated) == 200 and all(r.error is None and r.raw for r in validated)
    with (EXAMPLES / "visitors.tsv").open(newline="") as source:
        companies = list(client.ip_to_company.lookup_many(csv.DictReader(source, delimiter="\t")))
    assert companies and all(r.error is None for r in companies)
    people = [
        {"E-mail": "", "LinkedIn URL": "https://www.linkedin.com/in/sarahchen"},
        {"Work Email": "sarah.chen@stripe.com"},
    ]
    assert [r.error for r in client.phone_finder.find_many(people)] == [None, None]
    (profile,) = client.reverse_lookup.lookup_many([{"Email Address": "sarah.chen@stripe.com"}])
    assert profile.error is None
