"""Waiting for any job handle (batch, estimate, scrape, reveal, export) with the progress bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..batch.progress import BatchProgress
from ..render import print_json
from ..reporting import MOCK_JOBS_END, reporter
from ..session import session
from ..terminal import printable

if TYPE_CHECKING:
    from ... import JobStatus


def wait_for(job: Any, title: str, timeout: float | None) -> JobStatus:
    """job.wait() with a progress bar on stderr; raises the SDK's JobFailedError / WaitTimeoutError."""
    current = session()
    progress = BatchProgress(title, 0, enabled=not (current.quiet or current.json))

    def on_progress(status: JobStatus) -> None:
        total = status.total if status.total is not None and status.total > 0 else None
        progress.advance_to(status.processed, total)
        progress.state(status.state)

    with progress:
        final: JobStatus = job.wait(timeout=timeout, on_progress=on_progress)
    return final


def print_job_id(job_id: str, follow_up: str) -> None:
    """--no-wait: the id on stdout ({"id": ...} with --json), and on stderr the command to run next
    (`follow_up`, with {id} where the id goes)."""
    if session().json:
        print_json({"id": job_id})
    else:
        print(printable(job_id))  # the API's id
    if session().mock:
        reporter.note(MOCK_JOBS_END)
        return
    reporter.note(f"follow up with `enrichso {follow_up.format(id=job_id)}`")
