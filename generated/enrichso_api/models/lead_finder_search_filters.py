from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.lead_finder_search_filters_company_name_mode import (
    LeadFinderSearchFiltersCompanyNameMode,
)
from ..types import UNSET, Unset, checked_bool, checked_float, checked_int, checked_str

_LeadFinderSearchFiltersCompanyNameMode_BY_VALUE = cast(
    "dict[Any, LeadFinderSearchFiltersCompanyNameMode]",
    LeadFinderSearchFiltersCompanyNameMode._value2member_map_,
)


T = TypeVar("T", bound="LeadFinderSearchFilters")


@_attrs_define
class LeadFinderSearchFilters:
    """Search filters of the unified lead finder (138 optional fields across person, organization
    and insights dimensions; unknown fields are rejected). Multi-select filters take one string
    or an array of strings; numeric `...Count...`, traffic, funding and rating filters are
    minimums unless named `...Max`. Values within one filter are OR-ed, different filters are
    AND-ed. `personHeadline`, `companyHeadline` and `aboutUs` match by keyword (contains);
    `jobTitle`, `skills` and `companyName` match exactly (`companyNameMode: contains` for partial
    company names). Take multi-select values from getFilterOptions and use them verbatim.
    OBSERVED (docs/api-notes.md Appendix A, third-party live probe, not documented): the value
    vocabularies listed in the field descriptions. They are deliberately NOT enums: the
    documentation's own examples use other values (`C-Suite`), and the server may change them.

        Attributes:
            first_name (str | Unset): First name (exact match).
            last_name (str | Unset): Last name (exact match).
            middle_name (str | Unset): Middle name (exact match).
            city (str | Unset): Person city (exact match).
            state_name (list[str] | str | Unset): State/province name (multi-select). Observed live (docs/api-notes.md
                Appendix A, third-party): 97 values.
            state_code (list[str] | str | Unset): State/province code (multi-select).
            country_name (list[str] | str | Unset): Country name (multi-select). Observed live (docs/api-notes.md Appendix
                A, third-party): 249 values.
            country_code (list[str] | str | Unset): Country code (multi-select). Observed live (docs/api-notes.md Appendix
                A, third-party): 249 values.
            continent (list[str] | str | Unset): Continent (multi-select). Observed live values (docs/api-notes.md Appendix
                A, third-party, not documented): Africa; Antarctica; Asia; Europe; North America; Oceania; South America.
            country_region (list[str] | str | Unset): Country region/area (multi-select). Observed live values (docs/api-
                notes.md Appendix A, third-party, not documented): APAC; EMEA; LATAM; NORAM.
            linkedin_url (str | Unset): LinkedIn profile URL (exact match).
            linkedin_headline (str | Unset): LinkedIn headline (exact match).
            person_headline (list[str] | str | Unset): Person LinkedIn headline (keyword/contains match, multi-select).
            company_headline (list[str] | str | Unset): Company headline (keyword/contains match, multi-select).
            linkedin_industry (list[str] | str | Unset): LinkedIn industry (multi-select). Observed live (docs/api-notes.md
                Appendix A, third-party): about 454 values.
            logo_url (str | Unset): Person logo URL (exact match).
            email_domain (str | Unset): Email domain (exact match).
            email_address (str | Unset): Email address (exact match).
            job_title (list[str] | str | Unset): Job title (multi-select, exact match).
            job_function (list[str] | str | Unset): Job function (multi-select). E.g. ['Engineering', 'Marketing']. Observed
                live values (docs/api-notes.md Appendix A, third-party, not documented): Advertising & Marketing; Art, Culture
                and Creative Professionals; Construction; Customer/Client Service; Education; Engineering; Finance & Accounting;
                General Business & Management; Healthcare & Human Services; Human Resources; Information Technology; Legal;
                Manufacturing & Production; Operations; Other; Public Administration & Safety; Purchasing; Research &
                Development; Sales & Business Development; Science; Supply Chain & Logistics; Writing/Editing. An unknown value
                was answered 200 with count 0 live.
            job_level (list[str] | str | Unset): Job level/seniority (multi-select). E.g. ['C-Suite', 'VP', 'Director'].
                Observed live values (docs/api-notes.md Appendix A, third-party, not documented): C-Team; VP; Director; Manager;
                Staff; Other. DISCREPANCY (docs/api-notes.md 9.11): the documentation's examples say `C-Suite`; live filter-
                options returns `C-Team`. A wrong-case value was answered 400 live. Read the values from getFilterOptions.
            job_description (str | Unset): Job description (exact match).
            job_location_city (str | Unset): Job location city (exact match).
            job_location_state (str | Unset): Job location state (exact match).
            job_location_country (list[str] | str | Unset): Job location country (multi-select).
            job_is_current (bool | Unset): Whether job is current position.
            job_start_date (str | Unset): Job start date (exact match).
            job_count (int | Unset): Min number of jobs in profile.
            company_name (list[str] | str | Unset): Company name from person record (multi-select, exact match via suggest).
                Use `companyNameMode: contains` for partial matches.
            company_name_mode (LeadFinderSearchFiltersCompanyNameMode | Unset): Company name match mode: exact (IN) or
                contains (ILIKE).
            persona (str | Unset): Persona type (exact match).
            languages (list[str] | str | Unset): Languages (multi-select, matches within compound values).
            skills (list[str] | str | Unset): Skills (multi-select, exact match).
            certifications (str | Unset): Certifications (exact match).
            patents (str | Unset): Patents (exact match).
            publications (str | Unset): Publications (exact match).
            websites (str | Unset): Websites (exact match).
            education (str | Unset): Education (exact match).
            phone (str | Unset): Phone number (exact match).
            cellphone (str | Unset): Cellphone number (exact match).
            org_name (str | Unset): Organization name (exact match).
            domain (list[str] | str | Unset): Company domain (multi-select, max 5000).
            about_us (list[str] | str | Unset): Company overview/about us (keyword/contains match, multi-select).
            company_entity_type (list[str] | str | Unset): Company entity type (multi-select). Observed live values
                (docs/api-notes.md Appendix A, third-party, not documented): Educational; Educational Institution; Government
                Agency; Nonprofit; Partnership; Privately Held; Public Company; Self-Employed; Self-Owned; Sole Proprietorship.
            company_legal_type (list[str] | str | Unset): Company legal type (multi-select).
            employee_count (int | Unset): Min employee count.
            employee_count_max (int | Unset): Max employee count upper bound.
            employee_count_min (int | Unset): Min employee count lower bound.
            founded_on (float | Unset): Founded year (exact match, e.g. 2020).
            headquarters_city (str | Unset): Headquarters city (exact match).
            headquarters_state (str | Unset): Headquarters state (exact match).
            headquarters_country (list[str] | str | Unset): Headquarters country (multi-select). Observed live (docs/api-
                notes.md Appendix A, third-party): 284 values.
            industry_sic_code (list[str] | str | Unset): SIC industry code (multi-select). Observed live (docs/api-notes.md
                Appendix A, third-party): about 1,010 values.
            industry_sic_description (list[str] | str | Unset): SIC industry description (multi-select).
            industry_naics_code (list[str] | str | Unset): NAICS industry code (multi-select).
            industry_naics_description (list[str] | str | Unset): NAICS industry description (multi-select). Observed live
                (docs/api-notes.md Appendix A, third-party): about 1,222 values.
            org_linkedin_url (str | Unset): Organization LinkedIn URL (exact match).
            location_city (str | Unset): Organization location city (exact match).
            location_state (str | Unset): Organization location state (exact match).
            location_country (list[str] | str | Unset): Organization location country (multi-select).
            revenue_max (float | Unset): Max revenue upper bound.
            revenue_min (float | Unset): Min revenue lower bound.
            revenue_buckets (list[str] | str | Unset): Revenue range buckets (multi-select, e.g. ["<$1M", "$1M to <$10M"]).
                Observed live values (docs/api-notes.md Appendix A, third-party, not documented): <$1M; $1M to <$10M; $10M to
                <$50M; $50M to <$100M; $100M to <$1B; $1B+.
            specialties (str | Unset): Company specialties (exact match).
            crm_tech_org (list[str] | str | Unset): CRM technology (multi-select). Observed live values (docs/api-notes.md
                Appendix A, third-party, not documented): Hubspot; Microsoft Dynamics; Pipedrive CRM; Salesforce CRM; SugarCRM;
                Zoho.
            marketing_automation_tech_org (list[str] | str | Unset): Marketing automation technology (multi-select).
                Observed live values (docs/api-notes.md Appendix A, third-party, not documented): Hubspot; Klaviyo; Mailchimp;
                Marketo; Pardot; Salesforce Marketing Cloud.
            abm_tech_org (list[str] | str | Unset): ABM technology (multi-select).
            sales_automation_tech_org (list[str] | str | Unset): Sales automation technology (multi-select). Observed live
                values (docs/api-notes.md Appendix A, third-party, not documented): Apollo; Outreach; Salesloft; Yesware.
            analytics_tech_org (list[str] | str | Unset): Analytics technology (multi-select). Observed live values
                (docs/api-notes.md Appendix A, third-party, not documented): Looker; Power BI; Qlik; Segment; Tableau.
            cms_tech_org (list[str] | str | Unset): CMS technology (multi-select). Observed live values (docs/api-notes.md
                Appendix A, third-party, not documented): Adobe CQ; Adobe Experience Manager; Contentful; Drupal; Episerver;
                Hubspot; Optimizely; Prismic; Sanity; Sitecore; Squarespace; Strapi; Wix; Wordpress.
            martech_categories_org (list[str] | str | Unset): Martech categories (multi-select, exact match). Observed live
                (docs/api-notes.md Appendix A, third-party): filter-options returned an empty list for it live (a server bug).
            conversation_intelligence_tech_org (list[str] | str | Unset): Conversation intelligence technology (multi-
                select).
            cloud_provider_tech_org (list[str] | str | Unset): Cloud provider technology (multi-select). Observed live
                values (docs/api-notes.md Appendix A, third-party, not documented): AWS; Alibaba; Google Cloud; IBM Cloud;
                Microsoft Azure; Oracle Cloud.
            email_hosting_tech_org (list[str] | str | Unset): Email hosting technology (multi-select). Observed live values
                (docs/api-notes.md Appendix A, third-party, not documented): Google; Microsoft.
            email_security_tech_org (list[str] | str | Unset): Email security technology (multi-select).
            application_security_tech_org (list[str] | str | Unset): Application security technology (multi-select).
            cloud_security_tech_org (list[str] | str | Unset): Cloud security technology (multi-select).
            development_tech_org (list[str] | str | Unset): Development technology (multi-select).
            e_commerce_platform_tech_org (list[str] | str | Unset): E-commerce platform technology (multi-select). Observed
                live values (docs/api-notes.md Appendix A, third-party, not documented): BigCommerce; Oracle Commerce;
                Salesforce Commerce Cloud; Shopify; WooCommerce.
            erp_tech_org (list[str] | str | Unset): ERP technology (multi-select).
            has_mobile_app_org (bool | Unset): Has mobile app.
            has_web_app_org (bool | Unset): Has web app.
            has_ciso_org (bool | Unset): Has CISO.
            has_cio_org (bool | Unset): Has CIO.
            location_count_org (int | Unset): Min location count.
            is_linkedin_url_claimed_org (bool | Unset): LinkedIn URL is claimed.
            marketing_role_count_org (int | Unset): Min marketing role count.
            sales_role_count_org (int | Unset): Min sales role count.
            operations_role_count_org (int | Unset): Min operations role count.
            business_development_role_count_org (int | Unset): Min business development role count.
            customer_success_role_count_org (int | Unset): Min customer success role count.
            it_role_count_org (int | Unset): Min IT role count.
            grc_role_count_org (int | Unset): Min GRC role count.
            security_role_count_org (int | Unset): Min security role count.
            devops_role_count_org (int | Unset): Min DevOps role count.
            network_infrastructure_role_count_org (int | Unset): Min network infrastructure role count.
            mobile_dev_role_count_org (int | Unset): Min mobile dev role count.
            ios_dev_role_count_org (int | Unset): Min iOS dev role count.
            android_dev_role_count_org (int | Unset): Min Android dev role count.
            engineer_role_count_org (int | Unset): Min engineer role count.
            qa_role_count_org (int | Unset): Min QA role count.
            marketing_open_roles_count_org (int | Unset): Min marketing open roles count.
            operations_open_roles_count_org (int | Unset): Min operations open roles count.
            sales_open_roles_count_org (int | Unset): Min sales open roles count.
            account_executive_open_roles_count_org (int | Unset): Min account executive open roles count.
            customer_success_open_roles_count_org (int | Unset): Min customer success open roles count.
            demand_generation_open_roles_count_org (int | Unset): Min demand generation open roles count.
            business_development_open_roles_count_org (int | Unset): Min business development open roles count.
            it_open_roles_count_org (int | Unset): Min IT open roles count.
            security_open_roles_count_org (int | Unset): Min security open roles count.
            grc_open_roles_count_org (int | Unset): Min GRC open roles count.
            devops_open_roles_count_org (int | Unset): Min DevOps open roles count.
            network_infrastructure_open_roles_count_org (int | Unset): Min network infrastructure open roles count.
            monthly_organic_traffic_org (float | Unset): Min monthly organic traffic.
            monthly_paid_traffic_org (float | Unset): Min monthly paid traffic.
            total_monthly_traffic_org (float | Unset): Min total monthly traffic.
            monthly_google_adspend_org (float | Unset): Min monthly Google ad spend.
            employee_on_linkedin_growth_rate_org (float | Unset): Min employee on LinkedIn growth rate.
            is_website_for_sale_org (bool | Unset): Website is for sale.
            top_appleappstore_url_org (str | Unset): Top Apple App Store URL (exact match).
            top_appstore_rating_org (float | Unset): Min App Store rating.
            top_appstore_review_count_org (int | Unset): Min App Store review count.
            last_appstore_update_org (str | Unset): Last App Store update date (exact match).
            appstore_update_count_org (int | Unset): Min App Store update count.
            appstore_app_category_org (str | Unset): App Store app category (exact match).
            top_playstore_url_org (str | Unset): Top Play Store URL (exact match).
            top_playstore_rating_org (float | Unset): Min Play Store rating.
            top_playstore_review_count_org (int | Unset): Min Play Store review count.
            last_playstore_update_org (str | Unset): Last Play Store update date (exact match).
            playstore_download_count_org (int | Unset): Min Play Store download count.
            playstore_app_category_org (str | Unset): Play Store app category (exact match).
            total_reviews_org (int | Unset): Min total reviews count.
            last_funding_date_org (str | Unset): Last funding date (exact match).
            last_funding_amount_org (float | Unset): Min last funding amount.
            lead_investors_org (str | Unset): Lead investors (exact match).
            last_funding_type_org (list[str] | str | Unset): Last funding type (multi-select). E.g. ['Series A', 'Series
                B']. Observed live values (docs/api-notes.md Appendix A, third-party, not documented): Angel Round; Convertible
                Note; Corporate Round; Debt Financing; Equity Crowdfunding; Funding Round; Grant; Initial Coin Offering; Non
                Equity Assistance; Post-IPO Debt; Post-IPO Equity; Post-IPO Secondary; Pre Seed Round; Private Equity Round;
                Product Crowdfunding; Secondary Market; Seed Round; Series A; Series B; Series C; Series D; Series E; Series F;
                Series G; Series H; Series I; Series J; Venture Round.
            funding_round_number_of_investors_org (int | Unset): Min funding round number of investors.
            total_funding_amount_org (float | Unset): Min total funding amount.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    city: str | Unset = UNSET
    state_name: list[str] | str | Unset = UNSET
    state_code: list[str] | str | Unset = UNSET
    country_name: list[str] | str | Unset = UNSET
    country_code: list[str] | str | Unset = UNSET
    continent: list[str] | str | Unset = UNSET
    country_region: list[str] | str | Unset = UNSET
    linkedin_url: str | Unset = UNSET
    linkedin_headline: str | Unset = UNSET
    person_headline: list[str] | str | Unset = UNSET
    company_headline: list[str] | str | Unset = UNSET
    linkedin_industry: list[str] | str | Unset = UNSET
    logo_url: str | Unset = UNSET
    email_domain: str | Unset = UNSET
    email_address: str | Unset = UNSET
    job_title: list[str] | str | Unset = UNSET
    job_function: list[str] | str | Unset = UNSET
    job_level: list[str] | str | Unset = UNSET
    job_description: str | Unset = UNSET
    job_location_city: str | Unset = UNSET
    job_location_state: str | Unset = UNSET
    job_location_country: list[str] | str | Unset = UNSET
    job_is_current: bool | Unset = UNSET
    job_start_date: str | Unset = UNSET
    job_count: int | Unset = UNSET
    company_name: list[str] | str | Unset = UNSET
    company_name_mode: LeadFinderSearchFiltersCompanyNameMode | Unset = UNSET
    persona: str | Unset = UNSET
    languages: list[str] | str | Unset = UNSET
    skills: list[str] | str | Unset = UNSET
    certifications: str | Unset = UNSET
    patents: str | Unset = UNSET
    publications: str | Unset = UNSET
    websites: str | Unset = UNSET
    education: str | Unset = UNSET
    phone: str | Unset = UNSET
    cellphone: str | Unset = UNSET
    org_name: str | Unset = UNSET
    domain: list[str] | str | Unset = UNSET
    about_us: list[str] | str | Unset = UNSET
    company_entity_type: list[str] | str | Unset = UNSET
    company_legal_type: list[str] | str | Unset = UNSET
    employee_count: int | Unset = UNSET
    employee_count_max: int | Unset = UNSET
    employee_count_min: int | Unset = UNSET
    founded_on: float | Unset = UNSET
    headquarters_city: str | Unset = UNSET
    headquarters_state: str | Unset = UNSET
    headquarters_country: list[str] | str | Unset = UNSET
    industry_sic_code: list[str] | str | Unset = UNSET
    industry_sic_description: list[str] | str | Unset = UNSET
    industry_naics_code: list[str] | str | Unset = UNSET
    industry_naics_description: list[str] | str | Unset = UNSET
    org_linkedin_url: str | Unset = UNSET
    location_city: str | Unset = UNSET
    location_state: str | Unset = UNSET
    location_country: list[str] | str | Unset = UNSET
    revenue_max: float | Unset = UNSET
    revenue_min: float | Unset = UNSET
    revenue_buckets: list[str] | str | Unset = UNSET
    specialties: str | Unset = UNSET
    crm_tech_org: list[str] | str | Unset = UNSET
    marketing_automation_tech_org: list[str] | str | Unset = UNSET
    abm_tech_org: list[str] | str | Unset = UNSET
    sales_automation_tech_org: list[str] | str | Unset = UNSET
    analytics_tech_org: list[str] | str | Unset = UNSET
    cms_tech_org: list[str] | str | Unset = UNSET
    martech_categories_org: list[str] | str | Unset = UNSET
    conversation_intelligence_tech_org: list[str] | str | Unset = UNSET
    cloud_provider_tech_org: list[str] | str | Unset = UNSET
    email_hosting_tech_org: list[str] | str | Unset = UNSET
    email_security_tech_org: list[str] | str | Unset = UNSET
    application_security_tech_org: list[str] | str | Unset = UNSET
    cloud_security_tech_org: list[str] | str | Unset = UNSET
    development_tech_org: list[str] | str | Unset = UNSET
    e_commerce_platform_tech_org: list[str] | str | Unset = UNSET
    erp_tech_org: list[str] | str | Unset = UNSET
    has_mobile_app_org: bool | Unset = UNSET
    has_web_app_org: bool | Unset = UNSET
    has_ciso_org: bool | Unset = UNSET
    has_cio_org: bool | Unset = UNSET
    location_count_org: int | Unset = UNSET
    is_linkedin_url_claimed_org: bool | Unset = UNSET
    marketing_role_count_org: int | Unset = UNSET
    sales_role_count_org: int | Unset = UNSET
    operations_role_count_org: int | Unset = UNSET
    business_development_role_count_org: int | Unset = UNSET
    customer_success_role_count_org: int | Unset = UNSET
    it_role_count_org: int | Unset = UNSET
    grc_role_count_org: int | Unset = UNSET
    security_role_count_org: int | Unset = UNSET
    devops_role_count_org: int | Unset = UNSET
    network_infrastructure_role_count_org: int | Unset = UNSET
    mobile_dev_role_count_org: int | Unset = UNSET
    ios_dev_role_count_org: int | Unset = UNSET
    android_dev_role_count_org: int | Unset = UNSET
    engineer_role_count_org: int | Unset = UNSET
    qa_role_count_org: int | Unset = UNSET
    marketing_open_roles_count_org: int | Unset = UNSET
    operations_open_roles_count_org: int | Unset = UNSET
    sales_open_roles_count_org: int | Unset = UNSET
    account_executive_open_roles_count_org: int | Unset = UNSET
    customer_success_open_roles_count_org: int | Unset = UNSET
    demand_generation_open_roles_count_org: int | Unset = UNSET
    business_development_open_roles_count_org: int | Unset = UNSET
    it_open_roles_count_org: int | Unset = UNSET
    security_open_roles_count_org: int | Unset = UNSET
    grc_open_roles_count_org: int | Unset = UNSET
    devops_open_roles_count_org: int | Unset = UNSET
    network_infrastructure_open_roles_count_org: int | Unset = UNSET
    monthly_organic_traffic_org: float | Unset = UNSET
    monthly_paid_traffic_org: float | Unset = UNSET
    total_monthly_traffic_org: float | Unset = UNSET
    monthly_google_adspend_org: float | Unset = UNSET
    employee_on_linkedin_growth_rate_org: float | Unset = UNSET
    is_website_for_sale_org: bool | Unset = UNSET
    top_appleappstore_url_org: str | Unset = UNSET
    top_appstore_rating_org: float | Unset = UNSET
    top_appstore_review_count_org: int | Unset = UNSET
    last_appstore_update_org: str | Unset = UNSET
    appstore_update_count_org: int | Unset = UNSET
    appstore_app_category_org: str | Unset = UNSET
    top_playstore_url_org: str | Unset = UNSET
    top_playstore_rating_org: float | Unset = UNSET
    top_playstore_review_count_org: int | Unset = UNSET
    last_playstore_update_org: str | Unset = UNSET
    playstore_download_count_org: int | Unset = UNSET
    playstore_app_category_org: str | Unset = UNSET
    total_reviews_org: int | Unset = UNSET
    last_funding_date_org: str | Unset = UNSET
    last_funding_amount_org: float | Unset = UNSET
    lead_investors_org: str | Unset = UNSET
    last_funding_type_org: list[str] | str | Unset = UNSET
    funding_round_number_of_investors_org: int | Unset = UNSET
    total_funding_amount_org: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        city = self.city

        state_name: list[str] | str | Unset
        if isinstance(self.state_name, Unset):
            state_name = UNSET
        elif isinstance(self.state_name, list):
            state_name = self.state_name

        else:
            state_name = self.state_name

        state_code: list[str] | str | Unset
        if isinstance(self.state_code, Unset):
            state_code = UNSET
        elif isinstance(self.state_code, list):
            state_code = self.state_code

        else:
            state_code = self.state_code

        country_name: list[str] | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        elif isinstance(self.country_name, list):
            country_name = self.country_name

        else:
            country_name = self.country_name

        country_code: list[str] | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        elif isinstance(self.country_code, list):
            country_code = self.country_code

        else:
            country_code = self.country_code

        continent: list[str] | str | Unset
        if isinstance(self.continent, Unset):
            continent = UNSET
        elif isinstance(self.continent, list):
            continent = self.continent

        else:
            continent = self.continent

        country_region: list[str] | str | Unset
        if isinstance(self.country_region, Unset):
            country_region = UNSET
        elif isinstance(self.country_region, list):
            country_region = self.country_region

        else:
            country_region = self.country_region

        linkedin_url = self.linkedin_url

        linkedin_headline = self.linkedin_headline

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

        linkedin_industry: list[str] | str | Unset
        if isinstance(self.linkedin_industry, Unset):
            linkedin_industry = UNSET
        elif isinstance(self.linkedin_industry, list):
            linkedin_industry = self.linkedin_industry

        else:
            linkedin_industry = self.linkedin_industry

        logo_url = self.logo_url

        email_domain = self.email_domain

        email_address = self.email_address

        job_title: list[str] | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        elif isinstance(self.job_title, list):
            job_title = self.job_title

        else:
            job_title = self.job_title

        job_function: list[str] | str | Unset
        if isinstance(self.job_function, Unset):
            job_function = UNSET
        elif isinstance(self.job_function, list):
            job_function = self.job_function

        else:
            job_function = self.job_function

        job_level: list[str] | str | Unset
        if isinstance(self.job_level, Unset):
            job_level = UNSET
        elif isinstance(self.job_level, list):
            job_level = self.job_level

        else:
            job_level = self.job_level

        job_description = self.job_description

        job_location_city = self.job_location_city

        job_location_state = self.job_location_state

        job_location_country: list[str] | str | Unset
        if isinstance(self.job_location_country, Unset):
            job_location_country = UNSET
        elif isinstance(self.job_location_country, list):
            job_location_country = self.job_location_country

        else:
            job_location_country = self.job_location_country

        job_is_current = self.job_is_current

        job_start_date = self.job_start_date

        job_count = self.job_count

        company_name: list[str] | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        elif isinstance(self.company_name, list):
            company_name = self.company_name

        else:
            company_name = self.company_name

        company_name_mode: str | Unset = UNSET
        if not isinstance(self.company_name_mode, Unset):
            company_name_mode = self.company_name_mode.value

        persona = self.persona

        languages: list[str] | str | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = self.languages

        else:
            languages = self.languages

        skills: list[str] | str | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills

        else:
            skills = self.skills

        certifications = self.certifications

        patents = self.patents

        publications = self.publications

        websites = self.websites

        education = self.education

        phone = self.phone

        cellphone = self.cellphone

        org_name = self.org_name

        domain: list[str] | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        elif isinstance(self.domain, list):
            domain = self.domain

        else:
            domain = self.domain

        about_us: list[str] | str | Unset
        if isinstance(self.about_us, Unset):
            about_us = UNSET
        elif isinstance(self.about_us, list):
            about_us = self.about_us

        else:
            about_us = self.about_us

        company_entity_type: list[str] | str | Unset
        if isinstance(self.company_entity_type, Unset):
            company_entity_type = UNSET
        elif isinstance(self.company_entity_type, list):
            company_entity_type = self.company_entity_type

        else:
            company_entity_type = self.company_entity_type

        company_legal_type: list[str] | str | Unset
        if isinstance(self.company_legal_type, Unset):
            company_legal_type = UNSET
        elif isinstance(self.company_legal_type, list):
            company_legal_type = self.company_legal_type

        else:
            company_legal_type = self.company_legal_type

        employee_count = self.employee_count

        employee_count_max = self.employee_count_max

        employee_count_min = self.employee_count_min

        founded_on = self.founded_on

        headquarters_city = self.headquarters_city

        headquarters_state = self.headquarters_state

        headquarters_country: list[str] | str | Unset
        if isinstance(self.headquarters_country, Unset):
            headquarters_country = UNSET
        elif isinstance(self.headquarters_country, list):
            headquarters_country = self.headquarters_country

        else:
            headquarters_country = self.headquarters_country

        industry_sic_code: list[str] | str | Unset
        if isinstance(self.industry_sic_code, Unset):
            industry_sic_code = UNSET
        elif isinstance(self.industry_sic_code, list):
            industry_sic_code = self.industry_sic_code

        else:
            industry_sic_code = self.industry_sic_code

        industry_sic_description: list[str] | str | Unset
        if isinstance(self.industry_sic_description, Unset):
            industry_sic_description = UNSET
        elif isinstance(self.industry_sic_description, list):
            industry_sic_description = self.industry_sic_description

        else:
            industry_sic_description = self.industry_sic_description

        industry_naics_code: list[str] | str | Unset
        if isinstance(self.industry_naics_code, Unset):
            industry_naics_code = UNSET
        elif isinstance(self.industry_naics_code, list):
            industry_naics_code = self.industry_naics_code

        else:
            industry_naics_code = self.industry_naics_code

        industry_naics_description: list[str] | str | Unset
        if isinstance(self.industry_naics_description, Unset):
            industry_naics_description = UNSET
        elif isinstance(self.industry_naics_description, list):
            industry_naics_description = self.industry_naics_description

        else:
            industry_naics_description = self.industry_naics_description

        org_linkedin_url = self.org_linkedin_url

        location_city = self.location_city

        location_state = self.location_state

        location_country: list[str] | str | Unset
        if isinstance(self.location_country, Unset):
            location_country = UNSET
        elif isinstance(self.location_country, list):
            location_country = self.location_country

        else:
            location_country = self.location_country

        revenue_max = self.revenue_max

        revenue_min = self.revenue_min

        revenue_buckets: list[str] | str | Unset
        if isinstance(self.revenue_buckets, Unset):
            revenue_buckets = UNSET
        elif isinstance(self.revenue_buckets, list):
            revenue_buckets = self.revenue_buckets

        else:
            revenue_buckets = self.revenue_buckets

        specialties = self.specialties

        crm_tech_org: list[str] | str | Unset
        if isinstance(self.crm_tech_org, Unset):
            crm_tech_org = UNSET
        elif isinstance(self.crm_tech_org, list):
            crm_tech_org = self.crm_tech_org

        else:
            crm_tech_org = self.crm_tech_org

        marketing_automation_tech_org: list[str] | str | Unset
        if isinstance(self.marketing_automation_tech_org, Unset):
            marketing_automation_tech_org = UNSET
        elif isinstance(self.marketing_automation_tech_org, list):
            marketing_automation_tech_org = self.marketing_automation_tech_org

        else:
            marketing_automation_tech_org = self.marketing_automation_tech_org

        abm_tech_org: list[str] | str | Unset
        if isinstance(self.abm_tech_org, Unset):
            abm_tech_org = UNSET
        elif isinstance(self.abm_tech_org, list):
            abm_tech_org = self.abm_tech_org

        else:
            abm_tech_org = self.abm_tech_org

        sales_automation_tech_org: list[str] | str | Unset
        if isinstance(self.sales_automation_tech_org, Unset):
            sales_automation_tech_org = UNSET
        elif isinstance(self.sales_automation_tech_org, list):
            sales_automation_tech_org = self.sales_automation_tech_org

        else:
            sales_automation_tech_org = self.sales_automation_tech_org

        analytics_tech_org: list[str] | str | Unset
        if isinstance(self.analytics_tech_org, Unset):
            analytics_tech_org = UNSET
        elif isinstance(self.analytics_tech_org, list):
            analytics_tech_org = self.analytics_tech_org

        else:
            analytics_tech_org = self.analytics_tech_org

        cms_tech_org: list[str] | str | Unset
        if isinstance(self.cms_tech_org, Unset):
            cms_tech_org = UNSET
        elif isinstance(self.cms_tech_org, list):
            cms_tech_org = self.cms_tech_org

        else:
            cms_tech_org = self.cms_tech_org

        martech_categories_org: list[str] | str | Unset
        if isinstance(self.martech_categories_org, Unset):
            martech_categories_org = UNSET
        elif isinstance(self.martech_categories_org, list):
            martech_categories_org = self.martech_categories_org

        else:
            martech_categories_org = self.martech_categories_org

        conversation_intelligence_tech_org: list[str] | str | Unset
        if isinstance(self.conversation_intelligence_tech_org, Unset):
            conversation_intelligence_tech_org = UNSET
        elif isinstance(self.conversation_intelligence_tech_org, list):
            conversation_intelligence_tech_org = self.conversation_intelligence_tech_org

        else:
            conversation_intelligence_tech_org = self.conversation_intelligence_tech_org

        cloud_provider_tech_org: list[str] | str | Unset
        if isinstance(self.cloud_provider_tech_org, Unset):
            cloud_provider_tech_org = UNSET
        elif isinstance(self.cloud_provider_tech_org, list):
            cloud_provider_tech_org = self.cloud_provider_tech_org

        else:
            cloud_provider_tech_org = self.cloud_provider_tech_org

        email_hosting_tech_org: list[str] | str | Unset
        if isinstance(self.email_hosting_tech_org, Unset):
            email_hosting_tech_org = UNSET
        elif isinstance(self.email_hosting_tech_org, list):
            email_hosting_tech_org = self.email_hosting_tech_org

        else:
            email_hosting_tech_org = self.email_hosting_tech_org

        email_security_tech_org: list[str] | str | Unset
        if isinstance(self.email_security_tech_org, Unset):
            email_security_tech_org = UNSET
        elif isinstance(self.email_security_tech_org, list):
            email_security_tech_org = self.email_security_tech_org

        else:
            email_security_tech_org = self.email_security_tech_org

        application_security_tech_org: list[str] | str | Unset
        if isinstance(self.application_security_tech_org, Unset):
            application_security_tech_org = UNSET
        elif isinstance(self.application_security_tech_org, list):
            application_security_tech_org = self.application_security_tech_org

        else:
            application_security_tech_org = self.application_security_tech_org

        cloud_security_tech_org: list[str] | str | Unset
        if isinstance(self.cloud_security_tech_org, Unset):
            cloud_security_tech_org = UNSET
        elif isinstance(self.cloud_security_tech_org, list):
            cloud_security_tech_org = self.cloud_security_tech_org

        else:
            cloud_security_tech_org = self.cloud_security_tech_org

        development_tech_org: list[str] | str | Unset
        if isinstance(self.development_tech_org, Unset):
            development_tech_org = UNSET
        elif isinstance(self.development_tech_org, list):
            development_tech_org = self.development_tech_org

        else:
            development_tech_org = self.development_tech_org

        e_commerce_platform_tech_org: list[str] | str | Unset
        if isinstance(self.e_commerce_platform_tech_org, Unset):
            e_commerce_platform_tech_org = UNSET
        elif isinstance(self.e_commerce_platform_tech_org, list):
            e_commerce_platform_tech_org = self.e_commerce_platform_tech_org

        else:
            e_commerce_platform_tech_org = self.e_commerce_platform_tech_org

        erp_tech_org: list[str] | str | Unset
        if isinstance(self.erp_tech_org, Unset):
            erp_tech_org = UNSET
        elif isinstance(self.erp_tech_org, list):
            erp_tech_org = self.erp_tech_org

        else:
            erp_tech_org = self.erp_tech_org

        has_mobile_app_org = self.has_mobile_app_org

        has_web_app_org = self.has_web_app_org

        has_ciso_org = self.has_ciso_org

        has_cio_org = self.has_cio_org

        location_count_org = self.location_count_org

        is_linkedin_url_claimed_org = self.is_linkedin_url_claimed_org

        marketing_role_count_org = self.marketing_role_count_org

        sales_role_count_org = self.sales_role_count_org

        operations_role_count_org = self.operations_role_count_org

        business_development_role_count_org = self.business_development_role_count_org

        customer_success_role_count_org = self.customer_success_role_count_org

        it_role_count_org = self.it_role_count_org

        grc_role_count_org = self.grc_role_count_org

        security_role_count_org = self.security_role_count_org

        devops_role_count_org = self.devops_role_count_org

        network_infrastructure_role_count_org = (
            self.network_infrastructure_role_count_org
        )

        mobile_dev_role_count_org = self.mobile_dev_role_count_org

        ios_dev_role_count_org = self.ios_dev_role_count_org

        android_dev_role_count_org = self.android_dev_role_count_org

        engineer_role_count_org = self.engineer_role_count_org

        qa_role_count_org = self.qa_role_count_org

        marketing_open_roles_count_org = self.marketing_open_roles_count_org

        operations_open_roles_count_org = self.operations_open_roles_count_org

        sales_open_roles_count_org = self.sales_open_roles_count_org

        account_executive_open_roles_count_org = (
            self.account_executive_open_roles_count_org
        )

        customer_success_open_roles_count_org = (
            self.customer_success_open_roles_count_org
        )

        demand_generation_open_roles_count_org = (
            self.demand_generation_open_roles_count_org
        )

        business_development_open_roles_count_org = (
            self.business_development_open_roles_count_org
        )

        it_open_roles_count_org = self.it_open_roles_count_org

        security_open_roles_count_org = self.security_open_roles_count_org

        grc_open_roles_count_org = self.grc_open_roles_count_org

        devops_open_roles_count_org = self.devops_open_roles_count_org

        network_infrastructure_open_roles_count_org = (
            self.network_infrastructure_open_roles_count_org
        )

        monthly_organic_traffic_org = self.monthly_organic_traffic_org

        monthly_paid_traffic_org = self.monthly_paid_traffic_org

        total_monthly_traffic_org = self.total_monthly_traffic_org

        monthly_google_adspend_org = self.monthly_google_adspend_org

        employee_on_linkedin_growth_rate_org = self.employee_on_linkedin_growth_rate_org

        is_website_for_sale_org = self.is_website_for_sale_org

        top_appleappstore_url_org = self.top_appleappstore_url_org

        top_appstore_rating_org = self.top_appstore_rating_org

        top_appstore_review_count_org = self.top_appstore_review_count_org

        last_appstore_update_org = self.last_appstore_update_org

        appstore_update_count_org = self.appstore_update_count_org

        appstore_app_category_org = self.appstore_app_category_org

        top_playstore_url_org = self.top_playstore_url_org

        top_playstore_rating_org = self.top_playstore_rating_org

        top_playstore_review_count_org = self.top_playstore_review_count_org

        last_playstore_update_org = self.last_playstore_update_org

        playstore_download_count_org = self.playstore_download_count_org

        playstore_app_category_org = self.playstore_app_category_org

        total_reviews_org = self.total_reviews_org

        last_funding_date_org = self.last_funding_date_org

        last_funding_amount_org = self.last_funding_amount_org

        lead_investors_org = self.lead_investors_org

        last_funding_type_org: list[str] | str | Unset
        if isinstance(self.last_funding_type_org, Unset):
            last_funding_type_org = UNSET
        elif isinstance(self.last_funding_type_org, list):
            last_funding_type_org = self.last_funding_type_org

        else:
            last_funding_type_org = self.last_funding_type_org

        funding_round_number_of_investors_org = (
            self.funding_round_number_of_investors_org
        )

        total_funding_amount_org = self.total_funding_amount_org

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if city is not UNSET:
            field_dict["city"] = city
        if state_name is not UNSET:
            field_dict["stateName"] = state_name
        if state_code is not UNSET:
            field_dict["stateCode"] = state_code
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if continent is not UNSET:
            field_dict["continent"] = continent
        if country_region is not UNSET:
            field_dict["countryRegion"] = country_region
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if linkedin_headline is not UNSET:
            field_dict["linkedinHeadline"] = linkedin_headline
        if person_headline is not UNSET:
            field_dict["personHeadline"] = person_headline
        if company_headline is not UNSET:
            field_dict["companyHeadline"] = company_headline
        if linkedin_industry is not UNSET:
            field_dict["linkedinIndustry"] = linkedin_industry
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if email_domain is not UNSET:
            field_dict["emailDomain"] = email_domain
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if job_function is not UNSET:
            field_dict["jobFunction"] = job_function
        if job_level is not UNSET:
            field_dict["jobLevel"] = job_level
        if job_description is not UNSET:
            field_dict["jobDescription"] = job_description
        if job_location_city is not UNSET:
            field_dict["jobLocationCity"] = job_location_city
        if job_location_state is not UNSET:
            field_dict["jobLocationState"] = job_location_state
        if job_location_country is not UNSET:
            field_dict["jobLocationCountry"] = job_location_country
        if job_is_current is not UNSET:
            field_dict["jobIsCurrent"] = job_is_current
        if job_start_date is not UNSET:
            field_dict["jobStartDate"] = job_start_date
        if job_count is not UNSET:
            field_dict["jobCount"] = job_count
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_name_mode is not UNSET:
            field_dict["companyNameMode"] = company_name_mode
        if persona is not UNSET:
            field_dict["persona"] = persona
        if languages is not UNSET:
            field_dict["languages"] = languages
        if skills is not UNSET:
            field_dict["skills"] = skills
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if patents is not UNSET:
            field_dict["patents"] = patents
        if publications is not UNSET:
            field_dict["publications"] = publications
        if websites is not UNSET:
            field_dict["websites"] = websites
        if education is not UNSET:
            field_dict["education"] = education
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cellphone is not UNSET:
            field_dict["cellphone"] = cellphone
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if about_us is not UNSET:
            field_dict["aboutUs"] = about_us
        if company_entity_type is not UNSET:
            field_dict["companyEntityType"] = company_entity_type
        if company_legal_type is not UNSET:
            field_dict["companyLegalType"] = company_legal_type
        if employee_count is not UNSET:
            field_dict["employeeCount"] = employee_count
        if employee_count_max is not UNSET:
            field_dict["employeeCountMax"] = employee_count_max
        if employee_count_min is not UNSET:
            field_dict["employeeCountMin"] = employee_count_min
        if founded_on is not UNSET:
            field_dict["foundedOn"] = founded_on
        if headquarters_city is not UNSET:
            field_dict["headquartersCity"] = headquarters_city
        if headquarters_state is not UNSET:
            field_dict["headquartersState"] = headquarters_state
        if headquarters_country is not UNSET:
            field_dict["headquartersCountry"] = headquarters_country
        if industry_sic_code is not UNSET:
            field_dict["industrySicCode"] = industry_sic_code
        if industry_sic_description is not UNSET:
            field_dict["industrySicDescription"] = industry_sic_description
        if industry_naics_code is not UNSET:
            field_dict["industryNaicsCode"] = industry_naics_code
        if industry_naics_description is not UNSET:
            field_dict["industryNaicsDescription"] = industry_naics_description
        if org_linkedin_url is not UNSET:
            field_dict["orgLinkedinUrl"] = org_linkedin_url
        if location_city is not UNSET:
            field_dict["locationCity"] = location_city
        if location_state is not UNSET:
            field_dict["locationState"] = location_state
        if location_country is not UNSET:
            field_dict["locationCountry"] = location_country
        if revenue_max is not UNSET:
            field_dict["revenueMax"] = revenue_max
        if revenue_min is not UNSET:
            field_dict["revenueMin"] = revenue_min
        if revenue_buckets is not UNSET:
            field_dict["revenueBuckets"] = revenue_buckets
        if specialties is not UNSET:
            field_dict["specialties"] = specialties
        if crm_tech_org is not UNSET:
            field_dict["crmTechOrg"] = crm_tech_org
        if marketing_automation_tech_org is not UNSET:
            field_dict["marketingAutomationTechOrg"] = marketing_automation_tech_org
        if abm_tech_org is not UNSET:
            field_dict["abmTechOrg"] = abm_tech_org
        if sales_automation_tech_org is not UNSET:
            field_dict["salesAutomationTechOrg"] = sales_automation_tech_org
        if analytics_tech_org is not UNSET:
            field_dict["analyticsTechOrg"] = analytics_tech_org
        if cms_tech_org is not UNSET:
            field_dict["cmsTechOrg"] = cms_tech_org
        if martech_categories_org is not UNSET:
            field_dict["martechCategoriesOrg"] = martech_categories_org
        if conversation_intelligence_tech_org is not UNSET:
            field_dict["conversationIntelligenceTechOrg"] = (
                conversation_intelligence_tech_org
            )
        if cloud_provider_tech_org is not UNSET:
            field_dict["cloudProviderTechOrg"] = cloud_provider_tech_org
        if email_hosting_tech_org is not UNSET:
            field_dict["emailHostingTechOrg"] = email_hosting_tech_org
        if email_security_tech_org is not UNSET:
            field_dict["emailSecurityTechOrg"] = email_security_tech_org
        if application_security_tech_org is not UNSET:
            field_dict["applicationSecurityTechOrg"] = application_security_tech_org
        if cloud_security_tech_org is not UNSET:
            field_dict["cloudSecurityTechOrg"] = cloud_security_tech_org
        if development_tech_org is not UNSET:
            field_dict["developmentTechOrg"] = development_tech_org
        if e_commerce_platform_tech_org is not UNSET:
            field_dict["eCommercePlatformTechOrg"] = e_commerce_platform_tech_org
        if erp_tech_org is not UNSET:
            field_dict["erpTechOrg"] = erp_tech_org
        if has_mobile_app_org is not UNSET:
            field_dict["hasMobileAppOrg"] = has_mobile_app_org
        if has_web_app_org is not UNSET:
            field_dict["hasWebAppOrg"] = has_web_app_org
        if has_ciso_org is not UNSET:
            field_dict["hasCisoOrg"] = has_ciso_org
        if has_cio_org is not UNSET:
            field_dict["hasCioOrg"] = has_cio_org
        if location_count_org is not UNSET:
            field_dict["locationCountOrg"] = location_count_org
        if is_linkedin_url_claimed_org is not UNSET:
            field_dict["isLinkedinUrlClaimedOrg"] = is_linkedin_url_claimed_org
        if marketing_role_count_org is not UNSET:
            field_dict["marketingRoleCountOrg"] = marketing_role_count_org
        if sales_role_count_org is not UNSET:
            field_dict["salesRoleCountOrg"] = sales_role_count_org
        if operations_role_count_org is not UNSET:
            field_dict["operationsRoleCountOrg"] = operations_role_count_org
        if business_development_role_count_org is not UNSET:
            field_dict["businessDevelopmentRoleCountOrg"] = (
                business_development_role_count_org
            )
        if customer_success_role_count_org is not UNSET:
            field_dict["customerSuccessRoleCountOrg"] = customer_success_role_count_org
        if it_role_count_org is not UNSET:
            field_dict["itRoleCountOrg"] = it_role_count_org
        if grc_role_count_org is not UNSET:
            field_dict["grcRoleCountOrg"] = grc_role_count_org
        if security_role_count_org is not UNSET:
            field_dict["securityRoleCountOrg"] = security_role_count_org
        if devops_role_count_org is not UNSET:
            field_dict["devopsRoleCountOrg"] = devops_role_count_org
        if network_infrastructure_role_count_org is not UNSET:
            field_dict["networkInfrastructureRoleCountOrg"] = (
                network_infrastructure_role_count_org
            )
        if mobile_dev_role_count_org is not UNSET:
            field_dict["mobileDevRoleCountOrg"] = mobile_dev_role_count_org
        if ios_dev_role_count_org is not UNSET:
            field_dict["iosDevRoleCountOrg"] = ios_dev_role_count_org
        if android_dev_role_count_org is not UNSET:
            field_dict["androidDevRoleCountOrg"] = android_dev_role_count_org
        if engineer_role_count_org is not UNSET:
            field_dict["engineerRoleCountOrg"] = engineer_role_count_org
        if qa_role_count_org is not UNSET:
            field_dict["qaRoleCountOrg"] = qa_role_count_org
        if marketing_open_roles_count_org is not UNSET:
            field_dict["marketingOpenRolesCountOrg"] = marketing_open_roles_count_org
        if operations_open_roles_count_org is not UNSET:
            field_dict["operationsOpenRolesCountOrg"] = operations_open_roles_count_org
        if sales_open_roles_count_org is not UNSET:
            field_dict["salesOpenRolesCountOrg"] = sales_open_roles_count_org
        if account_executive_open_roles_count_org is not UNSET:
            field_dict["accountExecutiveOpenRolesCountOrg"] = (
                account_executive_open_roles_count_org
            )
        if customer_success_open_roles_count_org is not UNSET:
            field_dict["customerSuccessOpenRolesCountOrg"] = (
                customer_success_open_roles_count_org
            )
        if demand_generation_open_roles_count_org is not UNSET:
            field_dict["demandGenerationOpenRolesCountOrg"] = (
                demand_generation_open_roles_count_org
            )
        if business_development_open_roles_count_org is not UNSET:
            field_dict["businessDevelopmentOpenRolesCountOrg"] = (
                business_development_open_roles_count_org
            )
        if it_open_roles_count_org is not UNSET:
            field_dict["itOpenRolesCountOrg"] = it_open_roles_count_org
        if security_open_roles_count_org is not UNSET:
            field_dict["securityOpenRolesCountOrg"] = security_open_roles_count_org
        if grc_open_roles_count_org is not UNSET:
            field_dict["grcOpenRolesCountOrg"] = grc_open_roles_count_org
        if devops_open_roles_count_org is not UNSET:
            field_dict["devopsOpenRolesCountOrg"] = devops_open_roles_count_org
        if network_infrastructure_open_roles_count_org is not UNSET:
            field_dict["networkInfrastructureOpenRolesCountOrg"] = (
                network_infrastructure_open_roles_count_org
            )
        if monthly_organic_traffic_org is not UNSET:
            field_dict["monthlyOrganicTrafficOrg"] = monthly_organic_traffic_org
        if monthly_paid_traffic_org is not UNSET:
            field_dict["monthlyPaidTrafficOrg"] = monthly_paid_traffic_org
        if total_monthly_traffic_org is not UNSET:
            field_dict["totalMonthlyTrafficOrg"] = total_monthly_traffic_org
        if monthly_google_adspend_org is not UNSET:
            field_dict["monthlyGoogleAdspendOrg"] = monthly_google_adspend_org
        if employee_on_linkedin_growth_rate_org is not UNSET:
            field_dict["employeeOnLinkedinGrowthRateOrg"] = (
                employee_on_linkedin_growth_rate_org
            )
        if is_website_for_sale_org is not UNSET:
            field_dict["isWebsiteForSaleOrg"] = is_website_for_sale_org
        if top_appleappstore_url_org is not UNSET:
            field_dict["topAppleappstoreUrlOrg"] = top_appleappstore_url_org
        if top_appstore_rating_org is not UNSET:
            field_dict["topAppstoreRatingOrg"] = top_appstore_rating_org
        if top_appstore_review_count_org is not UNSET:
            field_dict["topAppstoreReviewCountOrg"] = top_appstore_review_count_org
        if last_appstore_update_org is not UNSET:
            field_dict["lastAppstoreUpdateOrg"] = last_appstore_update_org
        if appstore_update_count_org is not UNSET:
            field_dict["appstoreUpdateCountOrg"] = appstore_update_count_org
        if appstore_app_category_org is not UNSET:
            field_dict["appstoreAppCategoryOrg"] = appstore_app_category_org
        if top_playstore_url_org is not UNSET:
            field_dict["topPlaystoreUrlOrg"] = top_playstore_url_org
        if top_playstore_rating_org is not UNSET:
            field_dict["topPlaystoreRatingOrg"] = top_playstore_rating_org
        if top_playstore_review_count_org is not UNSET:
            field_dict["topPlaystoreReviewCountOrg"] = top_playstore_review_count_org
        if last_playstore_update_org is not UNSET:
            field_dict["lastPlaystoreUpdateOrg"] = last_playstore_update_org
        if playstore_download_count_org is not UNSET:
            field_dict["playstoreDownloadCountOrg"] = playstore_download_count_org
        if playstore_app_category_org is not UNSET:
            field_dict["playstoreAppCategoryOrg"] = playstore_app_category_org
        if total_reviews_org is not UNSET:
            field_dict["totalReviewsOrg"] = total_reviews_org
        if last_funding_date_org is not UNSET:
            field_dict["lastFundingDateOrg"] = last_funding_date_org
        if last_funding_amount_org is not UNSET:
            field_dict["lastFundingAmountOrg"] = last_funding_amount_org
        if lead_investors_org is not UNSET:
            field_dict["leadInvestorsOrg"] = lead_investors_org
        if last_funding_type_org is not UNSET:
            field_dict["lastFundingTypeOrg"] = last_funding_type_org
        if funding_round_number_of_investors_org is not UNSET:
            field_dict["fundingRoundNumberOfInvestorsOrg"] = (
                funding_round_number_of_investors_org
            )
        if total_funding_amount_org is not UNSET:
            field_dict["totalFundingAmountOrg"] = total_funding_amount_org

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = checked_str(d.pop("firstName", UNSET), "firstName")

        last_name = checked_str(d.pop("lastName", UNSET), "lastName")

        middle_name = checked_str(d.pop("middleName", UNSET), "middleName")

        city = checked_str(d.pop("city", UNSET), "city")

        def _parse_state_name(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                state_name_type_1 = cast(list[str], data)

                return state_name_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        state_name = _parse_state_name(d.pop("stateName", UNSET))

        def _parse_state_code(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                state_code_type_1 = cast(list[str], data)

                return state_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        state_code = _parse_state_code(d.pop("stateCode", UNSET))

        def _parse_country_name(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_name_type_1 = cast(list[str], data)

                return country_name_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        country_name = _parse_country_name(d.pop("countryName", UNSET))

        def _parse_country_code(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_code_type_1 = cast(list[str], data)

                return country_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_continent(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                continent_type_1 = cast(list[str], data)

                return continent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        continent = _parse_continent(d.pop("continent", UNSET))

        def _parse_country_region(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_region_type_1 = cast(list[str], data)

                return country_region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        country_region = _parse_country_region(d.pop("countryRegion", UNSET))

        linkedin_url = checked_str(d.pop("linkedinUrl", UNSET), "linkedinUrl")

        linkedin_headline = checked_str(
            d.pop("linkedinHeadline", UNSET), "linkedinHeadline"
        )

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

        def _parse_linkedin_industry(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linkedin_industry_type_1 = cast(list[str], data)

                return linkedin_industry_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        linkedin_industry = _parse_linkedin_industry(d.pop("linkedinIndustry", UNSET))

        logo_url = checked_str(d.pop("logoUrl", UNSET), "logoUrl")

        email_domain = checked_str(d.pop("emailDomain", UNSET), "emailDomain")

        email_address = checked_str(d.pop("emailAddress", UNSET), "emailAddress")

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

        def _parse_job_function(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_function_type_1 = cast(list[str], data)

                return job_function_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        job_function = _parse_job_function(d.pop("jobFunction", UNSET))

        def _parse_job_level(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_level_type_1 = cast(list[str], data)

                return job_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        job_level = _parse_job_level(d.pop("jobLevel", UNSET))

        job_description = checked_str(d.pop("jobDescription", UNSET), "jobDescription")

        job_location_city = checked_str(
            d.pop("jobLocationCity", UNSET), "jobLocationCity"
        )

        job_location_state = checked_str(
            d.pop("jobLocationState", UNSET), "jobLocationState"
        )

        def _parse_job_location_country(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_location_country_type_1 = cast(list[str], data)

                return job_location_country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        job_location_country = _parse_job_location_country(
            d.pop("jobLocationCountry", UNSET)
        )

        job_is_current = checked_bool(d.pop("jobIsCurrent", UNSET), "jobIsCurrent")

        job_start_date = checked_str(d.pop("jobStartDate", UNSET), "jobStartDate")

        job_count = checked_int(d.pop("jobCount", UNSET), "jobCount")

        def _parse_company_name(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                company_name_type_1 = cast(list[str], data)

                return company_name_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        _company_name_mode = d.pop("companyNameMode", UNSET)
        company_name_mode: LeadFinderSearchFiltersCompanyNameMode | Unset
        if isinstance(_company_name_mode, Unset):
            company_name_mode = UNSET
        else:
            company_name_mode = _LeadFinderSearchFiltersCompanyNameMode_BY_VALUE.get(
                _company_name_mode
            ) or LeadFinderSearchFiltersCompanyNameMode(_company_name_mode)

        persona = checked_str(d.pop("persona", UNSET), "persona")

        def _parse_languages(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                languages_type_1 = cast(list[str], data)

                return languages_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

        def _parse_skills(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_1 = cast(list[str], data)

                return skills_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))

        certifications = checked_str(d.pop("certifications", UNSET), "certifications")

        patents = checked_str(d.pop("patents", UNSET), "patents")

        publications = checked_str(d.pop("publications", UNSET), "publications")

        websites = checked_str(d.pop("websites", UNSET), "websites")

        education = checked_str(d.pop("education", UNSET), "education")

        phone = checked_str(d.pop("phone", UNSET), "phone")

        cellphone = checked_str(d.pop("cellphone", UNSET), "cellphone")

        org_name = checked_str(d.pop("orgName", UNSET), "orgName")

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

        def _parse_company_entity_type(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                company_entity_type_type_1 = cast(list[str], data)

                return company_entity_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        company_entity_type = _parse_company_entity_type(
            d.pop("companyEntityType", UNSET)
        )

        def _parse_company_legal_type(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                company_legal_type_type_1 = cast(list[str], data)

                return company_legal_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        company_legal_type = _parse_company_legal_type(d.pop("companyLegalType", UNSET))

        employee_count = checked_int(d.pop("employeeCount", UNSET), "employeeCount")

        employee_count_max = checked_int(
            d.pop("employeeCountMax", UNSET), "employeeCountMax"
        )

        employee_count_min = checked_int(
            d.pop("employeeCountMin", UNSET), "employeeCountMin"
        )

        founded_on = checked_float(d.pop("foundedOn", UNSET), "foundedOn")

        headquarters_city = checked_str(
            d.pop("headquartersCity", UNSET), "headquartersCity"
        )

        headquarters_state = checked_str(
            d.pop("headquartersState", UNSET), "headquartersState"
        )

        def _parse_headquarters_country(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                headquarters_country_type_1 = cast(list[str], data)

                return headquarters_country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        headquarters_country = _parse_headquarters_country(
            d.pop("headquartersCountry", UNSET)
        )

        def _parse_industry_sic_code(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                industry_sic_code_type_1 = cast(list[str], data)

                return industry_sic_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        industry_sic_code = _parse_industry_sic_code(d.pop("industrySicCode", UNSET))

        def _parse_industry_sic_description(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                industry_sic_description_type_1 = cast(list[str], data)

                return industry_sic_description_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        industry_sic_description = _parse_industry_sic_description(
            d.pop("industrySicDescription", UNSET)
        )

        def _parse_industry_naics_code(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                industry_naics_code_type_1 = cast(list[str], data)

                return industry_naics_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        industry_naics_code = _parse_industry_naics_code(
            d.pop("industryNaicsCode", UNSET)
        )

        def _parse_industry_naics_description(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                industry_naics_description_type_1 = cast(list[str], data)

                return industry_naics_description_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        industry_naics_description = _parse_industry_naics_description(
            d.pop("industryNaicsDescription", UNSET)
        )

        org_linkedin_url = checked_str(d.pop("orgLinkedinUrl", UNSET), "orgLinkedinUrl")

        location_city = checked_str(d.pop("locationCity", UNSET), "locationCity")

        location_state = checked_str(d.pop("locationState", UNSET), "locationState")

        def _parse_location_country(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                location_country_type_1 = cast(list[str], data)

                return location_country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        location_country = _parse_location_country(d.pop("locationCountry", UNSET))

        revenue_max = checked_float(d.pop("revenueMax", UNSET), "revenueMax")

        revenue_min = checked_float(d.pop("revenueMin", UNSET), "revenueMin")

        def _parse_revenue_buckets(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                revenue_buckets_type_1 = cast(list[str], data)

                return revenue_buckets_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        revenue_buckets = _parse_revenue_buckets(d.pop("revenueBuckets", UNSET))

        specialties = checked_str(d.pop("specialties", UNSET), "specialties")

        def _parse_crm_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                crm_tech_org_type_1 = cast(list[str], data)

                return crm_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        crm_tech_org = _parse_crm_tech_org(d.pop("crmTechOrg", UNSET))

        def _parse_marketing_automation_tech_org(
            data: object,
        ) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                marketing_automation_tech_org_type_1 = cast(list[str], data)

                return marketing_automation_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        marketing_automation_tech_org = _parse_marketing_automation_tech_org(
            d.pop("marketingAutomationTechOrg", UNSET)
        )

        def _parse_abm_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                abm_tech_org_type_1 = cast(list[str], data)

                return abm_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        abm_tech_org = _parse_abm_tech_org(d.pop("abmTechOrg", UNSET))

        def _parse_sales_automation_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sales_automation_tech_org_type_1 = cast(list[str], data)

                return sales_automation_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        sales_automation_tech_org = _parse_sales_automation_tech_org(
            d.pop("salesAutomationTechOrg", UNSET)
        )

        def _parse_analytics_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                analytics_tech_org_type_1 = cast(list[str], data)

                return analytics_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        analytics_tech_org = _parse_analytics_tech_org(d.pop("analyticsTechOrg", UNSET))

        def _parse_cms_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cms_tech_org_type_1 = cast(list[str], data)

                return cms_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        cms_tech_org = _parse_cms_tech_org(d.pop("cmsTechOrg", UNSET))

        def _parse_martech_categories_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                martech_categories_org_type_1 = cast(list[str], data)

                return martech_categories_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        martech_categories_org = _parse_martech_categories_org(
            d.pop("martechCategoriesOrg", UNSET)
        )

        def _parse_conversation_intelligence_tech_org(
            data: object,
        ) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conversation_intelligence_tech_org_type_1 = cast(list[str], data)

                return conversation_intelligence_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        conversation_intelligence_tech_org = _parse_conversation_intelligence_tech_org(
            d.pop("conversationIntelligenceTechOrg", UNSET)
        )

        def _parse_cloud_provider_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cloud_provider_tech_org_type_1 = cast(list[str], data)

                return cloud_provider_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        cloud_provider_tech_org = _parse_cloud_provider_tech_org(
            d.pop("cloudProviderTechOrg", UNSET)
        )

        def _parse_email_hosting_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_hosting_tech_org_type_1 = cast(list[str], data)

                return email_hosting_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        email_hosting_tech_org = _parse_email_hosting_tech_org(
            d.pop("emailHostingTechOrg", UNSET)
        )

        def _parse_email_security_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_security_tech_org_type_1 = cast(list[str], data)

                return email_security_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        email_security_tech_org = _parse_email_security_tech_org(
            d.pop("emailSecurityTechOrg", UNSET)
        )

        def _parse_application_security_tech_org(
            data: object,
        ) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                application_security_tech_org_type_1 = cast(list[str], data)

                return application_security_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        application_security_tech_org = _parse_application_security_tech_org(
            d.pop("applicationSecurityTechOrg", UNSET)
        )

        def _parse_cloud_security_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cloud_security_tech_org_type_1 = cast(list[str], data)

                return cloud_security_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        cloud_security_tech_org = _parse_cloud_security_tech_org(
            d.pop("cloudSecurityTechOrg", UNSET)
        )

        def _parse_development_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                development_tech_org_type_1 = cast(list[str], data)

                return development_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        development_tech_org = _parse_development_tech_org(
            d.pop("developmentTechOrg", UNSET)
        )

        def _parse_e_commerce_platform_tech_org(
            data: object,
        ) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                e_commerce_platform_tech_org_type_1 = cast(list[str], data)

                return e_commerce_platform_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        e_commerce_platform_tech_org = _parse_e_commerce_platform_tech_org(
            d.pop("eCommercePlatformTechOrg", UNSET)
        )

        def _parse_erp_tech_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                erp_tech_org_type_1 = cast(list[str], data)

                return erp_tech_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        erp_tech_org = _parse_erp_tech_org(d.pop("erpTechOrg", UNSET))

        has_mobile_app_org = checked_bool(
            d.pop("hasMobileAppOrg", UNSET), "hasMobileAppOrg"
        )

        has_web_app_org = checked_bool(d.pop("hasWebAppOrg", UNSET), "hasWebAppOrg")

        has_ciso_org = checked_bool(d.pop("hasCisoOrg", UNSET), "hasCisoOrg")

        has_cio_org = checked_bool(d.pop("hasCioOrg", UNSET), "hasCioOrg")

        location_count_org = checked_int(
            d.pop("locationCountOrg", UNSET), "locationCountOrg"
        )

        is_linkedin_url_claimed_org = checked_bool(
            d.pop("isLinkedinUrlClaimedOrg", UNSET), "isLinkedinUrlClaimedOrg"
        )

        marketing_role_count_org = checked_int(
            d.pop("marketingRoleCountOrg", UNSET), "marketingRoleCountOrg"
        )

        sales_role_count_org = checked_int(
            d.pop("salesRoleCountOrg", UNSET), "salesRoleCountOrg"
        )

        operations_role_count_org = checked_int(
            d.pop("operationsRoleCountOrg", UNSET), "operationsRoleCountOrg"
        )

        business_development_role_count_org = checked_int(
            d.pop("businessDevelopmentRoleCountOrg", UNSET),
            "businessDevelopmentRoleCountOrg",
        )

        customer_success_role_count_org = checked_int(
            d.pop("customerSuccessRoleCountOrg", UNSET), "customerSuccessRoleCountOrg"
        )

        it_role_count_org = checked_int(
            d.pop("itRoleCountOrg", UNSET), "itRoleCountOrg"
        )

        grc_role_count_org = checked_int(
            d.pop("grcRoleCountOrg", UNSET), "grcRoleCountOrg"
        )

        security_role_count_org = checked_int(
            d.pop("securityRoleCountOrg", UNSET), "securityRoleCountOrg"
        )

        devops_role_count_org = checked_int(
            d.pop("devopsRoleCountOrg", UNSET), "devopsRoleCountOrg"
        )

        network_infrastructure_role_count_org = checked_int(
            d.pop("networkInfrastructureRoleCountOrg", UNSET),
            "networkInfrastructureRoleCountOrg",
        )

        mobile_dev_role_count_org = checked_int(
            d.pop("mobileDevRoleCountOrg", UNSET), "mobileDevRoleCountOrg"
        )

        ios_dev_role_count_org = checked_int(
            d.pop("iosDevRoleCountOrg", UNSET), "iosDevRoleCountOrg"
        )

        android_dev_role_count_org = checked_int(
            d.pop("androidDevRoleCountOrg", UNSET), "androidDevRoleCountOrg"
        )

        engineer_role_count_org = checked_int(
            d.pop("engineerRoleCountOrg", UNSET), "engineerRoleCountOrg"
        )

        qa_role_count_org = checked_int(
            d.pop("qaRoleCountOrg", UNSET), "qaRoleCountOrg"
        )

        marketing_open_roles_count_org = checked_int(
            d.pop("marketingOpenRolesCountOrg", UNSET), "marketingOpenRolesCountOrg"
        )

        operations_open_roles_count_org = checked_int(
            d.pop("operationsOpenRolesCountOrg", UNSET), "operationsOpenRolesCountOrg"
        )

        sales_open_roles_count_org = checked_int(
            d.pop("salesOpenRolesCountOrg", UNSET), "salesOpenRolesCountOrg"
        )

        account_executive_open_roles_count_org = checked_int(
            d.pop("accountExecutiveOpenRolesCountOrg", UNSET),
            "accountExecutiveOpenRolesCountOrg",
        )

        customer_success_open_roles_count_org = checked_int(
            d.pop("customerSuccessOpenRolesCountOrg", UNSET),
            "customerSuccessOpenRolesCountOrg",
        )

        demand_generation_open_roles_count_org = checked_int(
            d.pop("demandGenerationOpenRolesCountOrg", UNSET),
            "demandGenerationOpenRolesCountOrg",
        )

        business_development_open_roles_count_org = checked_int(
            d.pop("businessDevelopmentOpenRolesCountOrg", UNSET),
            "businessDevelopmentOpenRolesCountOrg",
        )

        it_open_roles_count_org = checked_int(
            d.pop("itOpenRolesCountOrg", UNSET), "itOpenRolesCountOrg"
        )

        security_open_roles_count_org = checked_int(
            d.pop("securityOpenRolesCountOrg", UNSET), "securityOpenRolesCountOrg"
        )

        grc_open_roles_count_org = checked_int(
            d.pop("grcOpenRolesCountOrg", UNSET), "grcOpenRolesCountOrg"
        )

        devops_open_roles_count_org = checked_int(
            d.pop("devopsOpenRolesCountOrg", UNSET), "devopsOpenRolesCountOrg"
        )

        network_infrastructure_open_roles_count_org = checked_int(
            d.pop("networkInfrastructureOpenRolesCountOrg", UNSET),
            "networkInfrastructureOpenRolesCountOrg",
        )

        monthly_organic_traffic_org = checked_float(
            d.pop("monthlyOrganicTrafficOrg", UNSET), "monthlyOrganicTrafficOrg"
        )

        monthly_paid_traffic_org = checked_float(
            d.pop("monthlyPaidTrafficOrg", UNSET), "monthlyPaidTrafficOrg"
        )

        total_monthly_traffic_org = checked_float(
            d.pop("totalMonthlyTrafficOrg", UNSET), "totalMonthlyTrafficOrg"
        )

        monthly_google_adspend_org = checked_float(
            d.pop("monthlyGoogleAdspendOrg", UNSET), "monthlyGoogleAdspendOrg"
        )

        employee_on_linkedin_growth_rate_org = checked_float(
            d.pop("employeeOnLinkedinGrowthRateOrg", UNSET),
            "employeeOnLinkedinGrowthRateOrg",
        )

        is_website_for_sale_org = checked_bool(
            d.pop("isWebsiteForSaleOrg", UNSET), "isWebsiteForSaleOrg"
        )

        top_appleappstore_url_org = checked_str(
            d.pop("topAppleappstoreUrlOrg", UNSET), "topAppleappstoreUrlOrg"
        )

        top_appstore_rating_org = checked_float(
            d.pop("topAppstoreRatingOrg", UNSET), "topAppstoreRatingOrg"
        )

        top_appstore_review_count_org = checked_int(
            d.pop("topAppstoreReviewCountOrg", UNSET), "topAppstoreReviewCountOrg"
        )

        last_appstore_update_org = checked_str(
            d.pop("lastAppstoreUpdateOrg", UNSET), "lastAppstoreUpdateOrg"
        )

        appstore_update_count_org = checked_int(
            d.pop("appstoreUpdateCountOrg", UNSET), "appstoreUpdateCountOrg"
        )

        appstore_app_category_org = checked_str(
            d.pop("appstoreAppCategoryOrg", UNSET), "appstoreAppCategoryOrg"
        )

        top_playstore_url_org = checked_str(
            d.pop("topPlaystoreUrlOrg", UNSET), "topPlaystoreUrlOrg"
        )

        top_playstore_rating_org = checked_float(
            d.pop("topPlaystoreRatingOrg", UNSET), "topPlaystoreRatingOrg"
        )

        top_playstore_review_count_org = checked_int(
            d.pop("topPlaystoreReviewCountOrg", UNSET), "topPlaystoreReviewCountOrg"
        )

        last_playstore_update_org = checked_str(
            d.pop("lastPlaystoreUpdateOrg", UNSET), "lastPlaystoreUpdateOrg"
        )

        playstore_download_count_org = checked_int(
            d.pop("playstoreDownloadCountOrg", UNSET), "playstoreDownloadCountOrg"
        )

        playstore_app_category_org = checked_str(
            d.pop("playstoreAppCategoryOrg", UNSET), "playstoreAppCategoryOrg"
        )

        total_reviews_org = checked_int(
            d.pop("totalReviewsOrg", UNSET), "totalReviewsOrg"
        )

        last_funding_date_org = checked_str(
            d.pop("lastFundingDateOrg", UNSET), "lastFundingDateOrg"
        )

        last_funding_amount_org = checked_float(
            d.pop("lastFundingAmountOrg", UNSET), "lastFundingAmountOrg"
        )

        lead_investors_org = checked_str(
            d.pop("leadInvestorsOrg", UNSET), "leadInvestorsOrg"
        )

        def _parse_last_funding_type_org(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                last_funding_type_org_type_1 = cast(list[str], data)

                return last_funding_type_org_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        last_funding_type_org = _parse_last_funding_type_org(
            d.pop("lastFundingTypeOrg", UNSET)
        )

        funding_round_number_of_investors_org = checked_int(
            d.pop("fundingRoundNumberOfInvestorsOrg", UNSET),
            "fundingRoundNumberOfInvestorsOrg",
        )

        total_funding_amount_org = checked_float(
            d.pop("totalFundingAmountOrg", UNSET), "totalFundingAmountOrg"
        )

        lead_finder_search_filters = cls(
            first_name,
            last_name,
            middle_name,
            city,
            state_name,
            state_code,
            country_name,
            country_code,
            continent,
            country_region,
            linkedin_url,
            linkedin_headline,
            person_headline,
            company_headline,
            linkedin_industry,
            logo_url,
            email_domain,
            email_address,
            job_title,
            job_function,
            job_level,
            job_description,
            job_location_city,
            job_location_state,
            job_location_country,
            job_is_current,
            job_start_date,
            job_count,
            company_name,
            company_name_mode,
            persona,
            languages,
            skills,
            certifications,
            patents,
            publications,
            websites,
            education,
            phone,
            cellphone,
            org_name,
            domain,
            about_us,
            company_entity_type,
            company_legal_type,
            employee_count,
            employee_count_max,
            employee_count_min,
            founded_on,
            headquarters_city,
            headquarters_state,
            headquarters_country,
            industry_sic_code,
            industry_sic_description,
            industry_naics_code,
            industry_naics_description,
            org_linkedin_url,
            location_city,
            location_state,
            location_country,
            revenue_max,
            revenue_min,
            revenue_buckets,
            specialties,
            crm_tech_org,
            marketing_automation_tech_org,
            abm_tech_org,
            sales_automation_tech_org,
            analytics_tech_org,
            cms_tech_org,
            martech_categories_org,
            conversation_intelligence_tech_org,
            cloud_provider_tech_org,
            email_hosting_tech_org,
            email_security_tech_org,
            application_security_tech_org,
            cloud_security_tech_org,
            development_tech_org,
            e_commerce_platform_tech_org,
            erp_tech_org,
            has_mobile_app_org,
            has_web_app_org,
            has_ciso_org,
            has_cio_org,
            location_count_org,
            is_linkedin_url_claimed_org,
            marketing_role_count_org,
            sales_role_count_org,
            operations_role_count_org,
            business_development_role_count_org,
            customer_success_role_count_org,
            it_role_count_org,
            grc_role_count_org,
            security_role_count_org,
            devops_role_count_org,
            network_infrastructure_role_count_org,
            mobile_dev_role_count_org,
            ios_dev_role_count_org,
            android_dev_role_count_org,
            engineer_role_count_org,
            qa_role_count_org,
            marketing_open_roles_count_org,
            operations_open_roles_count_org,
            sales_open_roles_count_org,
            account_executive_open_roles_count_org,
            customer_success_open_roles_count_org,
            demand_generation_open_roles_count_org,
            business_development_open_roles_count_org,
            it_open_roles_count_org,
            security_open_roles_count_org,
            grc_open_roles_count_org,
            devops_open_roles_count_org,
            network_infrastructure_open_roles_count_org,
            monthly_organic_traffic_org,
            monthly_paid_traffic_org,
            total_monthly_traffic_org,
            monthly_google_adspend_org,
            employee_on_linkedin_growth_rate_org,
            is_website_for_sale_org,
            top_appleappstore_url_org,
            top_appstore_rating_org,
            top_appstore_review_count_org,
            last_appstore_update_org,
            appstore_update_count_org,
            appstore_app_category_org,
            top_playstore_url_org,
            top_playstore_rating_org,
            top_playstore_review_count_org,
            last_playstore_update_org,
            playstore_download_count_org,
            playstore_app_category_org,
            total_reviews_org,
            last_funding_date_org,
            last_funding_amount_org,
            lead_investors_org,
            last_funding_type_org,
            funding_round_number_of_investors_org,
            total_funding_amount_org,
        )

        return lead_finder_search_filters
