from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_float, checked_int

if TYPE_CHECKING:
    from ..models.waterfall_icp_search_result_current_position import (
        WaterfallIcpSearchResultCurrentPosition,
    )
    from ..models.waterfall_icp_search_result_person import (
        WaterfallIcpSearchResultPerson,
    )
    from ..models.waterfall_icp_search_result_ranking_factors import (
        WaterfallIcpSearchResultRankingFactors,
    )


T = TypeVar("T", bound="WaterfallIcpSearchResult")


@_attrs_define
class WaterfallIcpSearchResult:
    """One ranked candidate of a waterfall ICP search.

    Attributes:
        person (WaterfallIcpSearchResultPerson): Person identifying information.
        current_position (WaterfallIcpSearchResultCurrentPosition): Current job position details.
        skills (list[str]): Parsed skills list from the candidate profile.
        education (None | str):
        certifications (None | str):
        score (float): Normalised ICP score (0-100) over the dimensions the cascade level specified.
        ranking (int): Rank position (1-based; sorted by score descending).
        cascade_level (int): The cascade level that matched this candidate (0-based).
        ranking_factors (WaterfallIcpSearchResultRankingFactors): Raw points awarded per scoring dimension.
        what_matched (list[str]): Human-readable list of the criteria this candidate matched.
    """

    person: WaterfallIcpSearchResultPerson
    current_position: WaterfallIcpSearchResultCurrentPosition
    skills: list[str]
    education: None | str
    certifications: None | str
    score: float
    ranking: int
    cascade_level: int
    ranking_factors: WaterfallIcpSearchResultRankingFactors
    what_matched: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person = self.person.to_dict()

        current_position = self.current_position.to_dict()

        skills = self.skills

        education: None | str
        education = self.education

        certifications: None | str
        certifications = self.certifications

        score = self.score

        ranking = self.ranking

        cascade_level = self.cascade_level

        ranking_factors = self.ranking_factors.to_dict()

        what_matched = self.what_matched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person": person,
                "current_position": current_position,
                "skills": skills,
                "education": education,
                "certifications": certifications,
                "score": score,
                "ranking": ranking,
                "cascade_level": cascade_level,
                "ranking_factors": ranking_factors,
                "what_matched": what_matched,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person = WaterfallIcpSearchResultPerson.from_dict(d.pop("person"))

        current_position = WaterfallIcpSearchResultCurrentPosition.from_dict(
            d.pop("current_position")
        )

        skills = cast(list[str], d.pop("skills"))

        def _parse_education(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        education = _parse_education(d.pop("education"))

        def _parse_certifications(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certifications = _parse_certifications(d.pop("certifications"))

        score = checked_float(d.pop("score"), "score")

        ranking = checked_int(d.pop("ranking"), "ranking")

        cascade_level = checked_int(d.pop("cascade_level"), "cascade_level")

        ranking_factors = WaterfallIcpSearchResultRankingFactors.from_dict(
            d.pop("ranking_factors")
        )

        what_matched = cast(list[str], d.pop("what_matched"))

        waterfall_icp_search_result = cls(
            person,
            current_position,
            skills,
            education,
            certifications,
            score,
            ranking,
            cascade_level,
            ranking_factors,
            what_matched,
        )

        waterfall_icp_search_result.additional_properties = d
        return waterfall_icp_search_result

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


from ..models.waterfall_icp_search_result_current_position import (
    WaterfallIcpSearchResultCurrentPosition,
)
from ..models.waterfall_icp_search_result_person import WaterfallIcpSearchResultPerson
from ..models.waterfall_icp_search_result_ranking_factors import (
    WaterfallIcpSearchResultRankingFactors,
)
