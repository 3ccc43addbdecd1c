"""The simulator's whole state: the spec it serves, its handlers and every organization."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import dialects
from .clock import Clock
from .faults import FaultConfig
from .ids import IdFactory, key_fingerprint, organization_id_for_key
from .org import Organization
from .ratelimit import RateLimiter, plan_named
from .registry import Handler, JobListing, job_listings, load_products
from .routing import Router
from .settings import Settings
from .spec import Spec, spec_path
from .validation import OperationValidator
from .webhooks import WebhookDispatcher


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


class Simulator:
    def __init__(self, settings: Settings) -> None:
        plan_named(settings.plan)  # fail fast on a bad plan, speed or fault configuration
        Clock(settings.speed)
        dialects.check(settings.dialect)
        FaultConfig.parse(settings.faults, default_seed=settings.seed)
        self.settings = settings
        compiled = compiled_spec(settings.spec_path)
        self.spec = compiled.spec
        self.router = compiled.router
        self.validators = compiled.validators
        self.handlers: dict[str, Handler] = load_products()
        self.job_listings: list[JobListing] = job_listings()
        self.webhooks = WebhookDispatcher(allow_external=settings.allow_external_webhooks)
        self._organizations: dict[str, Organization] = {}
        self._lock = threading.Lock()
        self._request_ids = IdFactory(settings.seed, "requests")
        self._anonymous = RateLimiter(plan_named(settings.plan))
        self._public = Organization.create("0" * 24, settings)

    def organization(self, key: str) -> Organization:
        """The organization of an sk_ key, created on first use."""
        fingerprint = key_fingerprint(key)
        org = self._organizations.get(fingerprint)
        if org is None:
            with self._lock:
                org = self._organizations.get(fingerprint)
                if org is None:
                    org = Organization.create(organization_id_for_key(key), self.settings)
                    self._organizations[fingerprint] = org
        return org

    def reset_organization(self, key: str) -> Organization:
        """Forget everything about the key's organization (it comes back fresh, same id)."""
        with self._lock:
            old = self._organizations.pop(key_fingerprint(key), None)
        if old is not None:
            self.webhooks.forget(old)
        return self.organization(key)

    def public_organization(self) -> Organization:
        """Stands in for the caller of an operation that needs no key (the spec has none today)."""
        return self._public

    def anonymous_rate_headers(self) -> dict[str, str]:
        return self._anonymous.hit(None, self._public.clock.now()).headers

    def new_request_id(self) -> str:
        return self._request_ids.hex(24)

    def new_request_uuid(self) -> str:
        return self._request_ids.uuid()

    def unimplemented_operations(self) -> list[str]:
        return [op.operation_id for op in self.spec.operations if op.operation_id not in self.handlers]
