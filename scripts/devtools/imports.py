"""The import graph of the `enrichso` package, read from its source (AST, nothing is imported):
which module imports which, import cycles, the longest import chain. tests/repo/test_layering.py
holds the house rules on it; `python -m scripts.devtools.imports [OVERLAYS]` prints the figures.

Every `import` / `from ... import` counts, at module level or inside a function or an
`if TYPE_CHECKING:` block alike: a lazy or type-only import is still a dependency a reader follows.
Importing a submodule does not count as importing its parent packages (every module would
otherwise depend on `enrichso/__init__.py`, which re-exports the SDK).
"""

from __future__ import annotations

import ast
import pathlib
import sys
from collections.abc import Iterable, Iterator, Mapping

from .repo import ROOT

OVERLAYS = ROOT / "overlays"
PACKAGE = "enrichso"

Graph = Mapping[str, frozenset[str]]


def module_names(overlays: pathlib.Path = OVERLAYS) -> dict[str, pathlib.Path]:
    """Every module of the package by dotted name (a package by its own name, for __init__.py)."""
    names = {}
    for path in sorted((overlays / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(overlays).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _imported(node: ast.AST, module: str, is_package: bool, modules: Mapping[str, object]) -> Iterator[str]:
    """The modules an import statement names, made absolute (`from pkg import module` names the
    module, and pkg only when it also takes a name defined in pkg)."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".")
            base = base[: len(base) - node.level + (1 if is_package else 0)]
            stem = ".".join(base + ([node.module] if node.module else []))
        else:
            stem = node.module or ""
        submodules = [f"{stem}.{alias.name}" for alias in node.names]
        yield from submodules
        if not all(name in modules for name in submodules):
            yield stem


def import_graph(overlays: pathlib.Path = OVERLAYS) -> dict[str, frozenset[str]]:
    """module -> the package's modules it imports."""
    modules = module_names(overlays)
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        targets = {
            name
            for node in ast.walk(tree)
            for name in _imported(node, module, is_package, modules)
            if name in modules and name != module
        }
        graph[module] = frozenset(targets)
    return graph


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (each one an import cycle), sorted.
    A module imported but not a key of `graph` imports nothing (tests/mock walks the simulator
    with it too)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan; the graph has a hundred nodes, recursion is fine
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def longest_chain(graph: Graph) -> list[str]:
    """The longest chain of imports (a imports b imports c ...), cycles collapsed to one step."""
    group_of = {m: m for m in graph}
    for group in cycles(graph):
        for member in group:
            group_of[member] = group[0]
    dag: dict[str, set[str]] = {g: set() for g in group_of.values()}
    for module, targets in graph.items():
        dag[group_of[module]].update(group_of[t] for t in targets if group_of[t] != group_of[module])
    best: dict[str, list[str]] = {}

    def chain(node: str) -> list[str]:
        if node not in best:
            tails = [chain(nxt) for nxt in sorted(dag[node])]
            best[node] = [node, *max(tails, key=len, default=[])]
        return best[node]

    return max((chain(node) for node in sorted(dag)), key=len, default=[])


def without_cli(graph: Graph) -> dict[str, frozenset[str]]:
    """The SDK's part of the graph: every module but the command line's."""
    sdk = {m for m in graph if not is_cli(m)}
    return {m: frozenset(t for t in graph[m] if t in sdk) for m in sdk}


def is_cli(module: str) -> bool:
    return module == f"{PACKAGE}.cli" or module.startswith(f"{PACKAGE}.cli.")


def report(overlays: pathlib.Path = OVERLAYS) -> str:
    graph = import_graph(overlays)
    found = cycles(graph)
    chain = longest_chain(graph)
    sdk_chain = longest_chain(without_cli(graph))
    lines = [
        f"modules: {len(graph)}",
        f"cycles: {len(found)}" + "".join(f"\n  {' <-> '.join(group)}" for group in found),
        f"longest import chain: {len(chain)} modules\n  " + " -> ".join(chain),
        f"longest import chain without the CLI: {len(sdk_chain)} modules\n  " + " -> ".join(sdk_chain),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else OVERLAYS))
