"""Single lookups' billing: the price must be available up front, and only a success is charged."""

from __future__ import annotations

from .call import Call


def require_price(call: Call, price: int) -> None:
    """402 (before anything happens) unless the caller could pay for a successful lookup."""
    call.org.wallet.require(price)


def charge(call: Call, price: int, charged: bool, description: str) -> int:
    """Deduct `price` when the lookup succeeded; return the credits used (0 when free)."""
    if not charged:
        return 0
    call.org.wallet.deduct(price, description, {"operation": call.operation_id, "requestId": call.request_id})
    return price


def processing_ms(call: Call, low: int = 120, high: int = 1_500) -> int:
    """A plausible processing time, stable for a request id."""
    return low + int(call.request_id[-6:], 16) % (high - low)
