from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletBalance")


@_attrs_define
class WalletBalance:
    """
    Attributes:
        organization_id (str): Your organization id (also the `teamId` of the Teams operations).
        balance (float): Your current credit balance.
        currency (str): Always `credits`.
        as_of (datetime.datetime): When this balance was last calculated.
    """

    organization_id: str
    balance: float
    currency: str
    as_of: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        balance = self.balance

        currency = self.currency

        as_of = self.as_of.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
                "balance": balance,
                "currency": currency,
                "asOf": as_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        balance = d.pop("balance")

        currency = d.pop("currency")

        as_of = datetime.datetime.fromisoformat(d.pop("asOf"))

        wallet_balance = cls(
            organization_id,
            balance,
            currency,
            as_of,
        )

        wallet_balance.additional_properties = d
        return wallet_balance

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
