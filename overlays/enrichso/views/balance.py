"""The view of the credit balance."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ._base import _instant, _number, _str, _View, read


@dataclass(frozen=True, slots=True)
class BalanceView(_View):
    """The credit balance. The API Reference overview sends the balance only: then the other
    members are None."""

    balance: float | None = read(_number, "balance")
    organization_id: str | None = read(_str, "organizationId")
    currency: str | None = read(_str, "currency")
    as_of: datetime.datetime | None = read(_instant, "asOf")
