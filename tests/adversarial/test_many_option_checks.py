"""The *_many options given to a frame method, checked before anything is sent. The CLI refuses
`--batch-size 0` ([x>=1]); the SDK took batch_size=0 and -1 and submitted one batch per unique
item (a million-row frame: a million batches). A non-callable on_progress is found only after the
batch was submitted and paid for (TypeError from inside the wait)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from enrichso import Enrich
from enrichso.errors import InvalidParameterError

from .conftest import Org

FRAME = pd.DataFrame({"email": ["ada@figma.com", "bob@stripe.com", "cy@notion.so"]})


@pytest.mark.parametrize("batch_size", [0, -1])
def test_a_batch_size_below_one_is_refused(client: Enrich, org: Org, batch_size: int) -> None:
    with pytest.raises(InvalidParameterError):
        client.email_validation.validate_frame(FRAME, batch_size=batch_size, poll_interval=0)
    org.assert_untouched()


def test_an_on_progress_that_cannot_be_called_is_refused_before_submitting(client: Enrich, org: Org) -> None:
    not_callable: Any = 5
    with pytest.raises((InvalidParameterError, TypeError)):
        client.email_validation.validate_frame(FRAME, on_progress=not_callable, poll_interval=0)
    org.assert_untouched()
