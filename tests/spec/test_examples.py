"""Every example in the document is a valid instance of its schema (JSON Schema 2020-12)."""

import copy

import jsonschema
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.spec_facts import spec

DOC_URI = "urn:enrich-spec"


def registry() -> Registry:
    return Registry().with_resource(DOC_URI, DRAFT202012.create_resource(spec()))


def all_examples():
    """(where, schema, value) for every media-type example and every schema-level example."""
    found = []

    def media(where, content):
        for content_type, m in (content or {}).items():
            for name, example in (m.get("examples") or {}).items():
                if "value" in example and "schema" in m:
                    found.append((f"{where} {content_type} {name}", m["schema"], example["value"]))

    for kind in ("paths", "webhooks"):
        for path, item in spec()[kind].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                media(f"{method.upper()} {path} request", op.get("requestBody", {}).get("content"))
                for code, response in op["responses"].items():
                    media(f"{method.upper()} {path} {code}", response.get("content"))

    for name, response in spec()["components"].get("responses", {}).items():
        media(f"components.responses.{name}", response.get("content"))

    def walk(where, node):
        if isinstance(node, dict):
            if isinstance(node.get("examples"), list) and (
                "type" in node or "$ref" in node or "enum" in node
            ):
                schema = {k: v for k, v in node.items() if k != "examples"}
                for i, value in enumerate(node["examples"]):
                    found.append((f"{where} examples[{i}]", schema, value))
            for key, value in node.items():
                walk(f"{where}/{key}", value)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(f"{where}/{i}", value)

    walk("#/components", spec()["components"])
    return found


EXAMPLES = all_examples()


def rewrite_refs(node):
    """Point local refs at the registered document so they resolve from any sub-schema."""
    if isinstance(node, dict):
        return {
            k: (DOC_URI + v if k == "$ref" and v.startswith("#") else rewrite_refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [rewrite_refs(v) for v in node]
    return node


def test_there_are_examples_to_check():
    assert len(EXAMPLES) > 100


# Where the API Reference overview (https://doc.enrich.so/api-reference-1951025m0) shows a JSON
# answer: its 12 response examples and its error example. (Its generic envelope `{"data": { ... }}`
# is not JSON and has no operation.)
OVERVIEW_EXAMPLES = {
    "POST /email-validation 200",
    "POST /email-validation/batch 200",
    "GET /email-validation/batch/{batchId} 200",
    "GET /email-validation/batch/{batchId}/results 200",
    "POST /email-finder 200",
    "POST /email-finder/batch 200",
    "POST /reverse-lookup/lookup 200",
    "POST /reverse-lookup/bulk-lookup 200",
    "GET /reverse-lookup/phones 200",
    "POST /reverse-lookup/phones/bulk 200",
    "GET /reverse-lookup/phones/bulk/{jobId} 200",
    "GET /wallets/balance 200",
    "components.responses.BadRequest",
}


def test_every_json_example_of_the_api_reference_overview_is_in_the_spec():
    named = {where.rsplit(" ", 2)[0] for where, _, _ in EXAMPLES if where.endswith(" reference-overview")}
    assert named == OVERVIEW_EXAMPLES


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_matches_its_schema(where, schema, value):
    validator = jsonschema.Draft202012Validator(rewrite_refs(copy.deepcopy(schema)), registry=registry())
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


ERROR_BODIES = [
    {
        "type": "https://dev.enrich.so/errors/validation-error",
        "title": "Validation Error",
        "status": 400,
        "detail": "body/email Invalid email",
        "instance": "/requests/3fa85f64-5717-4562-b3fc-2c963f66afa6",
    },
    {"error": "API key is disabled. Re-enable it from the dashboard."},
    {
        "statusCode": 429,
        "error": "Too Many Requests",
        "message": "Rate limit exceeded, please retry later",
        "retryAfter": 45,
    },
    {
        "error": "Payment Required",
        "message": "Insufficient credits for batch operation",
        "detail": {"required": 50000, "itemCount": 500, "creditCostPerItem": 100},
        "statusCode": 402,
    },
]


@pytest.mark.parametrize("body", ERROR_BODIES, ids=["rfc9457", "auth-page", "rate-limit-page", "legacy-402"])
def test_all_four_documented_error_shapes_are_error_envelopes(body):
    schema = {"$ref": DOC_URI + "#/components/schemas/ErrorEnvelope"}
    jsonschema.Draft202012Validator(schema, registry=registry()).validate(body)
