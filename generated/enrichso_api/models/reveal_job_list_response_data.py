from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_int

if TYPE_CHECKING:
    from ..models.reveal_job_summary import RevealJobSummary


T = TypeVar("T", bound="RevealJobListResponseData")


@_attrs_define
class RevealJobListResponseData:
    """
    Attributes:
        jobs (list[RevealJobSummary]):
        total (int): Jobs matching the filter.
        page (int):
        limit (int):
    """

    jobs: list[RevealJobSummary]
    total: int
    page: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        total = self.total

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "total": total,
                "page": page,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = RevealJobSummary.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        total = checked_int(d.pop("total"), "total")

        page = checked_int(d.pop("page"), "page")

        limit = checked_int(d.pop("limit"), "limit")

        reveal_job_list_response_data = cls(
            jobs,
            total,
            page,
            limit,
        )

        reveal_job_list_response_data.additional_properties = d
        return reveal_job_list_response_data

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


from ..models.reveal_job_summary import RevealJobSummary
