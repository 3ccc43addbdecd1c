"""What a call of the live contract check may cost, and the budget it must stay within.

The spec marks every operation that can cost credits with `x-enrichso-credits` (and only those):
`{price: N}` is at most N credits a call; `{price: N, per: [members...]}` is N per unit of the
named request members (an array counts its elements, a number its value, the members are added
up; when the request names none of them, their defaults in the spec are counted). An estimate is
an upper bound from the documented price list; what a call really cost is read from its answer's
`meta` afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MARKER = "x-enrichso-credits"


@dataclass(frozen=True)
class Price:
    price: int
    per: tuple[str, ...] = ()


def price_of(operation: dict[str, Any]) -> Price | None:
    """The price an operation of the spec declares; None for a free operation."""
    marker = operation.get(MARKER)
    if marker is None:
        return None
    return Price(int(marker["price"]), tuple(marker.get("per", ())))


def estimate(price: Price, request: dict[str, Any], defaults: dict[str, Any]) -> int | None:
    """At most what one call with these request members (query and body) costs; None when neither
    the request nor the spec's defaults name a member the price counts (it cannot be estimated,
    so it must not be sent)."""
    if not price.per:
        return price.price
    for members in (request, defaults):
        counted = [_units(members[name]) for name in price.per if name in members]
        if counted:
            return price.price * sum(counted)
    return None


def _units(value: Any) -> int:
    if isinstance(value, list):
        return len(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    return 0


def reported_credits(body: Any) -> int | None:
    """The credits an answer says it took: `meta.creditsUsed` of a lookup, `meta.creditsReserved`
    of a batch submit; None when its meta names neither."""
    meta = body.get("meta") if isinstance(body, dict) else None
    if not isinstance(meta, dict):
        return None
    values = [meta.get(name) for name in ("creditsUsed", "creditsReserved")]
    numbers = [int(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    return sum(numbers) if numbers else None


@dataclass
class Budget:
    """At most `limit` credits (None: no credit may be spent at all)."""

    limit: int | None
    spent: int = 0

    def admits(self, cost: int) -> bool:
        return self.limit is not None and self.spent + cost <= self.limit

    def record(self, reported: int | None, estimated: int) -> None:
        # An answer that does not say what it cost counts at its estimate (the upper bound).
        self.spent += estimated if reported is None else reported
