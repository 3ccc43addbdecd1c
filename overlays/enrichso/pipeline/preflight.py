"""Credit preflight: before a *_many run submits anything, estimate what it will reserve and
refuse to start when the wallet cannot cover it, or when it could cost more than `max_credits`.

A batch submit reserves `unique items x price per item` at once (docs/api-notes.md 8) and settlement later
refunds the items that are not charged (not found, risky...). So the estimate below is the most a
run can cost, and exactly what its submits need available:

- budget: the whole run's estimate must not exceed `max_credits` (checked without a request);
- balance: what is still to submit (a resumed run's batches are already reserved) must not exceed
  the wallet's balance (GET /wallets/balance, free).

Either refusal raises a CreditCheckError subclass before a single submit. A wallet the key cannot
read (403/404, or a body that is not a balance) skips the balance check with a warning: the
server's own 402 still refuses a submit it cannot cover.
"""

from __future__ import annotations

from typing import Any

from enrichso_api.api.wallets import get_wallet_balance

from .._core.call import Call, from_generated
from .._core.config import logger
from .._core.flow import Flow
from .._core.patience import read_patiently
from ..errors import (
    APIResponseValidationError,
    APIStatusError,
    CreditBudgetExceededError,
    PreflightBalanceError,
)
from . import products
from .declaration import Product
from .options import check_max_credits


def _declared(kind: str) -> Product[Any] | None:
    """The product's declaration (only its own module is loaded: the run's); None if none."""
    try:
        return products.product_of(kind)
    except KeyError:
        return None


def credits_per_item(kind: str) -> int | None:
    """What a submit reserves per unique item (the product's declaration)."""
    product = _declared(kind)
    return None if product is None else product.credits_per_item


def read_balance(body: Any) -> float:
    """data.balance of a balance response (anything else raises, and is reported as a body that
    does not match the spec)."""
    value = body["data"]["balance"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("data.balance is not a number")
    return float(value)


def balance_call() -> Call[float]:
    return from_generated(get_wallet_balance._get_kwargs(), read_balance, operation="getWalletBalance")


def _items(count: int, kind: str) -> str:
    product = _declared(kind)
    noun, plural = ("item", "items") if product is None else (product.noun, product.plural)
    return f"{count:,} unique {noun if count == 1 else plural}"


def credits_text(value: float) -> str:
    """A number of credits as a message shows it: 1,000 for 1000.0, 5.5 as itself (not rounded
    to 6, which would read as more than an estimate of 6)."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def check_budget(kind: str, *, total_items: int, max_credits: float | None) -> None:
    """Raise CreditBudgetExceededError when the whole run could cost more than max_credits."""
    check_max_credits(max_credits)
    price = credits_per_item(kind)
    if max_credits is None or price is None or total_items == 0:
        return
    estimated = total_items * price
    if estimated > max_credits:
        raise CreditBudgetExceededError(
            f"this {kind} run could cost up to {estimated:,} credits ({_items(total_items, kind)} x "
            f"{price:,}), more than max_credits={credits_text(max_credits)}; nothing was submitted "
            "(raise the budget, or split the input)",
            estimated=estimated,
            items=total_items,
            credits_per_item=price,
            budget=max_credits,
        )


def check_balance_flow(kind: str, *, new_items: int) -> Flow[None]:
    """Raise PreflightBalanceError when the wallet cannot cover what is still to submit."""
    price = credits_per_item(kind)
    if price is None or new_items == 0:
        return
    needed = new_items * price
    try:
        balance = yield from read_patiently(balance_call)
    except (APIStatusError, APIResponseValidationError) as exc:
        if isinstance(exc, APIStatusError) and exc.status_code not in (403, 404):
            raise
        logger.warning(
            "the wallet balance cannot be read (%s); the credit check before submitting is skipped",
            exc.message,
        )
        return
    if needed > balance:
        raise PreflightBalanceError(
            f"this {kind} run reserves {needed:,} credits when it submits ({_items(new_items, kind)} x "
            f"{price:,}), and the wallet holds {credits_text(balance)}; nothing was submitted (top up, or "
            "shrink the input)",
            estimated=needed,
            items=new_items,
            credits_per_item=price,
            available=balance,
        )
