from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_contact_field import LeadContactField

if TYPE_CHECKING:
    from ..models.lead_enrich_request_leads_item import LeadEnrichRequestLeadsItem

_LeadContactField_BY_VALUE = cast(
    "dict[Any, LeadContactField]", LeadContactField._value2member_map_
)


T = TypeVar("T", bound="LeadEnrichRequest")


@_attrs_define
class LeadEnrichRequest:
    """
    Attributes:
        leads (list[LeadEnrichRequestLeadsItem]): Leads to enrich (max 25).
        fields (list[LeadContactField]): Contact fields to reveal.
    """

    leads: list[LeadEnrichRequestLeadsItem]
    fields: list[LeadContactField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads = []
        for leads_item_data in self.leads:
            leads_item = leads_item_data.to_dict()
            leads.append(leads_item)

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.value
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leads": leads,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        leads = []
        _leads = d.pop("leads")
        for leads_item_data in _leads:
            leads_item = LeadEnrichRequestLeadsItem.from_dict(leads_item_data)

            leads.append(leads_item)

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = _LeadContactField_BY_VALUE.get(
                fields_item_data
            ) or LeadContactField(fields_item_data)

            fields.append(fields_item)

        lead_enrich_request = cls(
            leads,
            fields,
        )

        lead_enrich_request.additional_properties = d
        return lead_enrich_request

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


from ..models.lead_enrich_request_leads_item import LeadEnrichRequestLeadsItem
