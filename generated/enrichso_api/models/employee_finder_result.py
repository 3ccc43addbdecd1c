from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_bool

if TYPE_CHECKING:
    from ..models.employee_finder_result_location import EmployeeFinderResultLocation


T = TypeVar("T", bound="EmployeeFinderResult")


@_attrs_define
class EmployeeFinderResult:
    """One employee returned by employeeFinder.

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        full_name (None | str | Unset):
        headline (None | str | Unset):
        about_me (None | str | Unset):
        location (EmployeeFinderResultLocation | Unset):
        linkedin_url (None | str | Unset):
        job_title (None | str | Unset):
        job_level (None | str | Unset):
        job_function (None | str | Unset):
        job_is_current (bool | Unset):
        education (None | str | Unset):
        skills (None | str | Unset): Skills as one string (not a list).
        certifications (None | str | Unset):
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    headline: None | str | Unset = UNSET
    about_me: None | str | Unset = UNSET
    location: EmployeeFinderResultLocation | Unset = UNSET
    linkedin_url: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    job_level: None | str | Unset = UNSET
    job_function: None | str | Unset = UNSET
    job_is_current: bool | Unset = UNSET
    education: None | str | Unset = UNSET
    skills: None | str | Unset = UNSET
    certifications: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        about_me: None | str | Unset
        if isinstance(self.about_me, Unset):
            about_me = UNSET
        else:
            about_me = self.about_me

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        job_level: None | str | Unset
        if isinstance(self.job_level, Unset):
            job_level = UNSET
        else:
            job_level = self.job_level

        job_function: None | str | Unset
        if isinstance(self.job_function, Unset):
            job_function = UNSET
        else:
            job_function = self.job_function

        job_is_current = self.job_is_current

        education: None | str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        else:
            education = self.education

        skills: None | str | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        else:
            skills = self.skills

        certifications: None | str | Unset
        if isinstance(self.certifications, Unset):
            certifications = UNSET
        else:
            certifications = self.certifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if headline is not UNSET:
            field_dict["headline"] = headline
        if about_me is not UNSET:
            field_dict["about_me"] = about_me
        if location is not UNSET:
            field_dict["location"] = location
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if job_level is not UNSET:
            field_dict["job_level"] = job_level
        if job_function is not UNSET:
            field_dict["job_function"] = job_function
        if job_is_current is not UNSET:
            field_dict["job_is_current"] = job_is_current
        if education is not UNSET:
            field_dict["education"] = education
        if skills is not UNSET:
            field_dict["skills"] = skills
        if certifications is not UNSET:
            field_dict["certifications"] = certifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_about_me(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about_me = _parse_about_me(d.pop("about_me", UNSET))

        _location = d.pop("location", UNSET)
        location: EmployeeFinderResultLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = EmployeeFinderResultLocation.from_dict(_location)

        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedin_url", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("job_title", UNSET))

        def _parse_job_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_level = _parse_job_level(d.pop("job_level", UNSET))

        def _parse_job_function(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_function = _parse_job_function(d.pop("job_function", UNSET))

        job_is_current = checked_bool(d.pop("job_is_current", UNSET), "job_is_current")

        def _parse_education(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        education = _parse_education(d.pop("education", UNSET))

        def _parse_skills(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))

        def _parse_certifications(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certifications = _parse_certifications(d.pop("certifications", UNSET))

        employee_finder_result = cls(
            first_name,
            last_name,
            full_name,
            headline,
            about_me,
            location,
            linkedin_url,
            job_title,
            job_level,
            job_function,
            job_is_current,
            education,
            skills,
            certifications,
        )

        employee_finder_result.additional_properties = d
        return employee_finder_result

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


from ..models.employee_finder_result_location import EmployeeFinderResultLocation
