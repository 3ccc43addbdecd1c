"""Wallets: the organization's credit balance and its transaction history (both free)."""

from __future__ import annotations

from typing import Unpack

from enrichso_api.api.wallets import get_wallet_transactions
from enrichso_api.models import WalletBalanceResponse, WalletTransaction, WalletTransactionsResponse
from enrichso_api.types import UNSET

from .._core.call import Call, from_generated, model
from .._core.flow import run_async, run_sync
from .._core.pagination import AsyncPager, Page, Pager, SimplePageSpec
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from ..views import Answer, BalanceView
from .organization import Organization, balance_call

TRANSACTIONS_PAGE_MAX = 100  # docs/api-notes.md 1.5


BalanceAnswer = Answer[BalanceView, WalletBalanceResponse]


def transactions_spec(
    type: str | None, page_size: int
) -> SimplePageSpec[WalletTransactionsResponse, WalletTransaction]:
    limit = max(1, min(page_size, TRANSACTIONS_PAGE_MAX))

    def build(page: int) -> Call[WalletTransactionsResponse]:
        kwargs = get_wallet_transactions._get_kwargs(
            page=page, limit=limit, type_=UNSET if type is None else type
        )
        return from_generated(kwargs, model(WalletTransactionsResponse), operation="getWalletTransactions")

    def read(
        envelope: WalletTransactionsResponse, page: int
    ) -> Page[WalletTransactionsResponse, WalletTransaction]:
        paging = envelope.data.pagination
        items = envelope.data.transactions
        return Page(page, envelope, items, paging.total, paging.total_pages, page < paging.total_pages)

    return SimplePageSpec(build, read)


# The methods that make a request when called: client.with_raw_response.wallets has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "balance",
    "transactions",
)


class Wallets:
    """client.wallets"""

    def __init__(self, transport: SyncTransport, organization: Organization) -> None:
        self._t = transport
        self._organization = organization

    def balance(self, **request: Unpack[RequestOptions]) -> BalanceAnswer:
        """The current balance (`.data.balance`) and the organization id (`.data.organization_id`)."""
        return self._organization.remember(self._t.with_request_options(**request).request(balance_call()))

    def organization_id(self, **request: Unpack[RequestOptions]) -> str:
        """The id of the key's organization (asked once, then remembered)."""
        return run_sync(self._t.with_request_options(**request), self._organization.id_flow())

    def transactions(
        self,
        type: str | None = None,
        *,
        page_size: int = TRANSACTIONS_PAGE_MAX,
        **request: Unpack[RequestOptions],
    ) -> Pager[WalletTransactionsResponse, WalletTransaction]:
        """Every transaction, page after page; `type` filters on deduction, topup, refund or
        adjustment. Iterate it, or use .pages(), .first_page(), .total()."""
        return Pager(self._t.with_request_options(**request), transactions_spec(type, page_size))


class AsyncWallets:
    """client.wallets on AsyncEnrich"""

    def __init__(self, transport: AsyncTransport, organization: Organization) -> None:
        self._t = transport
        self._organization = organization

    async def balance(self, **request: Unpack[RequestOptions]) -> BalanceAnswer:
        """See Wallets.balance."""
        return self._organization.remember(
            await self._t.with_request_options(**request).request(balance_call())
        )

    async def organization_id(self, **request: Unpack[RequestOptions]) -> str:
        """See Wallets.organization_id."""
        return await run_async(self._t.with_request_options(**request), self._organization.id_flow())

    def transactions(
        self,
        type: str | None = None,
        *,
        page_size: int = TRANSACTIONS_PAGE_MAX,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[WalletTransactionsResponse, WalletTransaction]:
        """See Wallets.transactions (`async for`)."""
        return AsyncPager(self._t.with_request_options(**request), transactions_spec(type, page_size))
