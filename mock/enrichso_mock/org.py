"""An organization: what one `sk_` key owns (wallet, clock, jobs, team, limits, faults)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .clock import Clock
from .data.people import team_members
from .faults import FaultConfig, FaultInjector
from .ids import IdFactory
from .jobs import Job
from .ledger import Ledger
from .ratelimit import RateLimiter, plan_named
from .settings import Settings
from .wallet import Wallet

T = TypeVar("T")


@dataclass
class Member:
    id: str
    user_id: str
    email: str
    name: str
    role: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "userId": self.user_id,
            "email": self.email,
            "name": self.name,
            "role": self.role,
            "createdAt": self.created_at,
        }


@dataclass
class Invitation:
    id: str
    email: str
    role: str
    status: str
    expires_at: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "email": self.email,
            "role": self.role,
            "status": self.status,
            "expiresAt": self.expires_at,
            "createdAt": self.created_at,
        }


@dataclass
class Organization:
    id: str
    settings: Settings
    clock: Clock
    ids: IdFactory
    wallet: Wallet
    ledger: Ledger
    limiter: RateLimiter
    faults: FaultInjector
    members: list[Member]
    invitations: dict[str, Invitation] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)  # every batch job (batch.BatchJob), by id
    webhook_log: list[dict[str, Any]] = field(default_factory=list)
    _stores: dict[str, Any] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @classmethod
    def create(cls, organization_id: str, settings: Settings) -> Organization:
        clock = Clock(settings.speed)
        ids = IdFactory(settings.seed, organization_id)
        wallet = Wallet(organization_id, new_id=lambda: ids.object_id(clock.epoch()), timestamp=clock.iso)
        fault_config = FaultConfig.parse(
            settings.faults, default_seed=settings.seed, flat_batch_status=settings.flat_batch_status
        )
        org = cls(
            id=organization_id,
            settings=settings,
            clock=clock,
            ids=ids,
            wallet=wallet,
            ledger=Ledger(wallet),
            limiter=RateLimiter(plan_named(settings.plan)),
            faults=FaultInjector(fault_config, organization_id),
            members=[],
        )
        org.members = [
            Member(
                ids.object_id(clock.epoch()),
                ids.object_id(clock.epoch()),
                email,
                name,
                role,
                clock.iso(-offset),
            )
            for email, name, role, offset in team_members(settings.seed, organization_id)
        ]
        if settings.initial_balance:
            wallet.top_up(settings.initial_balance, "Initial credits — simulator account")
        return org

    @property
    def flat_batch_status(self) -> bool:
        return self.faults.config.flat_batch_status

    @property
    def flat_export_jobs(self) -> bool:
        return self.faults.config.flat_export_jobs

    def new_object_id(self) -> str:
        return self.ids.object_id(self.clock.epoch())

    def store(self, name: str, factory: type[T]) -> T:
        """Per-organization state of one product (created on first use), e.g. saved searches."""
        with self.lock:
            if name not in self._stores:
                self._stores[name] = factory()
            return self._stores[name]  # type: ignore[no-any-return]

    def set_faults(self, config: FaultConfig) -> None:
        self.faults = FaultInjector(config, self.id)

    def set_plan(self, name: str) -> None:
        self.limiter = RateLimiter(plan_named(name))

    def log_webhook(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.webhook_log.append(entry)
            if len(self.webhook_log) > 100_000:
                del self.webhook_log[:10_000]
