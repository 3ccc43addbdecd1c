"""One call of the live contract check: sent gently, one at a time (a pause between calls, Retry-After
honoured on a 429, a wait when the rate-limit window is used up), and its answer checked against the
spec with schemathesis' response checks plus the status the call expects."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import schemathesis
from schemathesis.core import NOT_SET
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .live_probes import Probe
from .live_report import Outcome

# The documented status, media type, headers and body schema. (Not the checks that send requests of
# their own, such as ignored_auth: the check makes only the calls it lists.)
CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
ATTEMPTS = 3  # per call, when the answer is 429
LONGEST_WAIT = 60.0  # seconds; a longer Retry-After is cut to this


@dataclass
class Answer:
    outcome: Outcome
    body: Any  # the parsed JSON body, None when there is none


@dataclass
class Caller:
    client: httpx.Client  # with the base URL and the key's header
    schema: schemathesis.BaseSchema
    pause: float = 1.0  # seconds between two calls
    sleep: Callable[[float], None] = time.sleep
    _wait: float = 0.0  # before the next call

    def call(self, probe: Probe, path_parameters: dict[str, str]) -> Answer:
        operation = self.schema.find_operation_by_id(probe.operation_id)
        case = operation.Case(
            path_parameters={**probe.path_parameters, **path_parameters},
            query=dict(probe.query),
            **({} if probe.body is None else {"body": probe.body, "media_type": "application/json"}),
        )
        label = f"{case.method} {case.formatted_path}"
        try:
            response = self._send(case)
        except httpx.HTTPError as error:
            problem = f"no HTTP answer: {type(error).__name__}: {error}"
            return Answer(Outcome(probe.operation_id, label, None, [problem]), None)
        problems = [*conformance(case, response), *unexpected_status(probe, response)]
        outcome = Outcome(probe.operation_id, label, response.status_code, problems, response.text)
        return Answer(outcome, json_or_none(response))

    def _send(self, case: schemathesis.Case) -> httpx.Response:
        for attempt in range(1, ATTEMPTS + 1):
            self.sleep(self._wait)
            response = self.client.request(
                case.method,
                case.formatted_path.lstrip("/"),  # relative: below the base URL's own path
                params=case.query or None,
                json=None if case.body is NOT_SET else case.body,
            )
            self._wait = max(self.pause, window_wait(response))
            if response.status_code != 429 or attempt == ATTEMPTS:
                return response
            self._wait = max(self._wait, seconds(response.headers.get("retry-after")) or 1.0)
        raise AssertionError("unreachable")


def conformance(case: schemathesis.Case, response: httpx.Response) -> list[str]:
    """What schemathesis' response checks found wrong."""
    try:
        case.validate_response(response, checks=CHECKS)
    except FailureGroup as group:
        return [f"{failure.title}: {gist(failure.message)}" for failure in group.exceptions]
    return []


def gist(message: str) -> str:
    """What differed, without the schema and value dumps: the first lines of a failure's message
    and the location of the schema it broke."""
    lines = [line.strip() for line in message.splitlines()]
    head = [line for line in lines[:2] if line]
    where = [line.rstrip(":") for line in lines if line.startswith("Schema at ")]
    return "; ".join(head + where)


def unexpected_status(probe: Probe, response: httpx.Response) -> list[str]:
    if probe.expected_status is None:
        if 200 <= response.status_code < 300:
            return []
        return [f"expected a 2xx answer, got {response.status_code}"]
    if response.status_code == probe.expected_status:
        return []
    return [f"expected {probe.expected_status}, got {response.status_code}"]


def window_wait(response: httpx.Response) -> float:
    """Seconds to wait before the next call: until the rate-limit window resets when it is used up."""
    if response.headers.get("x-ratelimit-remaining", "").strip() != "0":
        return 0.0
    return seconds(response.headers.get("x-ratelimit-reset")) or 1.0


def seconds(value: str | None) -> float | None:
    try:
        return min(max(float(value), 0.0), LONGEST_WAIT) if value is not None else None
    except ValueError:
        return None


def json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
