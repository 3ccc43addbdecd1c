"""The simulator's import graph, read from its source (an AST walk, nothing is imported).

Every `import` and `from ... import` counts, wherever it stands: at the top, inside a function, or
under `if TYPE_CHECKING:` (a type-only import still ties two modules together for a reader).
`python -m tests.mock.import_graph` (from the repository root) prints the figures quoted in mock/README.md.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from scripts.devtools.imports import cycles  # one cycle finder for the SDK and the simulator

PACKAGE = "enrichso_mock"
ROOT = Path(__file__).resolve().parents[2] / "mock" / PACKAGE

Graph = dict[str, set[str]]  # module (dotted, without the package prefix) -> the modules it imports


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts) or "__init__"


def _is_module(dotted: str) -> bool:
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _package_of(name: str, path: Path) -> list[str]:
    """The package a module's relative imports start from."""
    parts = [] if name == "__init__" else name.split(".")
    return parts if path.name == "__init__.py" else parts[:-1]


def _imported(node: ast.AST, package: list[str]) -> Iterator[str]:
    """The package's own modules one import statement names."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name == PACKAGE or alias.name.startswith(PACKAGE + "."):
                yield alias.name.removeprefix(PACKAGE).lstrip(".") or "__init__"
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = package[: len(package) - (node.level - 1)]
        elif node.module and (node.module == PACKAGE or node.module.startswith(PACKAGE + ".")):
            base = []
        else:
            return
        if node.level and node.module or not node.level and node.module != PACKAGE:
            base = base + (node.module or "").removeprefix(PACKAGE).lstrip(".").split(".")
            base = [part for part in base if part]
        target = ".".join(base)
        for alias in node.names:
            # `from . import batch` names a module; `from .batch import submit` names a member.
            child = f"{target}.{alias.name}" if target else alias.name
            if _is_module(child):
                yield child
            else:
                yield target or "__init__"


@cache
def import_graph() -> Graph:
    graph: Graph = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = module_name(path)
        package = _package_of(name, path)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[name] = {
            target for node in ast.walk(tree) for target in _imported(node, package) if target != name
        }
    return graph


def longest_chain(graph: Graph) -> list[str]:
    """The longest path of imports, a module importing the next; each cycle counts as one step
    (its modules collapsed into one node), so the figure exists before the cycles are gone too."""
    component_of: dict[str, str] = {}
    for component in cycles(graph):
        for member in component:
            component_of[member] = "{" + ", ".join(component) + "}"

    def node(name: str) -> str:
        return component_of.get(name, name)

    condensed: Graph = {}
    for source, targets in graph.items():
        condensed.setdefault(node(source), set()).update(
            node(target) for target in targets if node(target) != node(source)
        )

    @cache
    def chain_from(name: str) -> tuple[str, ...]:
        best: tuple[str, ...] = ()
        for target in sorted(condensed.get(name, ())):
            candidate = chain_from(target)
            if len(candidate) > len(best):
                best = candidate
        return (name, *best)

    return list(max((chain_from(name) for name in sorted(condensed)), key=len))


def main() -> None:
    graph = import_graph()
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in ROOT.rglob("*.py"))
    found = cycles(graph)
    chain = longest_chain(graph)
    print(f"modules: {len(graph)}, imports: {sum(map(len, graph.values()))}, lines: {lines}")
    print(f"cycles: {len(found)}" + "".join(f"\n  {len(c)} modules: {', '.join(c)}" for c in found))
    print(f"longest import chain: {len(chain)} modules\n  " + " -> ".join(chain))


if __name__ == "__main__":
    main()
