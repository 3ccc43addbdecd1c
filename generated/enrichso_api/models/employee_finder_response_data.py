from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_int, checked_str

if TYPE_CHECKING:
    from ..models.employee_finder_result import EmployeeFinderResult


T = TypeVar("T", bound="EmployeeFinderResponseData")


@_attrs_define
class EmployeeFinderResponseData:
    """
    Attributes:
        company_linkedin_url (str): The company LinkedIn URL that was searched.
        max_results (int): Maximum results per page.
        results_length (int): Number of results in this page.
        page (int): Current page number.
        total_pages (int): Total pages available.
        total_results (int): Total results matching the filters.
        results (list[EmployeeFinderResult]):
    """

    company_linkedin_url: str
    max_results: int
    results_length: int
    page: int
    total_pages: int
    total_results: int
    results: list[EmployeeFinderResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_linkedin_url = self.company_linkedin_url

        max_results = self.max_results

        results_length = self.results_length

        page = self.page

        total_pages = self.total_pages

        total_results = self.total_results

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_linkedin_url": company_linkedin_url,
                "max_results": max_results,
                "results_length": results_length,
                "page": page,
                "total_pages": total_pages,
                "total_results": total_results,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_linkedin_url = checked_str(
            d.pop("company_linkedin_url"), "company_linkedin_url"
        )

        max_results = checked_int(d.pop("max_results"), "max_results")

        results_length = checked_int(d.pop("results_length"), "results_length")

        page = checked_int(d.pop("page"), "page")

        total_pages = checked_int(d.pop("total_pages"), "total_pages")

        total_results = checked_int(d.pop("total_results"), "total_results")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = EmployeeFinderResult.from_dict(results_item_data)

            results.append(results_item)

        employee_finder_response_data = cls(
            company_linkedin_url,
            max_results,
            results_length,
            page,
            total_pages,
            total_results,
            results,
        )

        employee_finder_response_data.additional_properties = d
        return employee_finder_response_data

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


from ..models.employee_finder_result import EmployeeFinderResult
