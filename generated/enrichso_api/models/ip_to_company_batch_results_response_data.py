from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import UNSET, Unset, checked_int, checked_str

if TYPE_CHECKING:
    from ..models.ip_to_company_batch_results_response_data_results_item import (
        IpToCompanyBatchResultsResponseDataResultsItem,
    )

_BatchJobStatus_BY_VALUE = cast(
    "dict[Any, BatchJobStatus]", BatchJobStatus._value2member_map_
)


T = TypeVar("T", bound="IpToCompanyBatchResultsResponseData")


@_attrs_define
class IpToCompanyBatchResultsResponseData:
    """
    Attributes:
        batch_id (str | Unset):
        status (BatchJobStatus | Unset): Status of a batch job: `queued` -> `processing` -> `completed` or `failed`.
            Documented as a
            free string with these values; modelled as an (open) enum.
        total_items (int | Unset):
        processed_count (int | Unset):
        found_count (int | Unset): IPs resolved to a domain.
        results (list[IpToCompanyBatchResultsResponseDataResultsItem] | Unset):
        page (int | Unset): The page returned.
        limit (int | Unset): The page size used.
    """

    batch_id: str | Unset = UNSET
    status: BatchJobStatus | Unset = UNSET
    total_items: int | Unset = UNSET
    processed_count: int | Unset = UNSET
    found_count: int | Unset = UNSET
    results: list[IpToCompanyBatchResultsResponseDataResultsItem] | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total_items = self.total_items

        processed_count = self.processed_count

        found_count = self.found_count

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        page = self.page

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items
        if processed_count is not UNSET:
            field_dict["processedCount"] = processed_count
        if found_count is not UNSET:
            field_dict["foundCount"] = found_count
        if results is not UNSET:
            field_dict["results"] = results
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId", UNSET), "batchId")

        _status = d.pop("status", UNSET)
        status: BatchJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _BatchJobStatus_BY_VALUE.get(_status) or BatchJobStatus(_status)

        total_items = checked_int(d.pop("totalItems", UNSET), "totalItems")

        processed_count = checked_int(d.pop("processedCount", UNSET), "processedCount")

        found_count = checked_int(d.pop("foundCount", UNSET), "foundCount")

        _results = d.pop("results", UNSET)
        results: list[IpToCompanyBatchResultsResponseDataResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = IpToCompanyBatchResultsResponseDataResultsItem.from_dict(
                    results_item_data
                )

                results.append(results_item)

        page = checked_int(d.pop("page", UNSET), "page")

        limit = checked_int(d.pop("limit", UNSET), "limit")

        ip_to_company_batch_results_response_data = cls(
            batch_id,
            status,
            total_items,
            processed_count,
            found_count,
            results,
            page,
            limit,
        )

        ip_to_company_batch_results_response_data.additional_properties = d
        return ip_to_company_batch_results_response_data

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


from ..models.ip_to_company_batch_results_response_data_results_item import (
    IpToCompanyBatchResultsResponseDataResultsItem,
)
