"""Parse the API's webhook callbacks into their generated models, chosen by the `event` string.

    event = enrichso.webhooks.parse(request_body)   # bytes, str or an already decoded dict
    if isinstance(event, WebhookEmailValidationResult): ...

Callbacks are not signed (no scheme is documented, docs/api-notes.md 4): treat them as untrusted, make the
receiver idempotent, and re-read results from the API when it matters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from ._webhook_events import EVENTS, WebhookEvent
from .errors import WebhookParseError

# EVENTS (event string -> model) and the WebhookEvent union are generated from the spec's
# `webhooks:` (scripts/registry). The event strings are not uniform (docs/api-notes.md 4): two
# completions lack the "webhook:" prefix.


def parse(body: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> WebhookEvent:
    """The typed model of a callback body. Raises WebhookParseError for a body that is not a JSON
    object, an unknown or missing `event`, or a payload that does not match its schema."""
    if isinstance(body, Mapping):
        payload: Any = dict(body)
    else:
        try:
            payload = orjson.loads(bytes(body) if isinstance(body, memoryview | bytearray) else body)
        except orjson.JSONDecodeError as exc:
            raise WebhookParseError(f"webhook body is not JSON: {exc}") from exc
    if not isinstance(payload, dict):
        raise WebhookParseError(f"webhook body must be a JSON object, not {type(payload).__name__}")
    event = payload.get("event")
    if not isinstance(event, str):
        raise WebhookParseError("webhook body has no `event` string")
    model = EVENTS.get(event)
    if model is None:
        raise WebhookParseError(f"unknown webhook event {event!r}", event=event)
    try:
        parsed: WebhookEvent = model.from_dict(payload)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise WebhookParseError(
            f"webhook {event!r} does not match its schema ({type(exc).__name__}: {exc})", event=event
        ) from exc
    return parsed
