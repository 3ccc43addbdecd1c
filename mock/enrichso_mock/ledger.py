"""Reserve-and-settle for batch jobs (docs/api-notes.md 8).

A submit reserves item_count x credits_per_item at once (a deduction transaction); the first
results read after the job is terminal settles it: the items that succeeded stay charged, the rest
is refunded (a refund transaction), and settlement never happens twice. Both transactions carry
metadata {batchId, operation, itemCount, creditsPerItem} and name the batch in their description,
which is what lets a client find out whether a submit whose response was lost went through.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from .wallet import Transaction, Wallet


@dataclass
class Reservation:
    batch_id: str
    operation: str
    label: str
    item_count: int
    credits_per_item: int
    transaction: Transaction
    reservations: int = 1  # how many times credits were reserved for this batch (always 1)
    settlements: int = 0  # how many times it was settled (0 or 1)
    charged: int = 0
    refunded: int = 0
    charged_items: int = 0

    @property
    def reserved(self) -> int:
        return self.item_count * self.credits_per_item

    @property
    def settled(self) -> bool:
        return self.settlements > 0

    def metadata(self) -> dict[str, Any]:
        return {
            "batchId": self.batch_id,
            "operation": self.operation,
            "itemCount": self.item_count,
            "creditsPerItem": self.credits_per_item,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.metadata(),
            "reserved": self.reserved,
            "reservationTransactionId": self.transaction.id,
            "reservations": self.reservations,
            "settlements": self.settlements,
            "settled": self.settled,
            "chargedItems": self.charged_items,
            "charged": self.charged,
            "refunded": self.refunded,
        }


@dataclass
class Ledger:
    wallet: Wallet
    reservations: dict[str, Reservation] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def reserve(
        self,
        batch_id: str,
        operation: str,
        label: str,
        item_count: int,
        credits_per_item: int,
        *,
        key: str | None = None,
    ) -> Reservation:
        """Deduct the whole reservation, or raise the 402 problem before anything changes.

        `key` names the reservation when one batch can have several (a continued scrape);
        by default it is the batch id.
        """
        key = key or batch_id
        amount = item_count * credits_per_item
        metadata = {
            "batchId": batch_id,
            "operation": operation,
            "itemCount": item_count,
            "creditsPerItem": credits_per_item,
        }
        description = f"Batch reservation — {item_count} {label} in batch {batch_id}"
        with self._lock:
            if key in self.reservations:
                raise ValueError(f"reservation {key} already exists")
            transaction = self.wallet.deduct(amount, description, metadata)
            reservation = Reservation(batch_id, operation, label, item_count, credits_per_item, transaction)
            self.reservations[key] = reservation
            return reservation

    def settle(self, key: str, charged_items: int, unit: str) -> Reservation:
        """Charge `charged_items`, refund the rest; a second call changes nothing."""
        with self._lock:
            reservation = self.reservations[key]
            if reservation.settled:
                return reservation
            charged_items = max(0, min(charged_items, reservation.item_count))
            reservation.charged_items = charged_items
            reservation.charged = charged_items * reservation.credits_per_item
            reservation.refunded = reservation.reserved - reservation.charged
            reservation.settlements += 1
            if reservation.refunded:
                uncharged = reservation.item_count - charged_items
                self.wallet.refund(
                    reservation.refunded,
                    f"Batch refund — {uncharged} {unit} in batch {reservation.batch_id}",
                    {**reservation.metadata(), "settlement": True, "chargedItems": charged_items},
                )
            return reservation
