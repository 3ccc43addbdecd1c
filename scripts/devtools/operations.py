"""Which API operations a resource method calls, read from the code itself: the generated endpoint
modules (enrichso_api.api.*) and the `operation="..."` ids its code reaches, following the
functions, classes (job handles) and module-level objects of enrichso.resources it refers to. The
shared machinery outside enrichso.resources (transports, pipelines, the generic batch job) is not
followed: it is the same for every operation and names none."""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing
from collections import deque
from collections.abc import Iterator
from functools import cache
from types import CodeType, FunctionType, ModuleType
from typing import Any

import yaml

from .repo import ROOT

RESOURCES = "enrichso.resources"
GENERATED = "enrichso_api.api."


@dataclasses.dataclass(frozen=True, order=True)
class Operation:
    path: str
    method: str
    operation_id: str


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "enrich.yaml").read_text())
    return spec


@cache
def spec_operations() -> dict[str, Operation]:
    """operationId (and the ids an operation also implements, x-enrichso-also) -> method and path."""
    found = {}
    for path, item in _spec()["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                for op_id in [op["operationId"], *op.get("x-enrichso-also", [])]:
                    found[op_id] = Operation(path, method.upper(), op_id)
    return found


@cache
def _by_module() -> dict[str, Operation]:
    """generated endpoint module name (the operation's own id in snake_case) -> operation."""
    found = {}
    for item in _spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                op_id = op["operationId"]
                found[re.sub(r"(?<!^)(?=[A-Z])", "_", op_id).lower()] = spec_operations()[op_id]
    return found


def operations_of(method: Any) -> list[Operation]:
    """The operations a resource method calls (itself, or through the job handle or pager it
    returns): the nearest to the method's own code first, writes before reads, then by path."""
    walker = _Walker()
    walker.walk(method)
    return sorted(walker.found, key=lambda op: (walker.found[op], op.method == "GET", op.path))


class _Walker:
    """Breadth first, so each operation is recorded at its smallest distance from the method."""

    def __init__(self) -> None:
        self.found: dict[Operation, int] = {}
        self.seen: set[int] = set()
        self.queue: deque[tuple[Any, int]] = deque()

    def walk(self, start: Any) -> None:
        self.queue.append((start, 0))
        while self.queue:
            obj, depth = self.queue.popleft()
            if id(obj) not in self.seen:
                self.seen.add(id(obj))
                self._visit(obj, depth)

    def _add(self, op: Operation, depth: int) -> None:
        self.found[op] = min(depth, self.found.get(op, depth))

    def _next(self, obj: Any, depth: int) -> None:
        self.queue.append((obj, depth + 1))

    def _visit(self, obj: Any, depth: int) -> None:
        obj = inspect.unwrap(getattr(obj, "__func__", obj))
        module = getattr(obj, "__module__", None) or ""
        if isinstance(obj, ModuleType):
            self._generated(obj.__name__, depth)
        elif module.startswith(GENERATED) and callable(obj):
            self._generated(module, depth)
        elif isinstance(obj, FunctionType) and module.startswith(RESOURCES):
            self._function(obj, depth)
        elif isinstance(obj, type) and module.startswith(RESOURCES):
            for member in vars(obj).values():
                self._next(member, depth)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for field in dataclasses.fields(obj):
                self._next(getattr(obj, field.name), depth)
        elif isinstance(obj, tuple) and hasattr(obj, "_fields"):  # a named tuple (BatchProduct)
            for value in obj:
                self._next(value, depth)
        elif isinstance(obj, property):
            self._next(obj.fget, depth)

    def _generated(self, module_name: str, depth: int) -> None:
        if module_name.startswith(GENERATED):
            self._add(_by_module()[module_name.rsplit(".", 1)[1]], depth)

    def _function(self, function: FunctionType, depth: int) -> None:
        codes = list(_codes(function.__code__))
        names = {name for code in codes for name in code.co_names}
        ids = {c for code in codes for c in code.co_consts if isinstance(c, str) and c in spec_operations()}
        for op_id in ids:
            self._add(spec_operations()[op_id], depth)
        for helper in _helpers_of(function):  # self._organization.id_flow() -> Organization.id_flow
            for member_name, member in vars(helper).items():
                if member_name in names:
                    self._next(member, depth)
        for name in sorted(names):
            target = function.__globals__.get(name)
            if target is None or (isinstance(target, ModuleType) and ids):
                continue  # the operation the code names wins over the module it builds on
            self._next(target, depth)
        for cell in function.__closure__ or ():
            self._next(cell.cell_contents, depth)


def _helpers_of(method: FunctionType) -> list[type]:
    """The resource classes a method's object holds, from its class's __init__ annotations: a
    parameter `organization: Organization` is kept as `self._organization`."""
    owner_name = method.__qualname__.rpartition(".")[0]
    owner = method.__globals__.get(owner_name)
    if not isinstance(owner, type) or "__init__" not in vars(owner):
        return []
    hints = typing.get_type_hints(owner.__init__)
    return [t for t in hints.values() if isinstance(t, type) and t.__module__.startswith(RESOURCES)]


def _codes(code: CodeType) -> Iterator[CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _codes(const)
