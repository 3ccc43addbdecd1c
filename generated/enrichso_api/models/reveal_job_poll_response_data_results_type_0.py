from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float, checked_int

if TYPE_CHECKING:
    from ..models.revealed_contact import RevealedContact


T = TypeVar("T", bound="RevealJobPollResponseDataResultsType0")


@_attrs_define
class RevealJobPollResponseDataResultsType0:
    """Present only when the job is completed.

    Attributes:
        revealed (list[RevealedContact] | Unset): Revealed contacts.
        already_revealed (int | Unset): Leads served from cache (not charged again).
        newly_revealed (int | Unset): Leads newly revealed (charged).
        credits_used (float | Unset): Credits deducted for this job.
        credits_refunded (float | None | Unset): Credits refunded (e.g. for leads without a result).
    """

    revealed: list[RevealedContact] | Unset = UNSET
    already_revealed: int | Unset = UNSET
    newly_revealed: int | Unset = UNSET
    credits_used: float | Unset = UNSET
    credits_refunded: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revealed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.revealed, Unset):
            revealed = []
            for revealed_item_data in self.revealed:
                revealed_item = revealed_item_data.to_dict()
                revealed.append(revealed_item)

        already_revealed = self.already_revealed

        newly_revealed = self.newly_revealed

        credits_used = self.credits_used

        credits_refunded: float | None | Unset
        if isinstance(self.credits_refunded, Unset):
            credits_refunded = UNSET
        else:
            credits_refunded = self.credits_refunded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revealed is not UNSET:
            field_dict["revealed"] = revealed
        if already_revealed is not UNSET:
            field_dict["alreadyRevealed"] = already_revealed
        if newly_revealed is not UNSET:
            field_dict["newlyRevealed"] = newly_revealed
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if credits_refunded is not UNSET:
            field_dict["creditsRefunded"] = credits_refunded

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _revealed = d.pop("revealed", UNSET)
        revealed: list[RevealedContact] | Unset = UNSET
        if _revealed is not UNSET:
            revealed = []
            for revealed_item_data in _revealed:
                revealed_item = RevealedContact.from_dict(revealed_item_data)

                revealed.append(revealed_item)

        already_revealed = checked_int(
            d.pop("alreadyRevealed", UNSET), "alreadyRevealed"
        )

        newly_revealed = checked_int(d.pop("newlyRevealed", UNSET), "newlyRevealed")

        credits_used = checked_float(d.pop("creditsUsed", UNSET), "creditsUsed")

        def _parse_credits_refunded(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credits_refunded = _parse_credits_refunded(d.pop("creditsRefunded", UNSET))

        reveal_job_poll_response_data_results_type_0 = cls(
            revealed,
            already_revealed,
            newly_revealed,
            credits_used,
            credits_refunded,
        )

        reveal_job_poll_response_data_results_type_0.additional_properties = d
        return reveal_job_poll_response_data_results_type_0

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
