"""Every documented 200 example goes through the generated parser of its operation and comes back
as a model, with its data intact (a to_dict() round trip reproduces the example)."""

import datetime

import httpx
import pytest
from enrichso_api import AuthenticatedClient
from enrichso_api.models import ErrorEnvelope

from tests.generated.test_coverage import generated_module
from tests.spec_facts import spec, spec_operations

CLIENT = AuthenticatedClient(
    base_url="http://enrich.test/api/v3", token="sk_test", auth_header_name="x-api-key", prefix=""
)


def json_examples():
    cases = []
    for _, _, op in spec_operations():
        media = op["responses"]["200"].get("content", {}).get("application/json")
        for name, example in (media or {}).get("examples", {}).items():
            cases.append((op, name, example["value"]))
    return cases


CASES = json_examples()


def normalised(value):
    """Equal-up-to-formatting form: datetimes compared as instants."""
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize(("op", "name", "value"), CASES, ids=[f"{c[0]['operationId']}-{c[1]}" for c in CASES])
def test_the_200_example_parses_into_a_model_and_round_trips(op, name, value):
    module = generated_module(op)
    response = httpx.Response(200, json=value)
    parsed = module._parse_response(client=CLIENT, response=response)
    assert parsed is not None
    assert hasattr(parsed, "to_dict"), type(parsed)
    assert normalised(parsed.to_dict()) == normalised(value)


def test_there_are_examples_for_every_json_operation():
    json_ops = [
        op
        for _, _, op in spec_operations()
        if "application/json" in op["responses"]["200"].get("content", {})
    ]
    with_examples = {c[0]["operationId"] for c in CASES}
    assert {op["operationId"] for op in json_ops} == with_examples


def test_the_api_reference_overview_error_example_parses_as_an_error_envelope():
    content = spec()["components"]["responses"]["BadRequest"]["content"]["application/problem+json"]
    value = content["examples"]["reference-overview"]["value"]
    assert ErrorEnvelope.from_dict(value).to_dict() == value
