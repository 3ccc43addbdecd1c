from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.wallet_transaction import WalletTransaction


T = TypeVar("T", bound="WalletTransactionsResponseData")


@_attrs_define
class WalletTransactionsResponseData:
    """
    Attributes:
        transactions (list[WalletTransaction]):
        pagination (Pagination): Page-number pagination block.
    """

    transactions: list[WalletTransaction]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactions": transactions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in _transactions:
            transactions_item = WalletTransaction.from_dict(transactions_item_data)

            transactions.append(transactions_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        wallet_transactions_response_data = cls(
            transactions,
            pagination,
        )

        wallet_transactions_response_data.additional_properties = d
        return wallet_transactions_response_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.pagination import Pagination
from ..models.wallet_transaction import WalletTransaction
