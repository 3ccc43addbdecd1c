from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_str

T = TypeVar("T", bound="WalletBalance")


@_attrs_define
class WalletBalance:
    """
    Attributes:
        balance (float): Your current credit balance.
        organization_id (str | Unset): Your organization id (also the `teamId` of the Teams operations).
        currency (str | Unset): Always `credits`.
        as_of (datetime.datetime | Unset): When this balance was last calculated.
    """

    balance: float
    organization_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    as_of: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        organization_id = self.organization_id

        currency = self.currency

        as_of: str | Unset = UNSET
        if not isinstance(self.as_of, Unset):
            as_of = self.as_of.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if as_of is not UNSET:
            field_dict["asOf"] = as_of

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        balance = checked_float(d.pop("balance"), "balance")

        organization_id = checked_str(d.pop("organizationId", UNSET), "organizationId")

        currency = checked_str(d.pop("currency", UNSET), "currency")

        _as_of = d.pop("asOf", UNSET)
        as_of: datetime.datetime | Unset
        if isinstance(_as_of, Unset):
            as_of = UNSET
        else:
            as_of = datetime.datetime.fromisoformat(_as_of)

        wallet_balance = cls(
            balance,
            organization_id,
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
