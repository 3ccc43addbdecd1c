"""Per-request `extra_query` (README: "for that one call and the requests it leads to") is merged
over the query the SDK builds itself, so it replaces the paging parameters the SDK owns. On a
frame or *_many run the batch is submitted and paid for, then its results are read with the
caller's `page`/`limit`: the answers are skipped and every row is settled as "no result". On a
pager, `page` pins every request to one page, which is yielded again and again.

Expected: the SDK's own paging wins (the extra parameters are added, not substituted), or such an
extra_query is refused with a typed error before anything is sent."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from enrichso import Enrich
from enrichso.errors import EnrichError

from .conftest import Org

EMAILS = [f"person{i}@stripe.com" for i in range(5)]


@pytest.mark.parametrize("extra_query", [{"limit": 1}, {"page": 2}], ids=["limit", "page"])
def test_extra_query_does_not_lose_the_answers_of_a_paid_batch(
    client: Enrich, org: Org, extra_query: dict[str, int]
) -> None:
    frame = pd.DataFrame({"email": EMAILS})
    try:
        out = client.email_validation.validate_frame(frame, extra_query=extra_query, poll_interval=0)
    except EnrichError:
        org.assert_untouched()  # refused before anything was sent: fine
        return
    assert out["enrich_error"].isna().all(), out["enrich_error"].tolist()
    assert out["enrich_result"].notna().all()


def test_extra_query_page_does_not_make_a_pager_repeat_a_page(client: Enrich) -> None:
    for email in EMAILS:
        client.email_validation.validate(email)  # a few wallet transactions to page through
    expected = [t.id for t in client.wallets.transactions(page_size=2)]
    assert len(expected) > 2  # more than one page
    try:
        pager = client.wallets.transactions(page_size=2, extra_query={"page": 1})
        got = [t.id for t in itertools.islice(pager, 3 * len(expected))]
    except EnrichError:
        return
    assert got == expected
