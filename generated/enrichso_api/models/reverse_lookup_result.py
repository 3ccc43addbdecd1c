from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_bool, checked_float, checked_int, checked_str

if TYPE_CHECKING:
    from ..models.reverse_lookup_result_locale import ReverseLookupResultLocale
    from ..models.reverse_lookup_result_positions import ReverseLookupResultPositions
    from ..models.reverse_lookup_result_schools import ReverseLookupResultSchools


T = TypeVar("T", bound="ReverseLookupResult")


@_attrs_define
class ReverseLookupResult:
    """Professional profile data for a person.

    Attributes:
        found (bool | Unset): Whether a profile was found (API Reference overview; false means refunded).
        email (str | Unset): The email looked up (API Reference overview).
        linkedin_url (str | Unset): Profile URL (API Reference overview's name for `profileUrl`).
        title (str | Unset): Current job title (API Reference overview).
        company (str | Unset): Current company (API Reference overview's name for `companyName`).
        id (str | Unset): Profile identifier.
        display_name (str | Unset): Full name.
        first_name (str | Unset):
        last_name (str | Unset):
        headline (str | Unset): Professional headline.
        summary (str | Unset): About section from the profile.
        company_name (str | Unset): Current company.
        location (str | Unset): Where the person is based.
        photo_url (str | Unset): Profile photo URL.
        profile_url (str | Unset): Profile URL.
        report_profile_url (str | Unset): URL to report this profile.
        connection_count (int | Unset): Number of connections.
        is_connection_count_obfuscated (bool | Unset): Whether the connection count is approximate (shows "500+" for
            large networks).
        is_public (bool | Unset): Whether the profile is publicly visible.
        skills (list[str] | Unset): Skills listed on the profile.
        locale (ReverseLookupResultLocale | Unset): Language and country.
        schools (ReverseLookupResultSchools | Unset): Education history.
        positions (ReverseLookupResultPositions | Unset): Work experience.
        credits_consumed (float | Unset): Credits charged for this lookup.
    """

    found: bool | Unset = UNSET
    email: str | Unset = UNSET
    linkedin_url: str | Unset = UNSET
    title: str | Unset = UNSET
    company: str | Unset = UNSET
    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    headline: str | Unset = UNSET
    summary: str | Unset = UNSET
    company_name: str | Unset = UNSET
    location: str | Unset = UNSET
    photo_url: str | Unset = UNSET
    profile_url: str | Unset = UNSET
    report_profile_url: str | Unset = UNSET
    connection_count: int | Unset = UNSET
    is_connection_count_obfuscated: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    skills: list[str] | Unset = UNSET
    locale: ReverseLookupResultLocale | Unset = UNSET
    schools: ReverseLookupResultSchools | Unset = UNSET
    positions: ReverseLookupResultPositions | Unset = UNSET
    credits_consumed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        found = self.found

        email = self.email

        linkedin_url = self.linkedin_url

        title = self.title

        company = self.company

        id = self.id

        display_name = self.display_name

        first_name = self.first_name

        last_name = self.last_name

        headline = self.headline

        summary = self.summary

        company_name = self.company_name

        location = self.location

        photo_url = self.photo_url

        profile_url = self.profile_url

        report_profile_url = self.report_profile_url

        connection_count = self.connection_count

        is_connection_count_obfuscated = self.is_connection_count_obfuscated

        is_public = self.is_public

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        locale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.to_dict()

        schools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schools, Unset):
            schools = self.schools.to_dict()

        positions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = self.positions.to_dict()

        credits_consumed = self.credits_consumed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if found is not UNSET:
            field_dict["found"] = found
        if email is not UNSET:
            field_dict["email"] = email
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if title is not UNSET:
            field_dict["title"] = title
        if company is not UNSET:
            field_dict["company"] = company
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if headline is not UNSET:
            field_dict["headline"] = headline
        if summary is not UNSET:
            field_dict["summary"] = summary
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if location is not UNSET:
            field_dict["location"] = location
        if photo_url is not UNSET:
            field_dict["photoUrl"] = photo_url
        if profile_url is not UNSET:
            field_dict["profileUrl"] = profile_url
        if report_profile_url is not UNSET:
            field_dict["reportProfileUrl"] = report_profile_url
        if connection_count is not UNSET:
            field_dict["connectionCount"] = connection_count
        if is_connection_count_obfuscated is not UNSET:
            field_dict["isConnectionCountObfuscated"] = is_connection_count_obfuscated
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if skills is not UNSET:
            field_dict["skills"] = skills
        if locale is not UNSET:
            field_dict["locale"] = locale
        if schools is not UNSET:
            field_dict["schools"] = schools
        if positions is not UNSET:
            field_dict["positions"] = positions
        if credits_consumed is not UNSET:
            field_dict["creditsConsumed"] = credits_consumed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        found = checked_bool(d.pop("found", UNSET), "found")

        email = checked_str(d.pop("email", UNSET), "email")

        linkedin_url = checked_str(d.pop("linkedinUrl", UNSET), "linkedinUrl")

        title = checked_str(d.pop("title", UNSET), "title")

        company = checked_str(d.pop("company", UNSET), "company")

        id = checked_str(d.pop("id", UNSET), "id")

        display_name = checked_str(d.pop("displayName", UNSET), "displayName")

        first_name = checked_str(d.pop("firstName", UNSET), "firstName")

        last_name = checked_str(d.pop("lastName", UNSET), "lastName")

        headline = checked_str(d.pop("headline", UNSET), "headline")

        summary = checked_str(d.pop("summary", UNSET), "summary")

        company_name = checked_str(d.pop("companyName", UNSET), "companyName")

        location = checked_str(d.pop("location", UNSET), "location")

        photo_url = checked_str(d.pop("photoUrl", UNSET), "photoUrl")

        profile_url = checked_str(d.pop("profileUrl", UNSET), "profileUrl")

        report_profile_url = checked_str(
            d.pop("reportProfileUrl", UNSET), "reportProfileUrl"
        )

        connection_count = checked_int(
            d.pop("connectionCount", UNSET), "connectionCount"
        )

        is_connection_count_obfuscated = checked_bool(
            d.pop("isConnectionCountObfuscated", UNSET), "isConnectionCountObfuscated"
        )

        is_public = checked_bool(d.pop("isPublic", UNSET), "isPublic")

        skills = cast(list[str], d.pop("skills", UNSET))

        _locale = d.pop("locale", UNSET)
        locale: ReverseLookupResultLocale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = ReverseLookupResultLocale.from_dict(_locale)

        _schools = d.pop("schools", UNSET)
        schools: ReverseLookupResultSchools | Unset
        if isinstance(_schools, Unset):
            schools = UNSET
        else:
            schools = ReverseLookupResultSchools.from_dict(_schools)

        _positions = d.pop("positions", UNSET)
        positions: ReverseLookupResultPositions | Unset
        if isinstance(_positions, Unset):
            positions = UNSET
        else:
            positions = ReverseLookupResultPositions.from_dict(_positions)

        credits_consumed = checked_float(
            d.pop("creditsConsumed", UNSET), "creditsConsumed"
        )

        reverse_lookup_result = cls(
            found,
            email,
            linkedin_url,
            title,
            company,
            id,
            display_name,
            first_name,
            last_name,
            headline,
            summary,
            company_name,
            location,
            photo_url,
            profile_url,
            report_profile_url,
            connection_count,
            is_connection_count_obfuscated,
            is_public,
            skills,
            locale,
            schools,
            positions,
            credits_consumed,
        )

        reverse_lookup_result.additional_properties = d
        return reverse_lookup_result

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


from ..models.reverse_lookup_result_locale import ReverseLookupResultLocale
from ..models.reverse_lookup_result_positions import ReverseLookupResultPositions
from ..models.reverse_lookup_result_schools import ReverseLookupResultSchools
