"""One prepaid credit balance per organization; every movement is a transaction.

Transaction types are the documented ones: deduction (negative amount), refund, topup and
adjustment. Amounts are integers (every documented price is a whole number of credits).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .problems import insufficient_credits

DEDUCTION, REFUND, TOPUP, ADJUSTMENT = "deduction", "refund", "topup", "adjustment"


@dataclass
class Transaction:
    id: str
    organization_id: str
    type: str
    amount: int
    balance_after: int
    description: str
    created_at: str
    metadata: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "organizationId": self.organization_id,
            "type": self.type,
            "amount": self.amount,
            "balanceAfter": self.balance_after,
            "description": self.description,
            "createdAt": self.created_at,
        }
        if self.metadata is not None:
            body["metadata"] = self.metadata
        return body


@dataclass
class Wallet:
    organization_id: str
    new_id: Callable[[], str]
    timestamp: Callable[[], str]
    balance: int = 0
    transactions: list[Transaction] = field(default_factory=list)  # oldest first
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def require(self, amount: int) -> None:
        """Raise the documented 402 unless `amount` credits are available."""
        if amount > self.balance:
            raise insufficient_credits(amount, self.balance)

    def deduct(self, amount: int, description: str, metadata: dict[str, Any] | None = None) -> Transaction:
        with self._lock:
            self.require(amount)
            return self._record(DEDUCTION, -amount, description, metadata)

    def refund(self, amount: int, description: str, metadata: dict[str, Any] | None = None) -> Transaction:
        with self._lock:
            return self._record(REFUND, amount, description, metadata)

    def top_up(self, amount: int, description: str) -> Transaction:
        with self._lock:
            return self._record(TOPUP, amount, description, None)

    def set_balance(
        self, balance: int, description: str = "Balance set by the simulator"
    ) -> Transaction | None:
        """An adjustment transaction that moves the balance to `balance` (none when unchanged)."""
        with self._lock:
            if balance == self.balance:
                return None
            return self._record(ADJUSTMENT, balance - self.balance, description, None)

    def _record(
        self, kind: str, amount: int, description: str, metadata: dict[str, Any] | None
    ) -> Transaction:
        self.balance += amount
        transaction = Transaction(
            id=self.new_id(),
            organization_id=self.organization_id,
            type=kind,
            amount=amount,
            balance_after=self.balance,
            description=description,
            created_at=self.timestamp(),
            metadata=metadata,
        )
        self.transactions.append(transaction)
        return transaction
