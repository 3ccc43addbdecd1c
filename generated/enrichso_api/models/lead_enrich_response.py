from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_enrich_response_data import LeadEnrichResponseData
    from ..models.lead_enrich_response_meta import LeadEnrichResponseMeta


T = TypeVar("T", bound="LeadEnrichResponse")


@_attrs_define
class LeadEnrichResponse:
    """RETIRED (docs/api-notes.md 9.9): the former synchronous response of enrichLeads. The operation now
    returns RevealJobSubmitResponse and the results come from getRevealJob; kept for reference
    only, no operation returns it.

        Attributes:
            success (Literal[True]):
            data (LeadEnrichResponseData):
            meta (LeadEnrichResponseMeta | Unset):
    """

    success: Literal[True]
    data: LeadEnrichResponseData
    meta: LeadEnrichResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = cast(Literal[True], d.pop("success"))
        if success != True:
            raise ValueError(f"success must match const True, got '{success}'")

        data = LeadEnrichResponseData.from_dict(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: LeadEnrichResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = LeadEnrichResponseMeta.from_dict(_meta)

        lead_enrich_response = cls(
            success,
            data,
            meta,
        )

        lead_enrich_response.additional_properties = d
        return lead_enrich_response

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


from ..models.lead_enrich_response_data import LeadEnrichResponseData
from ..models.lead_enrich_response_meta import LeadEnrichResponseMeta
