from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_status import BatchJobStatus
from ..types import UNSET, Unset, checked_int, checked_str

if TYPE_CHECKING:
    from ..models.reverse_lookup_result import ReverseLookupResult

_BatchJobStatus_BY_VALUE = cast(
    "dict[Any, BatchJobStatus]", BatchJobStatus._value2member_map_
)


T = TypeVar("T", bound="BulkLookupResultsResponseData")


@_attrs_define
class BulkLookupResultsResponseData:
    """
    Attributes:
        batch_id (str):
        status (BatchJobStatus): Status of a batch job: `queued` -> `processing` -> `completed` or `failed`. Documented
            as a
            free string with these values; modelled as an (open) enum.
        total_items (int | Unset):
        processed_items (int | Unset):
        successful (int | Unset): How many emails had a matching profile.
        failed (int | Unset): How many emails had no matching profile.
        page (int | Unset):
        limit (int | Unset):
        results (list[ReverseLookupResult] | Unset):
    """

    batch_id: str
    status: BatchJobStatus
    total_items: int | Unset = UNSET
    processed_items: int | Unset = UNSET
    successful: int | Unset = UNSET
    failed: int | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    results: list[ReverseLookupResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        total_items = self.total_items

        processed_items = self.processed_items

        successful = self.successful

        failed = self.failed

        page = self.page

        limit = self.limit

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "status": status,
            }
        )
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items
        if processed_items is not UNSET:
            field_dict["processedItems"] = processed_items
        if successful is not UNSET:
            field_dict["successful"] = successful
        if failed is not UNSET:
            field_dict["failed"] = failed
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = checked_str(d.pop("batchId"), "batchId")

        status = _BatchJobStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or BatchJobStatus(_status_value)

        total_items = checked_int(d.pop("totalItems", UNSET), "totalItems")

        processed_items = checked_int(d.pop("processedItems", UNSET), "processedItems")

        successful = checked_int(d.pop("successful", UNSET), "successful")

        failed = checked_int(d.pop("failed", UNSET), "failed")

        page = checked_int(d.pop("page", UNSET), "page")

        limit = checked_int(d.pop("limit", UNSET), "limit")

        _results = d.pop("results", UNSET)
        results: list[ReverseLookupResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ReverseLookupResult.from_dict(results_item_data)

                results.append(results_item)

        bulk_lookup_results_response_data = cls(
            batch_id,
            status,
            total_items,
            processed_items,
            successful,
            failed,
            page,
            limit,
            results,
        )

        bulk_lookup_results_response_data.additional_properties = d
        return bulk_lookup_results_response_data

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


from ..models.reverse_lookup_result import ReverseLookupResult
