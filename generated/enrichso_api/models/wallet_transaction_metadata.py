from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletTransactionMetadata")


@_attrs_define
class WalletTransactionMetadata:
    """Additional context (varies by transaction type). Documented only as free-form. The SDK's
    exactly-once recovery of a batch submit whose answer was lost reads `batchId`,
    `operation` (the submit's operationId), `itemCount` and `creditsPerItem` here when a
    reservation carries them (the simulator does; the live API is not documented to), and
    otherwise falls back to the description and the balance, or stops with a typed error.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wallet_transaction_metadata = cls()

        wallet_transaction_metadata.additional_properties = d
        return wallet_transaction_metadata

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
