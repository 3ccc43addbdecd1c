from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_float

T = TypeVar("T", bound="WaterfallIcpSearchResultRankingFactors")


@_attrs_define
class WaterfallIcpSearchResultRankingFactors:
    """Raw points awarded per scoring dimension.

    Attributes:
        title_match (float | Unset): Title matching (max 30): 30 exact, 25 partial, 20 headline, 10 function match.
        job_level (float | Unset): Job level matching (max 20): 20 exact, 10 adjacent, 5 two levels away.
        skills_overlap (float | Unset): Skills overlap (max 15) = matched / requested x 15.
        location_match (float | Unset): Location matching (max 15): 15 country or WORLD, 7 continent.
        current_job (float | Unset): Current job status (max 10).
        profile_completeness (float | Unset): Profile completeness (max 5): 1 each for linkedin_url, email_domain,
            skills, education, headline.
        experience (float | Unset): Job tenure (max 5): 5 over 5 years, 4 over 3, 3 over 2, 2 over 1, 1 otherwise.
        priority_bonus (float | Unset): The cascade level's priority bonus (0-30).
    """

    title_match: float | Unset = UNSET
    job_level: float | Unset = UNSET
    skills_overlap: float | Unset = UNSET
    location_match: float | Unset = UNSET
    current_job: float | Unset = UNSET
    profile_completeness: float | Unset = UNSET
    experience: float | Unset = UNSET
    priority_bonus: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title_match = self.title_match

        job_level = self.job_level

        skills_overlap = self.skills_overlap

        location_match = self.location_match

        current_job = self.current_job

        profile_completeness = self.profile_completeness

        experience = self.experience

        priority_bonus = self.priority_bonus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title_match is not UNSET:
            field_dict["title_match"] = title_match
        if job_level is not UNSET:
            field_dict["job_level"] = job_level
        if skills_overlap is not UNSET:
            field_dict["skills_overlap"] = skills_overlap
        if location_match is not UNSET:
            field_dict["location_match"] = location_match
        if current_job is not UNSET:
            field_dict["current_job"] = current_job
        if profile_completeness is not UNSET:
            field_dict["profile_completeness"] = profile_completeness
        if experience is not UNSET:
            field_dict["experience"] = experience
        if priority_bonus is not UNSET:
            field_dict["priority_bonus"] = priority_bonus

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title_match = checked_float(d.pop("title_match", UNSET), "title_match")

        job_level = checked_float(d.pop("job_level", UNSET), "job_level")

        skills_overlap = checked_float(d.pop("skills_overlap", UNSET), "skills_overlap")

        location_match = checked_float(d.pop("location_match", UNSET), "location_match")

        current_job = checked_float(d.pop("current_job", UNSET), "current_job")

        profile_completeness = checked_float(
            d.pop("profile_completeness", UNSET), "profile_completeness"
        )

        experience = checked_float(d.pop("experience", UNSET), "experience")

        priority_bonus = checked_float(d.pop("priority_bonus", UNSET), "priority_bonus")

        waterfall_icp_search_result_ranking_factors = cls(
            title_match,
            job_level,
            skills_overlap,
            location_match,
            current_job,
            profile_completeness,
            experience,
            priority_bonus,
        )

        waterfall_icp_search_result_ranking_factors.additional_properties = d
        return waterfall_icp_search_result_ranking_factors

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
