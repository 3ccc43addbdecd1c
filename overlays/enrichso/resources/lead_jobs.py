"""Job handles of Lead Finder: reveal/enrich jobs and CSV exports.

A reveal (or enrich) job is polled at GET /lead-finder/reveal-jobs/{jobId} (pending, processing,
completed, failed); its revealed contacts come with the completed poll. Insufficient credits surface
as a failed job, not as a 402 (docs/api-notes.md 8). An export job is polled at
/lead-finder/export-jobs/{jobId}; its CSV is downloaded, streamed, once it completed (409 before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Unpack

from enrichso_api.api.lead_finder import download_export_job, get_export_job, get_reveal_job
from enrichso_api.models import (
    LeadExportJobProgress,
    LeadExportJobStatusResponse,
    RevealedContact,
    RevealJobPollResponse,
    RevealJobPollResponseDataProgressType0,
    RevealJobPollResponseDataResultsType0,
)

from .._core.call import Call, from_generated, patterned_id, raw_bytes, unset_to_none
from .._core.flow import AsyncStream, Emit, Flow, Stream
from .._core.jobs import QUICK_POLLING, AsyncJob, AsyncRawJob, JobStatus, RawJob, SyncJob
from .._core.raw_response import raw
from .._core.request_options import RequestOptions
from .._core.status import check_status_members, progress_of, state_flags
from .._core.transport import Destination, DownloadInfo


def reveal_status_call(job_id: str) -> Call[JobStatus]:
    def parse(data: Any) -> JobStatus:
        check_status_members(data.get("data") if isinstance(data, dict) else None, "data")
        envelope = RevealJobPollResponse.from_dict(data)
        d = envelope.data
        state = str(d.status)
        done, failed = state_flags(state)
        progress = unset_to_none(d.progress)
        processed = total = None
        if isinstance(progress, RevealJobPollResponseDataProgressType0):
            processed, total = unset_to_none(progress.processed), unset_to_none(progress.total)
        return JobStatus(
            id=d.job_id,
            kind=f"lead_{d.job_type}",
            state=state,
            done=done,
            failed=failed,
            processed=processed,
            total=total,
            progress=100.0 if done and not failed else progress_of({}, processed, total),
            error=unset_to_none(d.error),
            created_at=d.created_at,
            model=envelope,
            raw=data.get("data", {}),
        )

    return from_generated(get_reveal_job._get_kwargs(job_id), parse, operation="getRevealJob")


def revealed_contacts(status: JobStatus) -> Sequence[RevealedContact]:
    results = unset_to_none(status.model.data.results) if status.model is not None else None
    if isinstance(results, RevealJobPollResponseDataResultsType0):
        return unset_to_none(results.revealed) or []
    return []


def _contacts_flow(job: RevealJob | AsyncRevealJob) -> Flow[None]:
    status = yield from job._wait_flow(None, None, None)
    for contact in revealed_contacts(status):
        yield Emit(contact)


class RevealJob(SyncJob):
    """A lead reveal or enrich job: wait(), then results() (the revealed contacts)."""

    kind = "lead_reveal"
    policy = QUICK_POLLING

    def _status_call(self) -> Call[JobStatus]:
        return reveal_status_call(self.id)

    def results(self, **request: Unpack[RequestOptions]) -> Stream[RevealedContact]:
        """The revealed contacts; waits for the job first (raises JobFailedError if it failed)."""
        return Stream(self._transport.with_request_options(**request), _contacts_flow(self))


class AsyncRevealJob(AsyncJob):
    """The async twin of RevealJob."""

    kind = "lead_reveal"
    policy = QUICK_POLLING

    def _status_call(self) -> Call[JobStatus]:
        return reveal_status_call(self.id)

    def results(self, **request: Unpack[RequestOptions]) -> AsyncStream[RevealedContact]:
        return AsyncStream(self._transport.with_request_options(**request), _contacts_flow(self))


# The documented pattern of an export job id (the spec's ExportJobId, docs/api-notes.md 9.16).
EXPORT_JOB_ID = re.compile(r"ej_[a-f0-9]{16}")


def _export_id(job_id: str) -> str:
    return patterned_id(job_id, EXPORT_JOB_ID, "an export job id is ej_ and 16 lowercase hex characters")


def export_status_call(job_id: str) -> Call[JobStatus]:
    def parse(data: Any) -> JobStatus:
        body = data.get("data") if isinstance(data, dict) else None
        check_status_members(body, "data", ("totalRows", "processedRows", "creditsUsed", "creditsRefunded"))
        envelope = LeadExportJobStatusResponse.from_dict(data)
        d = envelope.data
        state = str(d.status)
        done, failed = state_flags(state)
        total = unset_to_none(d.total_rows)
        processed = unset_to_none(d.processed_rows)
        raw_progress = unset_to_none(d.progress)
        percent: float | None = None
        if isinstance(raw_progress, LeadExportJobProgress):  # the docs' example shape
            processed, total = raw_progress.processed, raw_progress.total
        elif isinstance(raw_progress, int | float):
            percent = float(raw_progress)
        return JobStatus(
            id=d.job_id,
            kind="lead_export",
            state=state,
            done=done,
            failed=failed,
            processed=int(processed) if processed is not None else None,
            total=int(total) if total is not None else None,
            progress=percent if percent is not None else progress_of({}, processed, total),
            error=unset_to_none(d.error),
            created_at=d.created_at,
            model=envelope,
            raw=data.get("data", {}),
        )

    return from_generated(get_export_job._get_kwargs(_export_id(job_id)), parse, operation="getExportJob")


def download_call(job_id: str) -> Call[bytes]:
    return from_generated(
        download_export_job._get_kwargs(_export_id(job_id)),
        raw_bytes,
        operation="downloadExportJob",
        raw=True,
    )


class ExportJob(SyncJob):
    """A lead CSV export: wait(), then download(dest)."""

    kind = "lead_export"

    def _status_call(self) -> Call[JobStatus]:
        return export_status_call(self.id)

    @property
    def with_raw_response(self) -> RawExportJob:
        """See SyncJob.with_raw_response; download() answers the CSV's headers."""
        return RawExportJob(self)

    def download(self, dest: Destination, **request: Unpack[RequestOptions]) -> DownloadInfo:
        """Stream the CSV to a path or a binary file object, chunk by chunk (never held whole
        in memory). The export must have completed: call wait() first (ConflictError otherwise)."""
        return self._transport.with_request_options(**request).download(download_call(self.id), dest)


class AsyncExportJob(AsyncJob):
    """The async twin of ExportJob."""

    kind = "lead_export"

    def _status_call(self) -> Call[JobStatus]:
        return export_status_call(self.id)

    @property
    def with_raw_response(self) -> AsyncRawExportJob:
        return AsyncRawExportJob(self)

    async def download(self, dest: Destination, **request: Unpack[RequestOptions]) -> DownloadInfo:
        return await self._transport.with_request_options(**request).download(download_call(self.id), dest)


class RawExportJob(RawJob):
    """`export.with_raw_response` (sync)."""

    def __init__(self, job: ExportJob) -> None:
        super().__init__(job)
        self.download = raw(job.download)


class AsyncRawExportJob(AsyncRawJob):
    """`export.with_raw_response` (async)."""

    def __init__(self, job: AsyncExportJob) -> None:
        super().__init__(job)
        self.download = raw(job.download)
