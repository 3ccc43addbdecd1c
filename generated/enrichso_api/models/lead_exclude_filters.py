from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadExcludeFilters")


@_attrs_define
class LeadExcludeFilters:
    """Filters that exclude leads. Only personHeadline, companyHeadline, aboutUs, domain and jobTitle are supported; a
    string or a list (each with its own maximum).

        Attributes:
            person_headline (list[str] | str | Unset): Person LinkedIn headline to exclude (keyword/contains match).
            company_headline (list[str] | str | Unset): Company headline to exclude (keyword/contains match).
            about_us (list[str] | str | Unset): Company overview/about us to exclude (keyword/contains match).
            domain (list[str] | str | Unset): Company domain to exclude (exact match).
            job_title (list[str] | str | Unset): Job title to exclude (keyword/contains match).
    """

    person_headline: list[str] | str | Unset = UNSET
    company_headline: list[str] | str | Unset = UNSET
    about_us: list[str] | str | Unset = UNSET
    domain: list[str] | str | Unset = UNSET
    job_title: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_headline: list[str] | str | Unset
        if isinstance(self.person_headline, Unset):
            person_headline = UNSET
        elif isinstance(self.person_headline, list):
            person_headline = self.person_headline

        else:
            person_headline = self.person_headline

        company_headline: list[str] | str | Unset
        if isinstance(self.company_headline, Unset):
            company_headline = UNSET
        elif isinstance(self.company_headline, list):
            company_headline = self.company_headline

        else:
            company_headline = self.company_headline

        about_us: list[str] | str | Unset
        if isinstance(self.about_us, Unset):
            about_us = UNSET
        elif isinstance(self.about_us, list):
            about_us = self.about_us

        else:
            about_us = self.about_us

        domain: list[str] | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        elif isinstance(self.domain, list):
            domain = self.domain

        else:
            domain = self.domain

        job_title: list[str] | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        elif isinstance(self.job_title, list):
            job_title = self.job_title

        else:
            job_title = self.job_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_headline is not UNSET:
            field_dict["personHeadline"] = person_headline
        if company_headline is not UNSET:
            field_dict["companyHeadline"] = company_headline
        if about_us is not UNSET:
            field_dict["aboutUs"] = about_us
        if domain is not UNSET:
            field_dict["domain"] = domain
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_person_headline(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                person_headline_type_1 = cast(list[str], data)

                return person_headline_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        person_headline = _parse_person_headline(d.pop("personHeadline", UNSET))

        def _parse_company_headline(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                company_headline_type_1 = cast(list[str], data)

                return company_headline_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        company_headline = _parse_company_headline(d.pop("companyHeadline", UNSET))

        def _parse_about_us(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                about_us_type_1 = cast(list[str], data)

                return about_us_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        about_us = _parse_about_us(d.pop("aboutUs", UNSET))

        def _parse_domain(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                domain_type_1 = cast(list[str], data)

                return domain_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_job_title(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_title_type_1 = cast(list[str], data)

                return job_title_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))

        lead_exclude_filters = cls(
            person_headline,
            company_headline,
            about_us,
            domain,
            job_title,
        )

        lead_exclude_filters.additional_properties = d
        return lead_exclude_filters

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
