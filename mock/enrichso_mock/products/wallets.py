"""Wallets: getWalletBalance, getWalletTransactions (newest first, paginated, filtered by type)."""

from __future__ import annotations

import math
from typing import Any

from ..call import Call
from ..registry import operation


@operation("getWalletBalance")
def balance(call: Call) -> dict[str, Any]:
    wallet = call.org.wallet
    return call.envelope(
        {"organizationId": call.org.id, "balance": wallet.balance, "currency": "credits", "asOf": call.iso()}
    )


@operation("getWalletTransactions")
def transactions(call: Call) -> dict[str, Any]:
    page, limit = call.query.get("page", 1), call.query.get("limit", 50)
    kind = call.query.get("type")
    listed = call.org.wallet.transactions  # oldest first
    if kind:
        listed = [t for t in listed if t.type == kind]
    total = len(listed)
    newest_first = listed[::-1]
    start = (page - 1) * limit
    return call.envelope(
        {
            "transactions": [t.to_json() for t in newest_first[start : start + limit]],
            "pagination": {
                "page": page,
                "limit": limit,
                "total": total,
                "totalPages": math.ceil(total / limit),
            },
        }
    )
