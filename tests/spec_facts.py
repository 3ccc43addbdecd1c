"""What the documentation lists (openapi/inventory/: operations, schemas, webhooks) and what the
spec holds: the checklists the spec, the generated client and the SDK are tested against."""

import csv
import pathlib
from dataclasses import dataclass
from functools import cache

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "enrich.yaml"
INVENTORY = ROOT / "openapi" / "inventory"


@dataclass(frozen=True)
class DocumentedOperation:
    method: str
    path: str  # relative to /api/v3, as the spec writes it
    operation_id: str
    summary: str
    documentation: str  # the operation's page on https://doc.enrich.so


@cache
def spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text())


def _rows(name: str) -> list[dict[str, str]]:
    with (INVENTORY / name).open(newline="") as table:
        return list(csv.DictReader(table, delimiter="\t"))


@cache
def documented_operations() -> tuple[DocumentedOperation, ...]:
    """The 52 documented operations, with the operationIds the documentation gives."""
    return tuple(
        DocumentedOperation(
            r["method"].lower(), r["path"], r["operationId"], r["summary"], r["documentation"]
        )
        for r in _rows("operations.tsv")
    )


@cache
def documented_schema_names() -> tuple[str, ...]:
    return tuple((INVENTORY / "schemas.txt").read_text().split())


@cache
def documented_webhook_names() -> tuple[str, ...]:
    return tuple(r["name"] for r in _rows("webhooks.tsv"))


@cache
def documented_webhook_pages() -> tuple[str, ...]:
    return tuple(r["documentation"] for r in _rows("webhooks.tsv"))


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
