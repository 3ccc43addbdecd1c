from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unlock_names_request_leads_item import UnlockNamesRequestLeadsItem


T = TypeVar("T", bound="UnlockNamesRequest")


@_attrs_define
class UnlockNamesRequest:
    """
    Attributes:
        leads (list[UnlockNamesRequestLeadsItem]): Leads whose last names to unlock (max 100).
    """

    leads: list[UnlockNamesRequestLeadsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads = []
        for leads_item_data in self.leads:
            leads_item = leads_item_data.to_dict()
            leads.append(leads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leads": leads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        leads = []
        _leads = d.pop("leads")
        for leads_item_data in _leads:
            leads_item = UnlockNamesRequestLeadsItem.from_dict(leads_item_data)

            leads.append(leads_item)

        unlock_names_request = cls(
            leads,
        )

        unlock_names_request.additional_properties = d
        return unlock_names_request

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


from ..models.unlock_names_request_leads_item import UnlockNamesRequestLeadsItem
