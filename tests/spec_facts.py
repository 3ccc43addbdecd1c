"""What the shared fact sheet (../shared/enrich-api) says the API has: the checklists the spec,
the generated client and the SDK are tested against."""

import pathlib
import re
from dataclasses import dataclass
from functools import cache

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "enrich.yaml"
FACTS_DIR = ROOT.parent / "shared" / "enrich-api"


@dataclass(frozen=True)
class DocumentedOperation:
    method: str
    path: str  # relative to /api/v3, as the spec writes it
    operation_id: str


@cache
def spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text())


@cache
def documented_operations() -> tuple[DocumentedOperation, ...]:
    """The 52 operations of facts.md section 3, with the operationIds the documentation gives."""
    text = (FACTS_DIR / "facts.md").read_text()
    heading = re.compile(r"^### (GET|POST|DELETE|PUT|PATCH) `/api/v3(/[^`]*)`", re.M)
    op_id = re.compile(r"operationId \((?:docs|SDK)\): `(\w+)`")
    found = []
    for match in heading.finditer(text):
        following = text[match.end() : match.end() + 2000]
        found.append(DocumentedOperation(match[1].lower(), match[2], op_id.search(following)[1]))
    return tuple(found)


@cache
def documented_schema_names() -> tuple[str, ...]:
    return tuple((FACTS_DIR / "schemas.txt").read_text().split())


@cache
def documented_webhook_names() -> tuple[str, ...]:
    lines = (FACTS_DIR / "webhooks.tsv").read_text().splitlines()[1:]
    return tuple(line.split("\t")[0] for line in lines if line.strip())


def spec_operations() -> list[tuple[str, str, dict]]:
    """(method, path, operation) for every operation of the spec's paths."""
    ops = []
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                ops.append((method, path, op))
    return ops


def operation_ids_covered(op: dict) -> list[str]:
    """An operation's own id plus the documented ids it also implements (x-enrichso-also)."""
    return [op["operationId"], *op.get("x-enrichso-also", [])]
