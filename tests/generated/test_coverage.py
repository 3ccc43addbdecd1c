"""Every operation of the spec has a generated function, every schema a model."""

import importlib

import enrichso_api.models
import pytest
from openapi_python_client.strings import pascal_case, snake_case

from tests.spec_facts import spec, spec_operations

OPS = spec_operations()


def generated_module(op: dict):
    tag = snake_case(op["tags"][0])
    return importlib.import_module(f"enrichso_api.api.{tag}.{snake_case(op['operationId'])}")


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[op["operationId"] for _, _, op in OPS])
def test_every_operation_has_sync_and_async_functions(method, path, op):
    module = generated_module(op)
    for name in ("sync_detailed", "asyncio_detailed", "_get_kwargs", "_parse_response"):
        assert callable(getattr(module, name)), name
    assert module._get_kwargs.__module__ == module.__name__


MODEL_SCHEMAS = [
    name
    for name, schema in spec()["components"]["schemas"].items()
    if schema.get("type") == "object" or "enum" in schema
]


@pytest.mark.parametrize("name", MODEL_SCHEMAS)
def test_every_object_and_enum_schema_has_a_model(name):
    assert hasattr(enrichso_api.models, pascal_case(name)), name


def test_there_is_a_model_for_most_schemas():
    assert len(MODEL_SCHEMAS) >= 0.9 * len(spec()["components"]["schemas"])
