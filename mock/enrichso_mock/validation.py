"""Request validation from the spec's own schemas (jsonschema_rs), before anything else happens.

Path and query strings are coerced to their declared types first (as the real gateway does), then
path, query and JSON body are validated; the first problem becomes a 400 whose `detail` reads like
the documentation's: `body/email Invalid email`, `querystring/limit must be <= 1000`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

import jsonschema_rs
import orjson

from .problems import ApiProblem, validation_error
from .spec import Operation, Spec

_LOCATION_NAMES = {"path": "params", "query": "querystring", "header": "headers"}
_INTEGER = re.compile(r"[+-]?\d+")
_LONG_INTEGER = re.compile(rb"\d{19,}")


class InvalidInput(ApiProblem):
    """A request the spec's schemas reject (400). `field` names the first offending value the way
    the detail does (`body/company_linkedin_url`), so a product can give it its documented detail."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(400, detail)
        self.field = field


class OperationValidator:
    """Validates and coerces the inputs of one operation."""

    def __init__(self, spec: Spec, operation: Operation) -> None:
        self.operation = operation
        self._spec = spec
        components = spec.document.get("components", {})
        self._parameters = {
            location: [p for p in operation.parameters if p.location == location]
            for location in ("path", "query")
        }
        self._validators = {
            location: _compile(_object_schema(params), components)
            for location, params in self._parameters.items()
        }
        self._body_validator = (
            _compile(operation.body_schema, components) if operation.body_schema is not None else None
        )

    def path(self, raw: dict[str, str]) -> dict[str, Any]:
        values = {
            p.name: _coerce(raw[p.name], self._spec.resolve(p.schema))
            for p in self._parameters["path"]
            if p.name in raw
        }
        self._check("path", self._validators["path"], values)
        return values

    def query(self, pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
        grouped: dict[str, list[str]] = {}
        for name, value in pairs:
            grouped.setdefault(name, []).append(value)
        values: dict[str, Any] = {}
        for parameter in self._parameters["query"]:
            raw = grouped.get(parameter.name)
            if raw is None:
                continue
            schema = self._spec.resolve(parameter.schema)
            if "array" in _types(schema):
                items = self._spec.resolve(schema.get("items", {}))
                values[parameter.name] = [_coerce(v, items) for v in raw]
            elif len(raw) == 1:
                values[parameter.name] = _coerce(raw[0], schema)
            else:
                values[parameter.name] = raw  # a repeated scalar: let the validator reject it
        self._check("query", self._validators["query"], values)
        return values

    def body(self, raw: bytes, content_type: str | None) -> Any:
        """The parsed JSON body (None when the operation takes none and none was sent)."""
        if self._body_validator is None:
            return None
        if not raw.strip():
            if self.operation.body_required:
                raise validation_error("body must be a JSON document (the request body is empty)")
            return None
        if content_type is not None and "json" not in content_type.lower():
            raise validation_error(f"body must be sent as application/json, not {content_type.split(';')[0]}")
        try:
            # orjson is the strict reader: it refuses lone surrogates ("\ud800"), NaN and
            # Infinity, which the standard library accepts and which could not be echoed back.
            body = orjson.loads(raw)
            if _LONG_INTEGER.search(raw):
                # orjson reads integers beyond 64 bits as floats; the standard library keeps them
                # exact, and reading a document orjson accepted it gives the same strings.
                body = json.loads(raw)
        except ValueError:  # orjson.JSONDecodeError and json.JSONDecodeError (and the int-digits limit)
            raise validation_error("body is not valid JSON") from None
        self._check("body", self._body_validator, body)
        return body

    def _check(self, location: str, validator: jsonschema_rs.Validator | None, instance: Any) -> None:
        if validator is None:
            return
        for error in validator.iter_errors(instance):
            where = "/".join([_LOCATION_NAMES.get(location, location), *map(str, error.instance_path)])
            raise InvalidInput(where, describe(where, error))


def _object_schema(parameters: list[Any]) -> dict[str, Any] | None:
    if not parameters:
        return None
    return {
        "type": "object",
        "properties": {p.name: p.schema for p in parameters},
        "required": [p.name for p in parameters if p.required],
    }


def _compile(
    schema: dict[str, Any] | bool | None, components: dict[str, Any]
) -> jsonschema_rs.Validator | None:
    if schema is None:
        return None
    if isinstance(schema, bool):
        schema = {} if schema else {"not": {}}
    # Local refs (#/components/...) resolve against this root, so the components ride along.
    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "components": components}
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True)


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return declared
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return [t for sub in schema[key] if isinstance(sub, dict) for t in _types(sub)]
    return []


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    """A query/path string as the declared type, or the string itself when it does not convert."""
    for declared in _types(schema):
        if declared == "integer" and _INTEGER.fullmatch(value):
            return int(value)
        if declared == "number":
            try:
                number = float(value)
            except ValueError:
                continue
            if math.isfinite(number):
                return int(number) if _INTEGER.fullmatch(value) else number
        if declared == "boolean" and value in ("true", "false"):
            return value == "true"
        if declared == "null" and value == "null":
            return None
        if declared == "string":
            return value
    return value


def describe(where: str, error: jsonschema_rs.ValidationError) -> str:
    """One validation error at `where` (`body/email`) in the documentation's (Fastify/ajv) style."""
    kind: Any = error.kind  # one of the ValidationErrorKind classes, told apart by name below
    match type(kind).__name__:
        case "Required":
            return f"{where} must have required property '{kind.property}'"
        case "Type":
            return f"{where} must be {','.join(kind.types)}"
        case "Format":
            if kind.format == "email":
                return f"{where} Invalid email"
            return f'{where} must match format "{kind.format}"'
        case "Maximum":
            return f"{where} must be <= {kind.limit}"
        case "Minimum":
            return f"{where} must be >= {kind.limit}"
        case "ExclusiveMaximum":
            return f"{where} must be < {kind.limit}"
        case "ExclusiveMinimum":
            return f"{where} must be > {kind.limit}"
        case "MaxLength":
            return f"{where} must NOT have more than {kind.limit} characters"
        case "MinLength":
            return f"{where} must NOT have fewer than {kind.limit} characters"
        case "MaxItems":
            return f"{where} must NOT have more than {kind.limit} items"
        case "MinItems":
            return f"{where} must NOT have fewer than {kind.limit} items"
        case "MaxProperties":
            return f"{where} must NOT have more than {kind.limit} properties"
        case "MinProperties":
            return f"{where} must NOT have fewer than {kind.limit} properties"
        case "Enum":
            return f"{where} must be equal to one of the allowed values"
        case "Constant":
            return f"{where} must be equal to constant"
        case "Pattern":
            return f'{where} must match pattern "{kind.pattern}"'
        case "AdditionalProperties":
            return f"{where} must NOT have additional properties"
        case "UniqueItems":
            return f"{where} must NOT have duplicate items"
        case "AnyOf":
            return f"{where} must match a schema in anyOf"
        case "OneOfNotValid" | "OneOfMultipleValid":
            return f"{where} must match exactly one schema in oneOf"
    return f"{where} {error.message}"


__all__ = ["ApiProblem", "InvalidInput", "OperationValidator", "describe"]
