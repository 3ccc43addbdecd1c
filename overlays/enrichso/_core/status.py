"""Batch status bodies in either shape, read into one JobStatus.

Documented: {success, data: {batchId, status, totalItems, processedItems, progress}, meta}.
Live gateway (docs/api-notes.md 11.1, email finder and email validation): flat and un-enveloped,
{batchId, status, totalLeads|totalEmails, processedCount, foundCount, ..., createdAt (epoch ms)}.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from .call import FromDict, wrong_member
from .jobs import JobStatus

_TOTAL_KEYS = ("totalItems", "totalEmails", "totalLeads", "totalIps", "totalIPs", "total", "itemCount")
_PROCESSED_KEYS = ("processedItems", "processedCount", "processed")
_NOT_COUNTS = frozenset({"processedCount", "itemCount", "originalCount"})
TERMINAL_OK = frozenset({"completed", "complete", "done", "succeeded", "success"})
TERMINAL_FAILED = frozenset({"failed", "cancelled", "canceled", "error", "expired"})


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _first_int(body: Mapping[str, Any], keys: tuple[str, ...]) -> int | None:
    for key in keys:
        value = _int(body.get(key))
        if value is not None:
            return value
    return None


def parse_timestamp(value: Any) -> datetime | None:
    """Epoch milliseconds (the flat status), epoch seconds, or an ISO 8601 string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000.0 if value > 1e11 else float(value)
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):  # outside what a datetime can hold
            return None
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def progress_of(body: Mapping[str, Any], processed: int | None, total: int | None) -> float | None:
    value = body.get("progress")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if processed is not None and total:
        return min(100.0, processed * 100.0 / total)
    return None


def state_flags(state: str) -> tuple[bool, bool]:
    """(done, failed) for a status word."""
    lowered = state.lower()
    failed = lowered in TERMINAL_FAILED
    return (failed or lowered in TERMINAL_OK), failed


def error_text(body: Mapping[str, Any]) -> str | None:
    for key in ("error", "errorMessage", "message", "reason"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def unwrap(data: Any) -> tuple[Mapping[str, Any], bool]:
    """(status body, whether it came enveloped)."""
    if not isinstance(data, Mapping):
        raise TypeError(f"a status body must be a JSON object, got {type(data).__name__}")
    inner = data.get("data")
    if "success" in data and isinstance(inner, Mapping):
        return inner, True
    return data, False


def check_status_members(body: Any, where: str, numbers: tuple[str, ...] = ()) -> None:
    """A status body's members of another type than the spec's raise APIResponseValidationError
    naming the member (a status that is not text, a count that is not a number, a createdAt that
    is no timestamp), instead of reading as None ("unknown", no progress) and polling on."""

    def member(name: str) -> str:
        return f"{where}.{name}" if where else name

    if not isinstance(body, Mapping):
        return  # (the envelope model says what is wrong with it)
    status = body.get("status")
    if not isinstance(status, str) or not status:
        raise wrong_member(member("status"), "a non-empty string", status)
    for name in (*_TOTAL_KEYS, *_PROCESSED_KEYS, *numbers):
        value = body.get(name)
        if value is not None and _int(value) is None:
            raise wrong_member(member(name), "a number", value)
    progress = body.get("progress")
    if isinstance(progress, Mapping):  # {processed, total} (the lead jobs' page examples)
        check_status_counts(progress, member("progress"))
    elif progress is not None and _int(progress) is None:
        raise wrong_member(member("progress"), "a number or {processed, total}", progress)
    created = body.get("createdAt")  # (a number beyond what a datetime holds is no date: None)
    if created is not None and _int(created) is None and parse_timestamp(created) is None:
        raise wrong_member(member("createdAt"), "a timestamp (ISO 8601 or epoch)", created)


def check_status_counts(body: Mapping[str, Any], where: str) -> None:
    for name in ("processed", "total"):
        value = body.get(name)
        if value is not None and _int(value) is None:
            raise wrong_member(f"{where}.{name}", "a number", value)


def batch_status_parser(kind: str, job_id: str, envelope: FromDict[Any]) -> Callable[[Any], JobStatus]:
    """The parser of a batch status response of either shape. The documented shape is also
    checked against the generated envelope model (a mismatch raises, as for any response)."""

    def parse(data: Any) -> JobStatus:
        body, enveloped = unwrap(data)
        check_status_members(body, "data" if enveloped else "")
        model = envelope.from_dict(data) if enveloped else None
        state = str(body.get("status") or "unknown")
        done, failed = state_flags(state)
        total = _first_int(body, _TOTAL_KEYS)
        processed = _first_int(body, _PROCESSED_KEYS)
        counts = {
            key: int(value)
            for key, value in body.items()
            if key.endswith("Count") and key not in _NOT_COUNTS and _int(value) is not None
        }
        return JobStatus(
            id=str(body.get("batchId") or body.get("jobId") or body.get("id") or job_id),
            kind=kind,
            state=state,
            done=done,
            failed=failed,
            processed=processed,
            total=total,
            progress=progress_of(body, processed, total),
            error=error_text(body) if failed else None,
            created_at=parse_timestamp(body.get("createdAt")),
            counts=counts,
            model=model,
            raw=body,
        )

    return parse
