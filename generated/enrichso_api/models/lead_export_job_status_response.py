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
    from ..models.lead_export_job_status_response_data import (
        LeadExportJobStatusResponseData,
    )
    from ..models.request_meta import RequestMeta


T = TypeVar("T", bound="LeadExportJobStatusResponse")


@_attrs_define
class LeadExportJobStatusResponse:
    """Export job status. DISCREPANCY (docs/api-notes.md 9.8, LIVE 11.2): the documented schema is one flat
    object with every field always present (`name`, `phase`, numeric `progress` 0-100,
    `totalRows`, `processedRows`, `creditsUsed`, `creditsRefunded`, `error`, `downloadUrl`,
    timestamps), and the live gateway answers that way; the four page examples instead use
    `progress: {processed, total}`, a `results` block on completion, and only `error` +
    `creditsRefunded` on failure. Neither source won outright: only the members present in every
    example (`jobId`, `status`, `createdAt`) are required, `progress` is either a percentage or a
    LeadExportJobProgress object, and the example-only `results` block is optional, so both the
    documented examples and the live shape validate.

        Attributes:
            success (Literal[True]):
            data (LeadExportJobStatusResponseData):
            meta (RequestMeta | Unset): The `meta` of endpoints that report only the request id.
    """

    success: Literal[True]
    data: LeadExportJobStatusResponseData
    meta: RequestMeta | Unset = UNSET
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

        data = LeadExportJobStatusResponseData.from_dict(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: RequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RequestMeta.from_dict(_meta)

        lead_export_job_status_response = cls(
            success,
            data,
            meta,
        )

        lead_export_job_status_response.additional_properties = d
        return lead_export_job_status_response

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


from ..models.lead_export_job_status_response_data import (
    LeadExportJobStatusResponseData,
)
from ..models.request_meta import RequestMeta
