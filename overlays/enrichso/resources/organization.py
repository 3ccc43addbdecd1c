"""The key's organization id, asked once from the wallet balance and remembered per client.

Every client holds one (teams default their team_id to it), so this module is loaded by
`import enrichso`: it imports only the balance operation's generated module, and the views and
the balance model with the first balance asked for (start-up CPU, benchmarks/RESULTS.md).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from enrichso_api.api.wallets import get_wallet_balance

from .._core.call import Call, from_generated
from .._core.flow import Flow
from ..errors import APIResponseValidationError

if TYPE_CHECKING:
    from enrichso_api.models import WalletBalanceResponse

    from ..views import Answer, BalanceView

    BalanceAnswer = Answer[BalanceView, WalletBalanceResponse]  # resources/wallets.py names it too


def balance_call() -> Call[BalanceAnswer]:
    from enrichso_api.models import WalletBalanceResponse

    from ..views import BalanceView, answer

    return from_generated(
        get_wallet_balance._get_kwargs(),
        answer(WalletBalanceResponse, BalanceView.from_dict),
        operation="getWalletBalance",
    )


class Organization:
    """The key's organization id, asked once (from the balance) and remembered per client."""

    def __init__(self) -> None:
        self.id: str | None = None

    def remember(self, envelope: BalanceAnswer) -> BalanceAnswer:
        # The API Reference overview's balance has no organizationId (spec: WalletBalance).
        if envelope.data.organization_id is not None:
            self.id = envelope.data.organization_id
        return envelope

    def id_flow(self) -> Flow[str]:
        if self.id is None:
            envelope = self.remember((yield balance_call()))
            if self.id is None:
                raise APIResponseValidationError(
                    "the balance did not say the key's organization id (data.organizationId): "
                    "pass team_id= explicitly",
                    status_code=200,
                    body=json.dumps(envelope.raw).encode(),
                    method="GET",
                    path="/wallets/balance",
                )
        return self.id
