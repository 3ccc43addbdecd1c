"""enrichso.webhooks.parse: every documented callback (the spec's own examples) parses to its
model; unknown events and malformed payloads raise WebhookParseError."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from enrichso import WebhookParseError, webhooks

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "enrich.yaml").read_text())


def _examples() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for name, item in SPEC["webhooks"].items():
        content = item["post"]["requestBody"]["content"]["application/json"]
        schema = content["schema"]["$ref"].rsplit("/", 1)[-1]
        for example in content.get("examples", {}).values():
            found.append((name, schema, example["value"]))
    return found


EXAMPLES = _examples()


def test_every_webhook_of_the_spec_is_known() -> None:
    assert len(SPEC["webhooks"]) == 10
    schemas = {schema for _, schema, _ in EXAMPLES}
    assert schemas == {model.__name__ for model in webhooks.EVENTS.values()}


@pytest.mark.parametrize(("name", "schema", "payload"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_examples_parse_to_their_model_from_bytes_str_and_dict(
    name: str, schema: str, payload: dict[str, Any]
) -> None:
    for body in (orjson.dumps(payload), json.dumps(payload), payload):
        event = webhooks.parse(body)
        assert type(event).__name__ == schema
        assert event.event == payload["event"]


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b"not json", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"data": {}}', "no `event`"),
        (b'{"event": "webhook:unknown.completed", "data": {}}', "unknown webhook event"),
        (b'{"event": "validation.completed", "timestamp": "2025-06-03T14:40:00Z"}', "does not match"),
    ],
)
def test_bad_payloads(body: bytes, match: str) -> None:
    with pytest.raises(WebhookParseError, match=match):
        webhooks.parse(body)
