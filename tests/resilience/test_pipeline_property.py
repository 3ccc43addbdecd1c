"""A property of the whole pipeline under adversity (issue 12, "Also"): for random interleavings of
faults (connections dropped before or after the server acted, slow answers past the client's
timeout, 5xx, truncated bodies, on the submit and on every read), a process that dies at any step
of the journal (then the same run again), and another client of the organization submitting a
batch of the same size right when ours is sent, every input row ends with the result for that
row or an explicit error, never another client's answer, and the ledger shows exactly one
reservation and one settlement per batch.

ENRICHSO_PIPELINE_EXAMPLES=200 digs deeper than CI does (the default keeps it to a few seconds).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from enrichso import errors
from enrichso.journal import Checkpoint, Chunk, FileJournal, SubmitMarker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import Org
from .support import check_ledger, client_for, control_for, foreign_submit, new_key

SUBMIT = "batchValidateEmails"
READS = ("getEmailValidationBatchStatus", "getEmailValidationBatchResults", "getWalletTransactions")
CHUNK = 8  # unique items per batch
ROWS = 20  # 3 batches: 8, 8 and 4 items

SETTINGS = settings(
    max_examples=int(os.environ.get("ENRICHSO_PIPELINE_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

fault_rules = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["drop", "500", "503", "truncate", "slow"]),
        "when": st.sampled_from(["before", "after"]),
        "operations": st.sampled_from([[SUBMIT], [SUBMIT], *([op] for op in READS)]),
        "times": st.integers(1, 2),
        "probability": st.just(1.0),
    }
)
# the journal step after which the process dies (then the same run again), or none
deaths = st.sampled_from([None, "before_submit", "outcome_unknown", "submitted", "checkpoint"])


class _Died(BaseException):
    """The process dies here: nothing after this point runs."""


class _DyingJournal(FileJournal):
    """A FileJournal whose process dies once, right after it recorded step `step`."""

    def __init__(self, path: Path, step: str | None) -> None:
        super().__init__(path, resume_rows=False)  # every row again: the whole outcome is checked
        self.step = step

    def _maybe_die(self, step: str) -> None:
        if self.step == step:
            self.step = None
            raise _Died(step)

    def before_submit(self, chunk: Chunk, marker: SubmitMarker) -> None:
        super().before_submit(chunk, marker)
        self._maybe_die("before_submit")  # the request never left, or left and its answer is lost

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
        super().outcome_unknown(chunk, error)
        self._maybe_die("outcome_unknown")

    def submitted(self, chunk: Chunk, batch_id: str) -> None:
        super().submitted(chunk, batch_id)
        self._maybe_die("submitted")

    def checkpoint(self, point: Checkpoint) -> None:
        super().checkpoint(point)
        self._maybe_die("checkpoint")


def _ours(n: int) -> str:
    return f"row{n}@ours.example"


def _run(org: Org, journal: FileJournal, inputs: list[str]) -> list[Any]:
    client = client_for(org.server, org.api_key, timeout=0.5, max_retries=1)
    stream = client.email_validation.validate_many(
        inputs, batch_size=CHUNK, journal=journal, poll_interval=0.01
    )
    return list(stream)


@SETTINGS
@given(rules=st.lists(fault_rules, max_size=3), death=deaths, foreign=st.booleans(), seed=st.integers(0, 99))
def test_every_row_ends_answered_or_with_an_error_and_each_batch_is_reserved_once(
    sim: Any,
    tmp_path_factory: pytest.TempPathFactory,
    rules: list[dict[str, Any]],
    death: str | None,
    foreign: bool,
    seed: int,
) -> None:
    key = new_key("property")
    org = Org(sim, key, control_for(sim, key))
    for rule in rules:
        if rule["kind"] == "slow":
            rule["delay"] = 0.8  # past the client's 0.5 s timeout
    org.control.set_faults({"seed": seed, "rules": rules})
    theirs: list[str] = []
    if foreign:  # another client submits CHUNK items of its own when our first submit arrives
        injector = sim.app.simulator.organization(key).faults
        decide = injector.decide

        def hooked(operation_id: str) -> Any:
            fault = decide(operation_id)
            if operation_id == SUBMIT and not theirs:
                theirs.extend(f"b{n}@theirs.example" for n in range(CHUNK))
                theirs.append(foreign_submit(sim, key, theirs[:CHUNK]))
            return fault

        injector.decide = hooked  # type: ignore[method-assign]

    inputs = [_ours(n) for n in range(ROWS)]
    path = tmp_path_factory.mktemp("journal") / "j"
    rows: list[Any] = []
    try:
        for attempt in range(3):  # died, or failed: the same run again (the faults gone by then)
            if attempt == 2:
                org.control.set_faults({"rules": []})
            journal = _DyingJournal(path, death if attempt == 0 else None)
            try:
                rows = _run(org, journal, inputs)
                break
            except (_Died, errors.EnrichError):
                continue
            finally:
                journal.close()
        assert [r.input for r in rows] == inputs, "the run never completed"
        for row in rows:  # a result for that very row, or an explicit error; never neither
            assert row.raw is not None or row.error is not None, row
            if row.raw is not None:
                assert row.raw["email"].lower() == row.input.lower(), (row.input, row.raw)
        if theirs:  # the other client reads its batch (settling it) as it would
            list(client_for(sim, key).email_validation.batch(theirs[-1]).results())
        ours = -(-ROWS // CHUNK)
        check_ledger(org.control, batches=ours + (1 if theirs else 0))
    finally:
        org.control.close()
