from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_int, checked_str

if TYPE_CHECKING:
    from ..models.follower_profile import FollowerProfile
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CompanyFollowerResultsData")


@_attrs_define
class CompanyFollowerResultsData:
    """
    Attributes:
        batch_id (str): Batch ID for this scrape job.
        count (int): Number of follower profiles in this page.
        data (list[FollowerProfile]): The follower profiles of this page.
        pagination (Pagination): Page-number pagination block.
    """

    batch_id: str
    count: int
    data: list[FollowerProfile]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        count = self.count

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "count": count,
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId"), "batchId")

        count = checked_int(d.pop("count"), "count")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FollowerProfile.from_dict(data_item_data)

            data.append(data_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        company_follower_results_data = cls(
            batch_id,
            count,
            data,
            pagination,
        )

        company_follower_results_data.additional_properties = d
        return company_follower_results_data

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


from ..models.follower_profile import FollowerProfile
from ..models.pagination import Pagination
