from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_transaction_type import WalletTransactionType
from ..types import UNSET, Unset, checked_float, checked_str

if TYPE_CHECKING:
    from ..models.wallet_transaction_metadata import WalletTransactionMetadata

_WalletTransactionType_BY_VALUE = cast(
    "dict[Any, WalletTransactionType]", WalletTransactionType._value2member_map_
)


T = TypeVar("T", bound="WalletTransaction")


@_attrs_define
class WalletTransaction:
    """
    Attributes:
        id (str): Transaction id.
        organization_id (str):
        type_ (WalletTransactionType): `deduction` (negative amount), `topup`, `refund` or `adjustment`. Documented as a
            free string
            listing these values; modelled as an (open) enum.
        amount (float): The credit amount (negative for deductions, positive for top-ups and refunds).
        balance_after (float): Your balance after this transaction.
        description (str): A short note about what happened.
        created_at (datetime.datetime): When this transaction happened.
        metadata (WalletTransactionMetadata | Unset): Additional context (varies by transaction type). Documented only
            as free-form. The SDK's
            exactly-once recovery of a batch submit whose answer was lost reads `batchId`,
            `operation` (the submit's operationId), `itemCount` and `creditsPerItem` here when a
            reservation carries them (the simulator does; the live API is not documented to), and
            otherwise falls back to the description and the balance, or stops with a typed error.
    """

    id: str
    organization_id: str
    type_: WalletTransactionType
    amount: float
    balance_after: float
    description: str
    created_at: datetime.datetime
    metadata: WalletTransactionMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        type_ = self.type_.value

        amount = self.amount

        balance_after = self.balance_after

        description = self.description

        created_at = self.created_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organizationId": organization_id,
                "type": type_,
                "amount": amount,
                "balanceAfter": balance_after,
                "description": description,
                "createdAt": created_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = checked_str(d.pop("id"), "id")

        organization_id = checked_str(d.pop("organizationId"), "organizationId")

        type_ = _WalletTransactionType_BY_VALUE.get(
            _type__value := d.pop("type")
        ) or WalletTransactionType(_type__value)

        amount = checked_float(d.pop("amount"), "amount")

        balance_after = checked_float(d.pop("balanceAfter"), "balanceAfter")

        description = checked_str(d.pop("description"), "description")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _metadata = d.pop("metadata", UNSET)
        metadata: WalletTransactionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WalletTransactionMetadata.from_dict(_metadata)

        wallet_transaction = cls(
            id,
            organization_id,
            type_,
            amount,
            balance_after,
            description,
            created_at,
            metadata,
        )

        wallet_transaction.additional_properties = d
        return wallet_transaction

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


from ..models.wallet_transaction_metadata import WalletTransactionMetadata
