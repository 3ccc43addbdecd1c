from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_int

if TYPE_CHECKING:
    from ..models.position_history_item import PositionHistoryItem


T = TypeVar("T", bound="ReverseLookupResultPositions")


@_attrs_define
class ReverseLookupResultPositions:
    """Work experience.

    Attributes:
        positions_count (int | Unset):
        position_history (list[PositionHistoryItem] | Unset):
    """

    positions_count: int | Unset = UNSET
    position_history: list[PositionHistoryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positions_count = self.positions_count

        position_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.position_history, Unset):
            position_history = []
            for position_history_item_data in self.position_history:
                position_history_item = position_history_item_data.to_dict()
                position_history.append(position_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if positions_count is not UNSET:
            field_dict["positionsCount"] = positions_count
        if position_history is not UNSET:
            field_dict["positionHistory"] = position_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        positions_count = checked_int(d.pop("positionsCount", UNSET), "positionsCount")

        _position_history = d.pop("positionHistory", UNSET)
        position_history: list[PositionHistoryItem] | Unset = UNSET
        if _position_history is not UNSET:
            position_history = []
            for position_history_item_data in _position_history:
                position_history_item = PositionHistoryItem.from_dict(
                    position_history_item_data
                )

                position_history.append(position_history_item)

        reverse_lookup_result_positions = cls(
            positions_count,
            position_history,
        )

        reverse_lookup_result_positions.additional_properties = d
        return reverse_lookup_result_positions

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


from ..models.position_history_item import PositionHistoryItem
