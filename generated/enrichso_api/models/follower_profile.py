from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

T = TypeVar("T", bound="FollowerProfile")


@_attrs_define
class FollowerProfile:
    """A LinkedIn follower profile.

    Attributes:
        profile_url (str): LinkedIn profile URL.
        object_urn (str | Unset): LinkedIn profile URN identifier.
        name (None | str | Unset): Full name.
        first_name (None | str | Unset): First name.
        last_name (None | str | Unset): Last name.
        profile_picture_url (None | str | Unset): Profile picture URL.
        title (None | str | Unset): Job title.
        company_name (None | str | Unset): Current company name.
        company_profile_url (None | str | Unset): Company LinkedIn URL.
        company_website (None | str | Unset): Company website URL.
        company_domain (None | str | Unset): Company domain.
        company_logo_url (None | str | Unset): Company logo URL.
        company_location (None | str | Unset): Company location.
        location (None | str | Unset): Profile location.
        summary (None | str | Unset): Profile summary.
        connection_degree (float | None | Unset): Connection degree (1, 2, or 3).
        tenure_at_company (None | str | Unset): Time at current company.
        industry (None | str | Unset): Industry.
        is_premium (bool | None | Unset): Whether the profile is Premium.
        is_open_profile (bool | None | Unset): Whether the profile is an Open Profile.
        is_saved (bool | None | Unset): Whether the profile is saved in Sales Navigator.
        spotlights (list[str] | Unset): Profile badges and highlights.
    """

    profile_url: str
    object_urn: str | Unset = UNSET
    name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    profile_picture_url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    company_profile_url: None | str | Unset = UNSET
    company_website: None | str | Unset = UNSET
    company_domain: None | str | Unset = UNSET
    company_logo_url: None | str | Unset = UNSET
    company_location: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    connection_degree: float | None | Unset = UNSET
    tenure_at_company: None | str | Unset = UNSET
    industry: None | str | Unset = UNSET
    is_premium: bool | None | Unset = UNSET
    is_open_profile: bool | None | Unset = UNSET
    is_saved: bool | None | Unset = UNSET
    spotlights: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_url = self.profile_url

        object_urn = self.object_urn

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        profile_picture_url: None | str | Unset
        if isinstance(self.profile_picture_url, Unset):
            profile_picture_url = UNSET
        else:
            profile_picture_url = self.profile_picture_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        company_profile_url: None | str | Unset
        if isinstance(self.company_profile_url, Unset):
            company_profile_url = UNSET
        else:
            company_profile_url = self.company_profile_url

        company_website: None | str | Unset
        if isinstance(self.company_website, Unset):
            company_website = UNSET
        else:
            company_website = self.company_website

        company_domain: None | str | Unset
        if isinstance(self.company_domain, Unset):
            company_domain = UNSET
        else:
            company_domain = self.company_domain

        company_logo_url: None | str | Unset
        if isinstance(self.company_logo_url, Unset):
            company_logo_url = UNSET
        else:
            company_logo_url = self.company_logo_url

        company_location: None | str | Unset
        if isinstance(self.company_location, Unset):
            company_location = UNSET
        else:
            company_location = self.company_location

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        connection_degree: float | None | Unset
        if isinstance(self.connection_degree, Unset):
            connection_degree = UNSET
        else:
            connection_degree = self.connection_degree

        tenure_at_company: None | str | Unset
        if isinstance(self.tenure_at_company, Unset):
            tenure_at_company = UNSET
        else:
            tenure_at_company = self.tenure_at_company

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        is_premium: bool | None | Unset
        if isinstance(self.is_premium, Unset):
            is_premium = UNSET
        else:
            is_premium = self.is_premium

        is_open_profile: bool | None | Unset
        if isinstance(self.is_open_profile, Unset):
            is_open_profile = UNSET
        else:
            is_open_profile = self.is_open_profile

        is_saved: bool | None | Unset
        if isinstance(self.is_saved, Unset):
            is_saved = UNSET
        else:
            is_saved = self.is_saved

        spotlights: list[str] | Unset = UNSET
        if not isinstance(self.spotlights, Unset):
            spotlights = self.spotlights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profileUrl": profile_url,
            }
        )
        if object_urn is not UNSET:
            field_dict["objectURN"] = object_urn
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if title is not UNSET:
            field_dict["title"] = title
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_profile_url is not UNSET:
            field_dict["companyProfileUrl"] = company_profile_url
        if company_website is not UNSET:
            field_dict["companyWebsite"] = company_website
        if company_domain is not UNSET:
            field_dict["companyDomain"] = company_domain
        if company_logo_url is not UNSET:
            field_dict["companyLogoUrl"] = company_logo_url
        if company_location is not UNSET:
            field_dict["companyLocation"] = company_location
        if location is not UNSET:
            field_dict["location"] = location
        if summary is not UNSET:
            field_dict["summary"] = summary
        if connection_degree is not UNSET:
            field_dict["connectionDegree"] = connection_degree
        if tenure_at_company is not UNSET:
            field_dict["tenureAtCompany"] = tenure_at_company
        if industry is not UNSET:
            field_dict["industry"] = industry
        if is_premium is not UNSET:
            field_dict["isPremium"] = is_premium
        if is_open_profile is not UNSET:
            field_dict["isOpenProfile"] = is_open_profile
        if is_saved is not UNSET:
            field_dict["isSaved"] = is_saved
        if spotlights is not UNSET:
            field_dict["spotlights"] = spotlights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        profile_url = checked_str(d.pop("profileUrl"), "profileUrl")

        object_urn = checked_str(d.pop("objectURN", UNSET), "objectURN")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_profile_picture_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_picture_url = _parse_profile_picture_url(
            d.pop("profilePictureUrl", UNSET)
        )

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        def _parse_company_profile_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_profile_url = _parse_company_profile_url(
            d.pop("companyProfileUrl", UNSET)
        )

        def _parse_company_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_website = _parse_company_website(d.pop("companyWebsite", UNSET))

        def _parse_company_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_domain = _parse_company_domain(d.pop("companyDomain", UNSET))

        def _parse_company_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_logo_url = _parse_company_logo_url(d.pop("companyLogoUrl", UNSET))

        def _parse_company_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_location = _parse_company_location(d.pop("companyLocation", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_connection_degree(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        connection_degree = _parse_connection_degree(d.pop("connectionDegree", UNSET))

        def _parse_tenure_at_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenure_at_company = _parse_tenure_at_company(d.pop("tenureAtCompany", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        def _parse_is_premium(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_premium = _parse_is_premium(d.pop("isPremium", UNSET))

        def _parse_is_open_profile(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_open_profile = _parse_is_open_profile(d.pop("isOpenProfile", UNSET))

        def _parse_is_saved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_saved = _parse_is_saved(d.pop("isSaved", UNSET))

        spotlights = cast(list[str], d.pop("spotlights", UNSET))

        follower_profile = cls(
            profile_url,
            object_urn,
            name,
            first_name,
            last_name,
            profile_picture_url,
            title,
            company_name,
            company_profile_url,
            company_website,
            company_domain,
            company_logo_url,
            company_location,
            location,
            summary,
            connection_degree,
            tenure_at_company,
            industry,
            is_premium,
            is_open_profile,
            is_saved,
            spotlights,
        )

        follower_profile.additional_properties = d
        return follower_profile

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
