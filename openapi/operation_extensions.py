"""Write the spec's per-operation `x-enrichso-*` flags as a Jinja file the endpoint template imports.

openapi-python-client does not hand an operation's extension members to its templates (its
Endpoint keeps no `x-` keys), so scripts/generate runs this first and puts the result beside the
custom templates, where the endpoint template imports `operation_ids`, `free_pages`,
`free_results`, `reserves_credits` and `creates` from "operation_extensions.jinja". Templates know an
operation by its Python name (`endpoint.name`, snake case), so that is the key throughout.
Usage: python openapi/operation_extensions.py SPEC OUT_FILE
"""

import json
import sys

import yaml
from openapi_python_client.strings import snake_case

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FLAGS = {"reserves_credits": "x-enrichso-reserves-credits", "creates": "x-enrichso-creates"}


def operations(spec: dict) -> list[dict]:
    return [op for item in spec.get("paths", {}).values() for m, op in item.items() if m in METHODS]


def flagged(spec: dict, key: str) -> list[str]:
    """The Python names of the operations that set `key: true`, sorted."""
    return sorted(snake_case(op["operationId"]) for op in operations(spec) if op.get(key) is True)


def main(spec_path: str, out_path: str) -> None:
    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    lines = ["{# written by openapi/operation_extensions.py from the spec; never edit #}"]
    ids = {snake_case(op["operationId"]): op["operationId"] for op in operations(spec)}
    lines.append(f"{{% set operation_ids = {json.dumps(ids, sort_keys=True)} %}}")
    for name, key in (("free_pages", "x-enrichso-free-pages"), ("free_results", "x-enrichso-free-results")):
        values = {snake_case(op["operationId"]): op[key] for op in operations(spec) if key in op}
        lines.append(f"{{% set {name} = {json.dumps(values, sort_keys=True)} %}}")
    lines += [f"{{% set {name} = {json.dumps(flagged(spec, key))} %}}" for name, key in FLAGS.items()]
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
