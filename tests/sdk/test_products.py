"""Each batch product is declared once (enrichso.pipeline.products) and everything else reads it:
the resources' per-batch maximum and pipelines, the credit preflight, and the CLI's batch
commands with their nouns, prices, columns and help."""

import pytest
from enrichso import Enrich, pipeline
from enrichso.cli.app import app
from enrichso.errors import CreditBudgetExceededError
from enrichso.pipeline.needs import BY_COMMAND
from enrichso.pipeline.preflight import check_budget, credits_per_item
from typer.testing import CliRunner

KINDS = [product.kind for product in pipeline.PRODUCTS]


@pytest.mark.parametrize("kind", KINDS)
def test_the_client_runs_the_declared_product(kind: str) -> None:
    product = pipeline.BY_KIND[kind]
    with Enrich(api_key="sk_test", base_url="http://127.0.0.1:9") as client:
        spec = getattr(client, kind).pipeline
    assert spec is pipeline.spec_of(kind)
    assert spec.product.kind == kind
    assert spec.max_batch == product.max_items


@pytest.mark.parametrize("kind", KINDS)
def test_the_preflight_prices_and_names_items_as_declared(kind: str) -> None:
    product = pipeline.BY_KIND[kind]
    assert credits_per_item(kind) == product.credits_per_item
    with pytest.raises(CreditBudgetExceededError) as refused:
        check_budget(kind, total_items=2, max_credits=1)
    assert f"2 unique {product.plural} x {product.credits_per_item:,}" in str(refused.value)


@pytest.mark.parametrize("kind", KINDS)
def test_the_cli_batch_command_is_made_from_the_declaration(kind: str) -> None:
    product = pipeline.BY_KIND[kind]
    command = BY_COMMAND[product.command]
    assert command.product is product
    assert command.noun == product.noun and command.price == product.credits_per_item
    assert command.result_columns == tuple("enrich_" + column.name for column in product.columns)
    shown = CliRunner().invoke(app, [product.command, "batch", "--help"], terminal_width=400)
    assert shown.exit_code == 0, shown.output
    assert all(name in shown.output for name in product.column_names)
    assert ("--webhook-url" in shown.output) == product.takes_webhook


def test_result_columns_come_from_the_typed_view_whichever_shape_came() -> None:
    """The API documents `result` or `status`, `isCatchAll` or `catchAll`: one set of values."""
    product = pipeline.BY_KIND["email_validation"]
    pages = {"email": "a@b.co", "result": "valid", "confidence": "high", "isCatchAll": False}
    overview = {"email": "a@b.co", "status": "valid", "confidence": "high", "catchAll": False}
    assert product.values(pages) == product.values(overview)
    assert product.values(pages)[:3] == ("valid", "high", False)
