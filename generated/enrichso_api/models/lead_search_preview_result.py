from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_str

T = TypeVar("T", bound="LeadSearchPreviewResult")


@_attrs_define
class LeadSearchPreviewResult:
    """A preview row of a lead search (last name masked, no contact details).

    Attributes:
        id (str): Encrypted lead identifier (`enc_...`); use it with reveal, enrich, unlock-names and export.
        first_name (None | str | Unset): First name.
        last_name (None | str | Unset): Last name (masked until unlocked).
        logo_url (None | str | Unset): Company logo URL.
        email_domain (None | str | Unset): Email domain.
        linkedin_url (None | str | Unset): LinkedIn profile URL.
        linkedin_headline (None | str | Unset): LinkedIn headline.
        job_title (None | str | Unset): Job title.
        job_function (None | str | Unset): Job function/department.
        job_level (None | str | Unset): Job level/seniority.
        company_name (None | str | Unset): Company name.
        skills (None | str | Unset): Skills (one comma-separated string).
        city (None | str | Unset): Person city.
        state_name (None | str | Unset): State/province.
        country_name (None | str | Unset): Country.
        domain (None | str | Unset): Company domain.
        org_linkedin_url (None | str | Unset): Organization LinkedIn URL.
        employee_count (int | None | Unset): Employee count.
        industry_sic_description (None | str | Unset): SIC industry.
        industry_naics_description (None | str | Unset): NAICS industry.
        revenue (None | str | Unset): Revenue range.
        specialties (None | str | Unset): Company specialties.
        founded_on (None | str | Unset): Founded date (a year string in the example).
        headquarters_city (None | str | Unset): HQ city.
        headquarters_state (None | str | Unset): HQ state.
        headquarters_country (None | str | Unset): HQ country.
        employee_on_linkedin_growth_rate_org (float | None | Unset): Employee on LinkedIn growth rate.
        total_monthly_traffic_org (float | None | Unset): Total monthly website traffic.
        total_funding_amount_org (float | None | Unset): Total funding amount.
        last_funding_type_org (None | str | Unset): Last funding type.
        last_funding_date_org (None | str | Unset): Last funding date.
        linkedin_connections_count (float | None | Unset): LinkedIn connections count.
        logo_url_org (None | str | Unset): Organization logo URL.
        company_headline (None | str | Unset): Company headline.
    """

    id: str
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    email_domain: None | str | Unset = UNSET
    linkedin_url: None | str | Unset = UNSET
    linkedin_headline: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    job_function: None | str | Unset = UNSET
    job_level: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    skills: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state_name: None | str | Unset = UNSET
    country_name: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    org_linkedin_url: None | str | Unset = UNSET
    employee_count: int | None | Unset = UNSET
    industry_sic_description: None | str | Unset = UNSET
    industry_naics_description: None | str | Unset = UNSET
    revenue: None | str | Unset = UNSET
    specialties: None | str | Unset = UNSET
    founded_on: None | str | Unset = UNSET
    headquarters_city: None | str | Unset = UNSET
    headquarters_state: None | str | Unset = UNSET
    headquarters_country: None | str | Unset = UNSET
    employee_on_linkedin_growth_rate_org: float | None | Unset = UNSET
    total_monthly_traffic_org: float | None | Unset = UNSET
    total_funding_amount_org: float | None | Unset = UNSET
    last_funding_type_org: None | str | Unset = UNSET
    last_funding_date_org: None | str | Unset = UNSET
    linkedin_connections_count: float | None | Unset = UNSET
    logo_url_org: None | str | Unset = UNSET
    company_headline: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        email_domain: None | str | Unset
        if isinstance(self.email_domain, Unset):
            email_domain = UNSET
        else:
            email_domain = self.email_domain

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        linkedin_headline: None | str | Unset
        if isinstance(self.linkedin_headline, Unset):
            linkedin_headline = UNSET
        else:
            linkedin_headline = self.linkedin_headline

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        job_function: None | str | Unset
        if isinstance(self.job_function, Unset):
            job_function = UNSET
        else:
            job_function = self.job_function

        job_level: None | str | Unset
        if isinstance(self.job_level, Unset):
            job_level = UNSET
        else:
            job_level = self.job_level

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        skills: None | str | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        else:
            skills = self.skills

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state_name: None | str | Unset
        if isinstance(self.state_name, Unset):
            state_name = UNSET
        else:
            state_name = self.state_name

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        org_linkedin_url: None | str | Unset
        if isinstance(self.org_linkedin_url, Unset):
            org_linkedin_url = UNSET
        else:
            org_linkedin_url = self.org_linkedin_url

        employee_count: int | None | Unset
        if isinstance(self.employee_count, Unset):
            employee_count = UNSET
        else:
            employee_count = self.employee_count

        industry_sic_description: None | str | Unset
        if isinstance(self.industry_sic_description, Unset):
            industry_sic_description = UNSET
        else:
            industry_sic_description = self.industry_sic_description

        industry_naics_description: None | str | Unset
        if isinstance(self.industry_naics_description, Unset):
            industry_naics_description = UNSET
        else:
            industry_naics_description = self.industry_naics_description

        revenue: None | str | Unset
        if isinstance(self.revenue, Unset):
            revenue = UNSET
        else:
            revenue = self.revenue

        specialties: None | str | Unset
        if isinstance(self.specialties, Unset):
            specialties = UNSET
        else:
            specialties = self.specialties

        founded_on: None | str | Unset
        if isinstance(self.founded_on, Unset):
            founded_on = UNSET
        else:
            founded_on = self.founded_on

        headquarters_city: None | str | Unset
        if isinstance(self.headquarters_city, Unset):
            headquarters_city = UNSET
        else:
            headquarters_city = self.headquarters_city

        headquarters_state: None | str | Unset
        if isinstance(self.headquarters_state, Unset):
            headquarters_state = UNSET
        else:
            headquarters_state = self.headquarters_state

        headquarters_country: None | str | Unset
        if isinstance(self.headquarters_country, Unset):
            headquarters_country = UNSET
        else:
            headquarters_country = self.headquarters_country

        employee_on_linkedin_growth_rate_org: float | None | Unset
        if isinstance(self.employee_on_linkedin_growth_rate_org, Unset):
            employee_on_linkedin_growth_rate_org = UNSET
        else:
            employee_on_linkedin_growth_rate_org = (
                self.employee_on_linkedin_growth_rate_org
            )

        total_monthly_traffic_org: float | None | Unset
        if isinstance(self.total_monthly_traffic_org, Unset):
            total_monthly_traffic_org = UNSET
        else:
            total_monthly_traffic_org = self.total_monthly_traffic_org

        total_funding_amount_org: float | None | Unset
        if isinstance(self.total_funding_amount_org, Unset):
            total_funding_amount_org = UNSET
        else:
            total_funding_amount_org = self.total_funding_amount_org

        last_funding_type_org: None | str | Unset
        if isinstance(self.last_funding_type_org, Unset):
            last_funding_type_org = UNSET
        else:
            last_funding_type_org = self.last_funding_type_org

        last_funding_date_org: None | str | Unset
        if isinstance(self.last_funding_date_org, Unset):
            last_funding_date_org = UNSET
        else:
            last_funding_date_org = self.last_funding_date_org

        linkedin_connections_count: float | None | Unset
        if isinstance(self.linkedin_connections_count, Unset):
            linkedin_connections_count = UNSET
        else:
            linkedin_connections_count = self.linkedin_connections_count

        logo_url_org: None | str | Unset
        if isinstance(self.logo_url_org, Unset):
            logo_url_org = UNSET
        else:
            logo_url_org = self.logo_url_org

        company_headline: None | str | Unset
        if isinstance(self.company_headline, Unset):
            company_headline = UNSET
        else:
            company_headline = self.company_headline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if email_domain is not UNSET:
            field_dict["emailDomain"] = email_domain
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if linkedin_headline is not UNSET:
            field_dict["linkedinHeadline"] = linkedin_headline
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if job_function is not UNSET:
            field_dict["jobFunction"] = job_function
        if job_level is not UNSET:
            field_dict["jobLevel"] = job_level
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if skills is not UNSET:
            field_dict["skills"] = skills
        if city is not UNSET:
            field_dict["city"] = city
        if state_name is not UNSET:
            field_dict["stateName"] = state_name
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if org_linkedin_url is not UNSET:
            field_dict["orgLinkedinUrl"] = org_linkedin_url
        if employee_count is not UNSET:
            field_dict["employeeCount"] = employee_count
        if industry_sic_description is not UNSET:
            field_dict["industrySicDescription"] = industry_sic_description
        if industry_naics_description is not UNSET:
            field_dict["industryNaicsDescription"] = industry_naics_description
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if specialties is not UNSET:
            field_dict["specialties"] = specialties
        if founded_on is not UNSET:
            field_dict["foundedOn"] = founded_on
        if headquarters_city is not UNSET:
            field_dict["headquartersCity"] = headquarters_city
        if headquarters_state is not UNSET:
            field_dict["headquartersState"] = headquarters_state
        if headquarters_country is not UNSET:
            field_dict["headquartersCountry"] = headquarters_country
        if employee_on_linkedin_growth_rate_org is not UNSET:
            field_dict["employeeOnLinkedinGrowthRateOrg"] = (
                employee_on_linkedin_growth_rate_org
            )
        if total_monthly_traffic_org is not UNSET:
            field_dict["totalMonthlyTrafficOrg"] = total_monthly_traffic_org
        if total_funding_amount_org is not UNSET:
            field_dict["totalFundingAmountOrg"] = total_funding_amount_org
        if last_funding_type_org is not UNSET:
            field_dict["lastFundingTypeOrg"] = last_funding_type_org
        if last_funding_date_org is not UNSET:
            field_dict["lastFundingDateOrg"] = last_funding_date_org
        if linkedin_connections_count is not UNSET:
            field_dict["linkedinConnectionsCount"] = linkedin_connections_count
        if logo_url_org is not UNSET:
            field_dict["logoUrlOrg"] = logo_url_org
        if company_headline is not UNSET:
            field_dict["companyHeadline"] = company_headline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = checked_str(d.pop("id"), "id")

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

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_email_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_domain = _parse_email_domain(d.pop("emailDomain", UNSET))

        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedinUrl", UNSET))

        def _parse_linkedin_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_headline = _parse_linkedin_headline(d.pop("linkedinHeadline", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))

        def _parse_job_function(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_function = _parse_job_function(d.pop("jobFunction", UNSET))

        def _parse_job_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_level = _parse_job_level(d.pop("jobLevel", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        def _parse_skills(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_name = _parse_state_name(d.pop("stateName", UNSET))

        def _parse_country_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_name = _parse_country_name(d.pop("countryName", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_org_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_linkedin_url = _parse_org_linkedin_url(d.pop("orgLinkedinUrl", UNSET))

        def _parse_employee_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employee_count = _parse_employee_count(d.pop("employeeCount", UNSET))

        def _parse_industry_sic_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry_sic_description = _parse_industry_sic_description(
            d.pop("industrySicDescription", UNSET)
        )

        def _parse_industry_naics_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry_naics_description = _parse_industry_naics_description(
            d.pop("industryNaicsDescription", UNSET)
        )

        def _parse_revenue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revenue = _parse_revenue(d.pop("revenue", UNSET))

        def _parse_specialties(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specialties = _parse_specialties(d.pop("specialties", UNSET))

        def _parse_founded_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        founded_on = _parse_founded_on(d.pop("foundedOn", UNSET))

        def _parse_headquarters_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headquarters_city = _parse_headquarters_city(d.pop("headquartersCity", UNSET))

        def _parse_headquarters_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headquarters_state = _parse_headquarters_state(
            d.pop("headquartersState", UNSET)
        )

        def _parse_headquarters_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headquarters_country = _parse_headquarters_country(
            d.pop("headquartersCountry", UNSET)
        )

        def _parse_employee_on_linkedin_growth_rate_org(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        employee_on_linkedin_growth_rate_org = (
            _parse_employee_on_linkedin_growth_rate_org(
                d.pop("employeeOnLinkedinGrowthRateOrg", UNSET)
            )
        )

        def _parse_total_monthly_traffic_org(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_monthly_traffic_org = _parse_total_monthly_traffic_org(
            d.pop("totalMonthlyTrafficOrg", UNSET)
        )

        def _parse_total_funding_amount_org(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_funding_amount_org = _parse_total_funding_amount_org(
            d.pop("totalFundingAmountOrg", UNSET)
        )

        def _parse_last_funding_type_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_funding_type_org = _parse_last_funding_type_org(
            d.pop("lastFundingTypeOrg", UNSET)
        )

        def _parse_last_funding_date_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_funding_date_org = _parse_last_funding_date_org(
            d.pop("lastFundingDateOrg", UNSET)
        )

        def _parse_linkedin_connections_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        linkedin_connections_count = _parse_linkedin_connections_count(
            d.pop("linkedinConnectionsCount", UNSET)
        )

        def _parse_logo_url_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url_org = _parse_logo_url_org(d.pop("logoUrlOrg", UNSET))

        def _parse_company_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_headline = _parse_company_headline(d.pop("companyHeadline", UNSET))

        lead_search_preview_result = cls(
            id,
            first_name,
            last_name,
            logo_url,
            email_domain,
            linkedin_url,
            linkedin_headline,
            job_title,
            job_function,
            job_level,
            company_name,
            skills,
            city,
            state_name,
            country_name,
            domain,
            org_linkedin_url,
            employee_count,
            industry_sic_description,
            industry_naics_description,
            revenue,
            specialties,
            founded_on,
            headquarters_city,
            headquarters_state,
            headquarters_country,
            employee_on_linkedin_growth_rate_org,
            total_monthly_traffic_org,
            total_funding_amount_org,
            last_funding_type_org,
            last_funding_date_org,
            linkedin_connections_count,
            logo_url_org,
            company_headline,
        )

        lead_search_preview_result.additional_properties = d
        return lead_search_preview_result

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
