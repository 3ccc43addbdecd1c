"""An id that is `.` or `..` is refused before any request (InvalidParameterError): bad input,
nothing sent. The command line exits as if the server or the network had failed."""

from __future__ import annotations

import pytest

from .conftest import Org


@pytest.mark.parametrize("job_id", ["..", "."])
@pytest.mark.parametrize("command", ["status", "results"])
def test_a_dot_id_is_a_usage_error_not_a_server_failure(
    enrichso, org: Org, command: str, job_id: str
) -> None:
    run = enrichso("jobs", command, "email-validation", job_id)
    assert "nothing was sent" in run.stderr, run.stderr
    # README exit codes: 2 = usage error or bad input (nothing was submitted);
    # 6 = the server or network failed
    assert run.code == 2, (run.code, run.stderr)
