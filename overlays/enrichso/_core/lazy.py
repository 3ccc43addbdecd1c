"""What is imported when first used, to keep it off every program's start-up: a generated model
class (LazyModel), and the names a package exports from its modules (module_getattr).

A product's resource module names every generated model it may need, but a *_many run reads its
results pages as JSON and never builds the typed results model (about 5 ms of CPU to create, with
the models it nests: attrs classes). Naming it through a LazyModel keeps that cost off the
start-up of every program that does not ask for typed pages (see benchmarks/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any, Generic, TypeVar

from .call import FromDict

T = TypeVar("T")


class LazyModel(Generic[T]):
    """A FromDict standing for `enrichso_api.models.<Name>`, imported on the first from_dict."""

    __slots__ = ("_model", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._model: FromDict[T] | None = None

    def load(self) -> FromDict[T]:
        """The generated model class itself."""
        if self._model is None:
            self._model = getattr(import_module("enrichso_api.models"), self.name)
        return self._model

    def from_dict(self, src_dict: Mapping[str, Any], /) -> T:
        return self.load().from_dict(src_dict)

    def __repr__(self) -> str:
        return f"LazyModel({self.name!r})"


def module_getattr(package: str, module_of: Mapping[str, str], names: dict[str, Any]) -> Callable[[str], Any]:
    """A package's `__getattr__` (PEP 562) for names its modules define, `module_of` saying which
    (name -> module, relative to the package): each is imported when the name is first read, then
    kept in the package's `names` (its globals()), found directly from then on."""

    def __getattr__(name: str) -> Any:  # noqa: N807 - a module's __getattr__
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", package), name)
        names[name] = value
        return value

    return __getattr__
