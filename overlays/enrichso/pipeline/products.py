"""The batch products: every resource module that declares one (a module-level DECLARATION, see
declaration.py), as the generated registry (_registry.py, scripts/registry) lists them. Nothing
here names a product: a new one is found when `scripts/generate` refreshes the registry.

A declaring module is loaded by name when its product is first asked for (the resources build on
this package, not the reverse, so this package never imports them; the client loads them the same
way, on first use). ABOUT lists the products without loading any."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._registry import ABOUT, DECLARING_MODULES
from .declaration import RESULT_PREFIX, Column, Need, Operations, Product

if TYPE_CHECKING:
    PRODUCTS: tuple[Product[Any], ...]
    BY_KIND: dict[str, Product[Any]]

__all__ = [
    "ABOUT",
    "BY_KIND",
    "PRODUCTS",
    "RESULT_PREFIX",
    "Column",
    "Need",
    "Operations",
    "Product",
    "declared",
    "module_of",
    "product_of",
]


@cache
def module_of(kind: str) -> ModuleType:
    """The module that declares the product of `kind` (its resource module); KeyError if none."""
    name = DECLARING_MODULES[kind]
    module = import_module(name)
    product = getattr(module, "DECLARATION", None)
    if not isinstance(product, Product) or product.kind != kind:
        raise TypeError(f"{name}.DECLARATION is not the Product {kind!r}: run scripts/generate")
    return module


def product_of(kind: str) -> Product[Any]:
    """The declared product of `kind` (only its module is loaded); KeyError if none."""
    product: Product[Any] = module_of(kind).DECLARATION
    return product


@cache
def declared() -> tuple[Product[Any], ...]:
    """Every declared batch product, in the registry's order."""
    return tuple(product_of(kind) for kind in DECLARING_MODULES)


@cache
def _by_kind() -> dict[str, Product[Any]]:
    return {product.kind: product for product in declared()}


def __getattr__(name: str) -> Any:
    if name == "PRODUCTS":
        return declared()
    if name == "BY_KIND":
        return _by_kind()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
