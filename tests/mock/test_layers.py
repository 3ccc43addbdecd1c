"""The simulator's modules form layers and import no circle (mock/README.md, "Architecture").

From the bottom: `base` (problems, the spec document, generated data) knows nothing of the
simulator; `state` (organizations, their clocks, wallets, ledgers, jobs, webhook deliveries) outlives
requests; `handlers` (products/, batch, control) answer operations over the state; `app` routes,
validates and serves. A module imports only from its own layer or the ones below, and no import
(wherever it stands: top level, inside a function, under TYPE_CHECKING) closes a circle.
"""

from __future__ import annotations

import ast

import pytest

from .import_graph import ROOT, Graph, cycles, import_graph

# Layer -> its modules, space-separated, bottom first ("products.*": every module of that package).
LAYERS = {
    "base": "problems responses spec auth data data.*",
    "state": "settings ids clock jobs wallet ledger faults ratelimit org webhooks state",
    "handlers": "call registry lookups batch dialects control products products.*",
    "app": "simulator routing validation transport_faults dispatch app server control_client pytest_plugin "
    "__main__ __init__",
}
ORDER = list(LAYERS)


def layer_of(module: str) -> str | None:
    for layer, members in LAYERS.items():
        names = members.split()
        if module in names or module.split(".")[0] + ".*" in names:
            return layer
    return None


def layer_violations(graph: Graph) -> list[str]:
    """Every import of a module from a layer above its own."""
    return [
        f"{source} ({layer_of(source)}) imports {target} ({layer_of(target)})"
        for source, targets in sorted(graph.items())
        for target in sorted(targets)
        if ORDER.index(layer_of(target) or "app") > ORDER.index(layer_of(source) or "app")
    ]


def test_every_module_has_a_layer() -> None:
    unplaced = [module for module in import_graph() if layer_of(module) is None]
    assert unplaced == [], "place the new module in a layer of LAYERS (tests/mock/test_layers.py)"


def test_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_layers_hold() -> None:
    assert layer_violations(import_graph()) == []


def test_state_imports_no_handler_or_app_module() -> None:
    graph = import_graph()
    state = [module for module in graph if layer_of(module) in ("base", "state")]
    above = {module for module in graph if layer_of(module) in ("handlers", "app")}
    assert {(m, t) for m in state for t in graph[m] if t in above} == set()


def test_never_imports_the_sdk_or_the_generated_client() -> None:
    """The simulator is an independent reading of the spec (mock/README.md)."""
    found = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            found.update(
                f"{path.name}: {n}" for n in names if n.split(".")[0] in ("enrichso", "enrichso_api")
            )
    assert found == set()


# The checks above must be able to fail: each meets the shape of what it forbids.
@pytest.mark.parametrize(
    ("graph", "violations", "circles"),
    [
        ({"org": {"batch"}, "batch": {"call"}, "call": set()}, ["org (state) imports batch (handlers)"], []),
        (
            {"batch": {"call"}, "call": {"simulator"}, "simulator": {"batch"}},
            ["call (handlers) imports simulator (app)"],
            [["batch", "call", "simulator"]],
        ),
        ({"app": {"org", "products.teams"}, "products.teams": {"org"}, "org": set()}, [], []),
    ],
)
def test_the_checks_see_what_they_forbid(
    graph: Graph, violations: list[str], circles: list[list[str]]
) -> None:
    assert layer_violations(graph) == violations
    assert cycles(graph) == circles
