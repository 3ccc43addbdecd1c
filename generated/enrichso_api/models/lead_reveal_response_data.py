from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_int

if TYPE_CHECKING:
    from ..models.revealed_contact import RevealedContact


T = TypeVar("T", bound="LeadRevealResponseData")


@_attrs_define
class LeadRevealResponseData:
    """
    Attributes:
        revealed (list[RevealedContact]): Revealed contacts.
        already_revealed (int): Leads already revealed (not charged again).
        newly_revealed (int): Leads newly revealed (charged).
    """

    revealed: list[RevealedContact]
    already_revealed: int
    newly_revealed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revealed = []
        for revealed_item_data in self.revealed:
            revealed_item = revealed_item_data.to_dict()
            revealed.append(revealed_item)

        already_revealed = self.already_revealed

        newly_revealed = self.newly_revealed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revealed": revealed,
                "alreadyRevealed": already_revealed,
                "newlyRevealed": newly_revealed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        revealed = []
        _revealed = d.pop("revealed")
        for revealed_item_data in _revealed:
            revealed_item = RevealedContact.from_dict(revealed_item_data)

            revealed.append(revealed_item)

        already_revealed = checked_int(d.pop("alreadyRevealed"), "alreadyRevealed")

        newly_revealed = checked_int(d.pop("newlyRevealed"), "newlyRevealed")

        lead_reveal_response_data = cls(
            revealed,
            already_revealed,
            newly_revealed,
        )

        lead_reveal_response_data.additional_properties = d
        return lead_reveal_response_data

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


from ..models.revealed_contact import RevealedContact
