from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_str

T = TypeVar("T", bound="EmailFinderRequest")


@_attrs_define
class EmailFinderRequest:
    """
    Attributes:
        first_name (str): The person's first name.
        last_name (str): The person's last name.
        domain (str): The company domain to search (a bare domain, e.g. `figma.com`).
    """

    first_name: str
    last_name: str
    domain: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "domain": domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = checked_str(d.pop("firstName"), "firstName")

        last_name = checked_str(d.pop("lastName"), "lastName")

        domain = checked_str(d.pop("domain"), "domain")

        email_finder_request = cls(
            first_name,
            last_name,
            domain,
        )

        email_finder_request.additional_properties = d
        return email_finder_request

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
