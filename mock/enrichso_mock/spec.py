"""Reading openapi/enrich.yaml: where it is, and the operations it declares.

The simulator is a second, independent reading of the spec: it never imports the SDK or the
generated client, it reads the YAML itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SPEC_NAME = "enrich.yaml"


def spec_path() -> Path:
    """The spec this simulator serves: the checkout's openapi/enrich.yaml, else the wheel's copy."""
    package_dir = Path(__file__).resolve().parent
    candidates = (
        package_dir.parent.parent / "openapi" / _SPEC_NAME,  # a checkout: mock/enrichso_mock -> repo root
        package_dir / "spec" / _SPEC_NAME,  # an installed wheel (pyproject force-include)
    )
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"cannot find {_SPEC_NAME}; looked in: " + ", ".join(map(str, candidates)))


def load_document(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{path} is not an OpenAPI document")
    return document


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" | "query" | "header" | "cookie"
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with its $refs to parameters and request bodies resolved."""

    operation_id: str
    method: str  # upper case
    path: str  # the spec's template, relative to the server URL, e.g. /email-validation/batch/{batchId}
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None  # the application/json request body schema, if any
    body_required: bool
    secured: bool
    raw: dict[str, Any] = field(repr=False, compare=False)

    @cached_property
    def path_regex(self) -> re.Pattern[str]:
        pattern = ""
        for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", self.path):
            pattern += re.escape(literal)
            if name:
                pattern += f"(?P<{_group_name(name)}>[^/]+)"
        return re.compile(f"^{pattern}$")

    @cached_property
    def path_parameter_names(self) -> dict[str, str]:
        """Regex group name -> spec parameter name (spec names may not be valid group names)."""
        return {_group_name(name): name for name in re.findall(r"\{([^}]+)\}", self.path)}

    @property
    def literal_segments(self) -> int:
        return sum(1 for segment in self.path.split("/") if segment and "{" not in segment)


def _group_name(name: str) -> str:
    return "p_" + re.sub(r"\W", "_", name)


class Spec:
    """The parsed document plus a resolver for its local `#/...` references."""

    def __init__(self, document: dict[str, Any], path: Path | None = None) -> None:
        self.document = document
        self.path = path
        self.server_prefix = _server_prefix(document)
        self.operations: tuple[Operation, ...] = tuple(self._read_operations())

    @classmethod
    def load(cls, path: Path | None = None) -> Spec:
        path = path or spec_path()
        return cls(load_document(path), path)

    def resolve(self, node: Any) -> Any:
        """Follow `$ref` chains of a parameter/requestBody/response object."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                raise ValueError(f"cannot resolve reference {ref!r}")
            seen.add(ref)
            node = self.document
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def operation(self, operation_id: str) -> Operation:
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(operation_id)

    def _read_operations(self) -> list[Operation]:
        top_security = self.document.get("security")
        operations = []
        for path, item in (self.document.get("paths") or {}).items():
            item = self.resolve(item)
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                own = [self.resolve(p) for p in raw.get("parameters", [])]
                merged = {(p["name"], p["in"]): p for p in shared + own}  # operation level wins
                parameters = tuple(
                    Parameter(
                        p["name"], p["in"], bool(p.get("required", p["in"] == "path")), p.get("schema", {})
                    )
                    for p in merged.values()
                )
                body_schema, body_required = self._json_body(raw.get("requestBody"))
                security = raw.get("security", top_security)
                operations.append(
                    Operation(
                        operation_id=raw.get("operationId") or f"{method} {path}",
                        method=method.upper(),
                        path=path,
                        tags=tuple(raw.get("tags", ())),
                        parameters=parameters,
                        body_schema=body_schema,
                        body_required=body_required,
                        secured=bool(security) and any(requirement for requirement in security),
                        raw=raw,
                    )
                )
        return operations

    def _json_body(self, request_body: Any) -> tuple[dict[str, Any] | None, bool]:
        if request_body is None:
            return None, False
        request_body = self.resolve(request_body)
        content = request_body.get("content", {})
        media = next((content[m] for m in content if m.split(";")[0].strip().endswith("json")), None)
        if media is None:
            return None, False
        return media.get("schema", {}), bool(request_body.get("required", False))


def _server_prefix(document: dict[str, Any]) -> str:
    """The path part of the first server URL, e.g. /api/v3 for https://dev.enrich.so/api/v3."""
    servers = document.get("servers") or [{"url": "/"}]
    url = servers[0].get("url", "/")
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    return path.rstrip("/")
