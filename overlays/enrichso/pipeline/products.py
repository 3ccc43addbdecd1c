"""The batch products: every resource module that declares one (a module-level DECLARATION, see
declaration.py), as the generated registry (_registry.py, scripts/registry) lists them. Nothing
here names a product: a new one is found when `scripts/generate` refreshes the registry.

PRODUCTS and BY_KIND are made on first use: the declaring modules are loaded by name then (they
build on this package, not the reverse, so this package never imports them; the client loads
them the same way, on first use)."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._registry import DECLARING_MODULES
from .declaration import RESULT_PREFIX, Column, Need, Operations, Product

if TYPE_CHECKING:
    PRODUCTS: tuple[Product[Any], ...]
    BY_KIND: dict[str, Product[Any]]

__all__ = [
    "BY_KIND",
    "PRODUCTS",
    "RESULT_PREFIX",
    "Column",
    "Need",
    "Operations",
    "Product",
    "declared",
    "module_of",
]


@cache
def _modules() -> dict[str, ModuleType]:
    """The declaring modules by their product's kind, in the registry's order."""
    modules = {}
    for name in DECLARING_MODULES:
        module = import_module(name)
        product = getattr(module, "DECLARATION", None)
        if not isinstance(product, Product):
            raise TypeError(f"{name}.DECLARATION is not a Product: run scripts/generate")
        modules[product.kind] = module
    return modules


def module_of(kind: str) -> ModuleType:
    """The module that declares the product of `kind` (its resource module); KeyError if none."""
    return _modules()[kind]


@cache
def declared() -> tuple[Product[Any], ...]:
    """Every declared batch product, in the registry's order."""
    return tuple(module.DECLARATION for module in _modules().values())


@cache
def _by_kind() -> dict[str, Product[Any]]:
    return {product.kind: product for product in declared()}


def __getattr__(name: str) -> Any:
    if name == "PRODUCTS":
        return declared()
    if name == "BY_KIND":
        return _by_kind()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
