"""Every operation follows the spec's conventions: security, error responses, rate-limit headers,
examples, links."""

import pytest

from tests.spec_facts import spec, spec_operations

OPS = spec_operations()
IDS = [op["operationId"] for _, _, op in OPS]


def resolve(node: dict) -> dict:
    while "$ref" in node:
        target = spec()
        for piece in node["$ref"].lstrip("#/").split("/"):
            target = target[piece]
        node = target
    return node


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=IDS)
def test_security_is_declared_on_the_operation(method, path, op):
    assert op["security"] == [{"ApiKeyHeader": []}, {"BearerToken": []}]


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=IDS)
def test_401_429_500_are_documented_and_429_carries_retry_after(method, path, op):
    responses = op["responses"]
    assert {"401", "429", "500"} <= set(responses)
    headers = resolve(responses["429"])["headers"]
    assert {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= set(headers)


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=IDS)
def test_error_bodies_are_problem_details_in_both_media_types(method, path, op):
    for code, response in op["responses"].items():
        if code.startswith(("4", "5")):
            content = resolve(response)["content"]
            assert {"application/problem+json", "application/json"} <= set(content), code


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=IDS)
def test_request_bodies_and_200s_carry_documented_examples(method, path, op):
    if "requestBody" in op:
        media = op["requestBody"]["content"]["application/json"]
        assert media.get("examples"), "request body without example"
    ok = op["responses"]["200"]
    for content_type, media in ok.get("content", {}).items():
        if content_type == "application/json":
            assert media.get("examples"), "200 without example"


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=IDS)
def test_rate_limit_headers_are_declared_on_the_200(method, path, op):
    headers = op["responses"]["200"].get("headers", {})
    assert {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= set(headers)


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=IDS)
def test_operations_that_start_jobs_link_to_their_follow_ups(method, path, op):
    """Every submit links to its status/results/download operations, every create to its delete."""
    links = op["responses"]["200"].get("links", {})
    op_ids = {link["operationId"] for link in links.values()}
    all_ids = set(IDS)
    assert op_ids <= all_ids, op_ids - all_ids
    starts_a_job = (
        method == "post"
        and any(word in path for word in ("batch", "bulk", "count-estimate", "export", "reveal", "enrich"))
        or path in {"/company-follower", "/lead-finder/saved"}
        or path.endswith("/invitations")
    )
    if starts_a_job and method == "post":
        assert op_ids, f"{op['operationId']} starts a job or creates a resource but links nowhere"
