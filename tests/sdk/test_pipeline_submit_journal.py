"""enrichso.pipeline.submit with a journal: the pipeline's own recorded submits, so that a later
*_many with the same journal and input re-attaches to the batches instead of paying again (what
the command line's `batch --no-wait` then `batch` relies on), and a second submit re-attaches."""

from __future__ import annotations

import pytest
from enrichso import Enrich, MemoryJournal, pipeline
from enrichso.errors import CreditBudgetExceededError

EMAILS = ["ada@figma.com", "bob@stripe.com", "ADA@figma.com ", "cy@notion.so"]


def test_a_journalled_submit_is_reattached_by_many_and_by_a_second_submit(enrich_mock) -> None:
    journal = MemoryJournal()
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as client:
        spec = client.email_validation.pipeline
        with pipeline.ingest_rows(spec, EMAILS) as data:
            first = list(pipeline.submit(client, spec, data, 2, None, journal))
            again = list(pipeline.submit(client, spec, data, 2, None, journal))
        assert [(items, reserved) for _, items, reserved in first] == [(2, 2), (1, 1)]
        assert [(batch, items, None) for batch, items, _ in first] == again  # nothing reserved
        rows = list(
            client.email_validation.validate_many(EMAILS, journal=journal, batch_size=2, poll_interval=0.05)
        )
    assert [r.raw is not None for r in rows] == [True] * 4
    assert rows[2].duplicate_of == 0
    assert [b["reservations"] for b in enrich_mock.control.ledger()["batches"]] == [1, 1]


def test_a_submit_over_the_budget_sends_nothing(enrich_mock) -> None:
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as client:
        spec = client.email_validation.pipeline
        with pipeline.ingest_rows(spec, EMAILS) as data, pytest.raises(CreditBudgetExceededError):
            list(pipeline.submit(client, spec, data, None, None, MemoryJournal(), max_credits=2))
    assert enrich_mock.control.ledger()["batches"] == []
