"""The simulator as the app serves it: its state plus the spec's router and validators and every
product's handlers."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import dialects, products, registry
from .clock import Clock
from .faults import FaultConfig
from .ratelimit import plan_named
from .registry import Handler
from .routing import Router
from .settings import Settings
from .spec import Spec, spec_path
from .state import SimulatorState
from .validation import OperationValidator


@dataclass(frozen=True)
class CompiledSpec:
    """Everything derived from the spec alone; immutable, so simulators of one spec share it."""

    spec: Spec
    router: Router
    validators: dict[str, OperationValidator]


def compiled_spec(path: Path | None) -> CompiledSpec:
    path = (path or spec_path()).resolve()
    stat = path.stat()
    return _compile(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _compile(path: Path, mtime_ns: int, size: int) -> CompiledSpec:
    spec = Spec.load(path)
    validators = {op.operation_id: OperationValidator(spec, op) for op in spec.operations}
    return CompiledSpec(spec, Router(spec.operations), validators)


def load_products() -> dict[str, Handler]:
    """Import every module of enrichso_mock.products (each registers its handlers) and return all
    registered handlers. Adding a product is adding a module there: nothing else names it."""
    for module in pkgutil.iter_modules(products.__path__):
        importlib.import_module(f"{products.__name__}.{module.name}")
    return registry.handlers()


class Simulator(SimulatorState):
    def __init__(self, settings: Settings) -> None:
        plan_named(settings.plan)  # fail fast on a bad plan, speed or fault configuration
        Clock(settings.speed)
        dialects.check(settings.dialect)
        FaultConfig.parse(settings.faults, default_seed=settings.seed)
        compiled = compiled_spec(settings.spec_path)
        super().__init__(settings, compiled.spec)
        self.router = compiled.router
        self.validators = compiled.validators
        self.handlers: dict[str, Handler] = load_products()

    def unimplemented_operations(self) -> list[str]:
        return [op.operation_id for op in self.spec.operations if op.operation_id not in self.handlers]
