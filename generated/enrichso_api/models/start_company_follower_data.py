from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int, checked_str

T = TypeVar("T", bound="StartCompanyFollowerData")


@_attrs_define
class StartCompanyFollowerData:
    """
    Attributes:
        batch_id (str): Unique batch ID for tracking this scrape job.
        message (str): Human-readable status message.
        estimated_additional (int | Unset): Continue mode only: the profiles the continue expects to recover (the
            reservation is this x creditsPerItem).
    """

    batch_id: str
    message: str
    estimated_additional: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        message = self.message

        estimated_additional = self.estimated_additional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "message": message,
            }
        )
        if estimated_additional is not UNSET:
            field_dict["estimatedAdditional"] = estimated_additional

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId"), "batchId")

        message = checked_str(d.pop("message"), "message")

        estimated_additional = checked_int(
            d.pop("estimatedAdditional", UNSET), "estimatedAdditional"
        )

        start_company_follower_data = cls(
            batch_id,
            message,
            estimated_additional,
        )

        start_company_follower_data.additional_properties = d
        return start_company_follower_data

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
