"""docs/api.md, the API reference: every resource of Enrich / AsyncEnrich, its methods with their
parameter and return types, and the HTTP operations each calls, all read from the code.
Usage: scripts/api-docs [--check]   (--check: exit 1 if docs/api.md is not what the code says)."""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import typing
from collections.abc import Callable
from typing import Any

from enrichso import AsyncEnrich, Enrich

from .operations import operations_of
from .repo import ROOT
from .signatures import public_methods, resource_classes, signature, typeddict_fields, unpacked_options

API_MD = ROOT / "docs" / "api.md"
COMMAND = "scripts/api-docs"


def summary(function: Callable[..., Any]) -> str:
    """The first sentence of a docstring, on one line."""
    doc = " ".join((inspect.getdoc(function) or "").split())
    match = re.match(r"(.+?\.)(\s|$)", doc)
    return match[1] if match else doc


def _short(text: str) -> str:
    """`enrichso_api.models.x.Y` -> `Y` in a rendered type, and a model named by a forward
    reference (imported on first use, see _core/lazy.py) as itself."""
    text = re.sub(r"ForwardRef\('([\w.]+)'\)", r"\1", text)
    return re.sub(r"\b(?:[a-z_][\w]*\.)+([A-Za-z_]\w*)", r"\1", text)


def aliases(cls: type, texts: list[str]) -> list[str]:
    """Module-level type aliases (`BatchValidation = BatchJob[...]`) the signatures use."""
    scope = vars(sys.modules[cls.__module__])
    found = []
    for name in sorted({word for text in texts for word in re.findall(r"\b[A-Z]\w*", text)}):
        value = scope.get(name)
        if typing.get_origin(value) is not None and not isinstance(value, type):
            found.append(f"{name} = {_short(str(value))}")
    return found


def render() -> str:
    lines = [
        "# API reference",
        "",
        f"<!-- Generated from the code by {COMMAND}; do not edit. CI checks that it is fresh. -->",
        "",
        "Every resource of the client, its methods with their parameter and return types, and the",
        "HTTP operations each one calls (paths relative to `https://dev.enrich.so/api/v3`; for a method",
        "that returns a job handle or a pager, the operations of that handle too). `AsyncEnrich` has",
        "the same resources and methods: coroutines where the sync method makes a request, async",
        "iterators and handles otherwise. What the API's answers hold: the operation's page, linked",
        "from [openapi/inventory/operations.tsv](../openapi/inventory/operations.tsv).",
        "",
        "## Clients",
        "",
        "```python",
        f"Enrich{signature(Enrich.__init__)}",
        f"AsyncEnrich{signature(AsyncEnrich.__init__)}",
        f"client.with_options{signature(Enrich.with_options)}",
        "```",
        "",
    ]
    options: dict[str, type] = {}
    for name, sync_cls, async_cls in resource_classes():
        async_methods = dict(public_methods(async_cls))
        lines += [
            f"## {name}",
            "",
            f"`client.{name}`: `{sync_cls.__name__}` (async: `{async_cls.__name__}`)",
            "",
        ]
        texts = []
        for method_name, method in public_methods(sync_cls):
            sig = signature(method)
            texts.append(sig)
            options.update(unpacked_options(method))
            lines.append(f"- `client.{name}.{method_name}{sig}`")
            ops = operations_of(method)
            if ops:
                lines.append(
                    "  - HTTP: " + ", ".join(f"`{op.method} {op.path}` ({op.operation_id})" for op in ops)
                )
            twin = async_methods.get(method_name)
            if twin is not None:
                texts.append(signature(twin))
                awaited = "await " if inspect.iscoroutinefunction(twin) else ""
                returns = signature(twin).rpartition(" -> ")[2]
                lines.append(f"  - async: `{awaited}client.{name}.{method_name}(...)` -> `{returns}`")
            else:
                lines.append("  - async: not on AsyncEnrich")
            lines.append(f"  - {summary(method)}")
        extra = aliases(sync_cls, texts) + aliases(async_cls, texts)
        if extra:
            lines += ["", "Types:", "", "```python", *dict.fromkeys(extra), "```"]
        lines.append("")
    lines += _options_sections(options)
    lines += _products_section()
    return "\n".join(lines).rstrip() + "\n"


def _products_section() -> list[str]:
    """The batch products, from their one declaration (each resource module's DECLARATION)."""
    from enrichso.pipeline import PRODUCTS

    lines = [
        "## Batch products",
        "",
        "Each declared once, in its resource module (`enrichso.resources.<product>.DECLARATION`),",
        "and listed by `enrichso.pipeline.PRODUCTS`; `*_many`, the credit preflight, the frame",
        "methods and `enrichso <product> batch` read these figures. Result columns are the command",
        "line's, read from the product's typed view.",
        "",
        "| product | submit, status, results | per batch | credits per item | result columns "
        "| webhook events |",
        "|---|---|---|---|---|---|",
    ]
    for product in PRODUCTS:
        ops = product.operations
        events = ", ".join(f"`{event}`" for event in product.webhook_events) or "none"
        columns = ", ".join(f"`{name}`" for name in product.column_names)
        lines.append(
            f"| `{product.kind}` ({product.plural}) | {ops.submit}, {ops.status}, {ops.results} | "
            f"{product.max_items:,} | {product.credits_per_item:,} | {columns} | {events} |"
        )
    lines.append("")
    return lines


def _options_sections(options: dict[str, type]) -> list[str]:
    """One section per `**options: Unpack[...]` TypedDict the methods take."""
    lines: list[str] = []
    for name, typed in options.items():
        doc = (inspect.getdoc(typed) or "").splitlines()
        lines += [f"## `{name}` (the `**options` of some methods)", "", *doc[:1], "", "```python"]
        lines += [_short(field) for field in typeddict_fields(typed)]
        lines += ["```", ""]
        lines += [f"- {line}" for line in doc[2:] if line.strip()]
        lines.append("")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if docs/api.md is stale; write nothing")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if API_MD.exists() and API_MD.read_text() == text:
            return 0
        print(f"docs/api.md is not what the code says: run {COMMAND} and commit it", file=sys.stderr)
        return 1
    API_MD.write_text(text)
    print(f"wrote {API_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
