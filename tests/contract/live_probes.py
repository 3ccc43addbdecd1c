"""The calls of the live contract check: a fixed, credit-free subset of the API by default, plus,
only when asked for and within a credit budget, calls of operations that cost credits.

The free subset reads the account (wallet, team, company-follower limit, Lead Finder filter
options, suggestions and saved searches) and asks every batch product for the status and the
results of a batch that does not exist, which the spec documents as a 404. Nothing in it changes
the account. A costly call is made of the spec's own request example for its operation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# The status and results operations of every batch product, asked about an unknown batch id.
UNKNOWN_BATCH_OPERATIONS = (
    "getEmailValidationBatchStatus",
    "getEmailValidationBatchResults",
    "getEmailFinderBatchStatus",
    "getEmailFinderBatchResults",
    "getPhoneBulkJobStatus",
    "getPhoneBulkJobResults",
    "getBulkLookupStatus",
    "getBulkLookupResults",
    "getIpToCompanyBatchStatus",
    "getIpToCompanyBatchResults",
)

# What `--allow-credits N` runs when no operation is named: the two cheapest single lookups.
DEFAULT_COSTLY = ("validateEmail", "findEmail")

# A costly call never asks for callbacks to the example's third-party address.
DROPPED_MEMBERS = ("webhookUrl",)


@dataclass(frozen=True)
class Probe:
    operation_id: str
    path_parameters: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None  # None: no request body
    expected_status: int | None = None  # None: any 2xx
    team: bool = False  # the path's teamId is the key's own team, known only at run time


def free_probes(spec: dict[str, Any]) -> list[Probe]:
    """The credit-free subset, in the order it is run (the balance first: it names the team)."""
    return [
        Probe("getWalletBalance"),
        Probe("getWalletTransactions", query={"limit": 5}),
        Probe("listTeamMembers", team=True),
        Probe("listTeamInvitations", team=True),
        Probe("checkCompanyFollowerLimit"),
        Probe("getFilterOptions"),
        Probe("suggestCompanyNames", query={"q": "Stri", "limit": 5}),
        Probe("listSavedSearches"),
        *(
            Probe(name, path_parameters=dict([unknown_batch_id(spec, name)]), expected_status=404)
            for name in UNKNOWN_BATCH_OPERATIONS
        ),
    ]


def unknown_batch_id(spec: dict[str, Any], operation_id: str) -> tuple[str, str]:
    """The path parameter naming the batch (`batchId`, `jobId`) and an id of the documented form
    that no batch has: the parameter's example with every hex digit zeroed (24 zeros, the nil UUID)."""
    (parameter,) = [p for p in parameters(spec, operation_id) if p["in"] == "path"]
    return parameter["name"], re.sub(r"[0-9a-fA-F]", "0", str(parameter["schema"]["examples"][0]))


def costly_probe(spec: dict[str, Any], operation_id: str) -> Probe:
    """A call of `operation_id` made of the spec's own request example: the first example body
    (without a webhook URL), and the examples of the required parameters (of every query parameter
    when there is no body: the phone finder takes its input in the query)."""
    operation = operation_of(spec, operation_id)
    body = example_body(operation)
    if isinstance(body, dict):
        body = {name: value for name, value in body.items() if name not in DROPPED_MEMBERS}
    query = {
        p["name"]: p["schema"]["examples"][0]
        for p in parameters(spec, operation_id)
        if p["in"] == "query" and (p.get("required") or body is None) and p["schema"].get("examples")
    }
    return Probe(operation_id, query=query, body=body)


def example_body(operation: dict[str, Any]) -> Any:
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return None
    if "examples" in content:
        return next(iter(content["examples"].values()))["value"]
    return content.get("example")


def operation_of(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def parameters(spec: dict[str, Any], operation_id: str) -> list[dict[str, Any]]:
    """An operation's parameters with their `$ref`s to components.parameters resolved."""
    listed = operation_of(spec, operation_id).get("parameters", [])
    components = spec["components"]["parameters"]
    return [components[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in listed]


def request_members(probe: Probe) -> dict[str, Any]:
    """What a call sends, query and body members in one mapping (the names do not overlap)."""
    return {**probe.query, **(probe.body if isinstance(probe.body, dict) else {})}


def request_schemas(spec: dict[str, Any], operation_id: str) -> dict[str, dict[str, Any]]:
    """The schema of every member a request of the operation can carry: its parameters and the
    properties of every branch of its JSON body's schema."""
    members = {p["name"]: p.get("schema", {}) for p in parameters(spec, operation_id)}
    content = operation_of(spec, operation_id).get("requestBody", {}).get("content", {})
    pending = [content.get("application/json", {}).get("schema", {})]
    while pending:
        node = pending.pop()
        if "$ref" in node:
            node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
        members.update(node.get("properties", {}))
        pending.extend(node.get("oneOf", []) + node.get("anyOf", []) + node.get("allOf", []))
    return members


def request_defaults(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return {name: s["default"] for name, s in request_schemas(spec, operation_id).items() if "default" in s}
