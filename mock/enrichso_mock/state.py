"""The simulator's state: everything that outlives a request.

The settings, the spec it serves, every organization (created on the first call of its key) and the
webhook dispatcher. Handlers reach it as `call.sim`; the app layer (simulator.Simulator) adds
what serving requests needs on top: the router, the validators and the handlers.
"""

from __future__ import annotations

import threading

from .ids import IdFactory, key_fingerprint, organization_id_for_key
from .org import Organization
from .ratelimit import RateLimiter, plan_named
from .settings import Settings
from .spec import Spec
from .webhooks import WebhookDispatcher


class SimulatorState:
    def __init__(self, settings: Settings, spec: Spec) -> None:
        self.settings = settings
        self.spec = spec
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
