"""The Lead Finder database's vocabularies: filter values, their shares of the database, and the
filter-options answer built from them.

The values are the ones a third-party live probe observed (docs/api-notes.md Appendix A). The documentation's
own examples use `C-Suite` for the top job level where the live options say `C-Team`: both are
accepted (the first is an alias of the second), so the documented examples find leads too.
"""

from __future__ import annotations

from dataclasses import dataclass

JOB_LEVEL_SHARES = {
    "C-Team": 0.04,
    "VP": 0.05,
    "Director": 0.10,
    "Manager": 0.22,
    "Staff": 0.50,
    "Other": 0.09,
}
JOB_LEVEL_ALIASES = {"C-Suite": "C-Team"}

JOB_FUNCTIONS = (
    "Advertising & Marketing", "Art, Culture and Creative Professionals", "Construction",
    "Customer/Client Service", "Education", "Engineering", "Finance & Accounting",
    "General Business & Management", "Healthcare & Human Services", "Human Resources",
    "Information Technology", "Legal", "Manufacturing & Production", "Operations", "Other",
    "Public Administration & Safety", "Purchasing", "Research & Development", "Sales & Business Development",
    "Science", "Supply Chain & Logistics", "Writing/Editing",
)  # fmt: skip
# How a function reads inside a title ("VP of Sales", "Engineering Manager").
FUNCTION_AREAS = {
    "Advertising & Marketing": "Marketing", "Art, Culture and Creative Professionals": "Design",
    "Construction": "Construction", "Customer/Client Service": "Customer Success", "Education": "Education",
    "Engineering": "Engineering", "Finance & Accounting": "Finance",
    "General Business & Management": "Business", "Healthcare & Human Services": "Clinical Services",
    "Human Resources": "People", "Information Technology": "IT", "Legal": "Legal",
    "Manufacturing & Production": "Manufacturing", "Operations": "Operations", "Other": "Special Projects",
    "Public Administration & Safety": "Public Affairs", "Purchasing": "Procurement",
    "Research & Development": "Research", "Sales & Business Development": "Sales", "Science": "Science",
    "Supply Chain & Logistics": "Supply Chain", "Writing/Editing": "Content",
}  # fmt: skip
CHIEF_TITLES = {
    "Engineering": "Chief Technology Officer", "Information Technology": "Chief Information Officer",
    "Finance & Accounting": "Chief Financial Officer", "Advertising & Marketing": "Chief Marketing Officer",
    "Sales & Business Development": "Chief Revenue Officer", "Operations": "Chief Operating Officer",
    "Human Resources": "Chief People Officer", "Legal": "General Counsel",
}  # fmt: skip
STAFF_TITLES = {
    "Engineering": (
        "Software Engineer",
        "Senior Software Engineer",
        "Data Engineer",
        "Site Reliability Engineer",
    ),
    "Sales & Business Development": (
        "Account Executive",
        "Sales Development Representative",
        "Account Manager",
    ),
    "Advertising & Marketing": ("Marketing Specialist", "Content Marketing Specialist", "Growth Marketer"),
    "Information Technology": ("Systems Administrator", "IT Support Specialist", "Network Engineer"),
    "Finance & Accounting": ("Financial Analyst", "Accountant", "Controller"),
    "Customer/Client Service": ("Customer Success Manager", "Support Specialist"),
    "Research & Development": ("Research Scientist", "R&D Engineer"),
}
OTHER_TITLES = ("Consultant", "Advisor", "Freelancer", "Board Member", "Intern")

CONTINENTS = ("Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America")
COUNTRY_REGIONS = {"NORAM": 0.38, "EMEA": 0.33, "APAC": 0.22, "LATAM": 0.07}


@dataclass(frozen=True)
class Country:
    name: str
    code: str
    continent: str
    region: str
    share: float
    city: str
    state: str
    phone_prefix: str


# name, ISO code, continent, sales region, share of the database, a main city and its state, dialling code
COUNTRIES = tuple(
    Country(*row)
    for row in (
        ("United States", "US", "North America", "NORAM", 0.34, "San Francisco", "California", "+1"),
        ("United Kingdom", "GB", "Europe", "EMEA", 0.07, "London", "England", "+44"),
        ("India", "IN", "Asia", "APAC", 0.09, "Bengaluru", "Karnataka", "+91"),
        ("Canada", "CA", "North America", "NORAM", 0.04, "Toronto", "Ontario", "+1"),
        ("Germany", "DE", "Europe", "EMEA", 0.04, "Berlin", "Berlin", "+49"),
        ("France", "FR", "Europe", "EMEA", 0.035, "Paris", "Île-de-France", "+33"),
        ("Brazil", "BR", "South America", "LATAM", 0.035, "São Paulo", "São Paulo", "+55"),
        ("Australia", "AU", "Oceania", "APAC", 0.025, "Sydney", "New South Wales", "+61"),
        ("Netherlands", "NL", "Europe", "EMEA", 0.02, "Amsterdam", "North Holland", "+31"),
        ("Spain", "ES", "Europe", "EMEA", 0.02, "Madrid", "Madrid", "+34"),
        ("Italy", "IT", "Europe", "EMEA", 0.018, "Milan", "Lombardy", "+39"),
        ("Mexico", "MX", "North America", "LATAM", 0.015, "Mexico City", "Mexico City", "+52"),
        ("Singapore", "SG", "Asia", "APAC", 0.01, "Singapore", "Central Singapore", "+65"),
        ("Sweden", "SE", "Europe", "EMEA", 0.009, "Stockholm", "Stockholm", "+46"),
        ("Ireland", "IE", "Europe", "EMEA", 0.008, "Dublin", "Leinster", "+353"),
        ("Switzerland", "CH", "Europe", "EMEA", 0.008, "Zurich", "Zurich", "+41"),
        ("Japan", "JP", "Asia", "APAC", 0.012, "Tokyo", "Tokyo", "+81"),
        ("Israel", "IL", "Asia", "EMEA", 0.006, "Tel Aviv", "Tel Aviv District", "+972"),
        ("United Arab Emirates", "AE", "Asia", "EMEA", 0.007, "Dubai", "Dubai", "+971"),
        ("South Africa", "ZA", "Africa", "EMEA", 0.008, "Cape Town", "Western Cape", "+27"),
        ("Nigeria", "NG", "Africa", "EMEA", 0.006, "Lagos", "Lagos", "+234"),
        ("Poland", "PL", "Europe", "EMEA", 0.008, "Warsaw", "Masovian", "+48"),
        ("Argentina", "AR", "South America", "LATAM", 0.007, "Buenos Aires", "Buenos Aires", "+54"),
        ("Colombia", "CO", "South America", "LATAM", 0.006, "Bogotá", "Bogotá", "+57"),
        ("New Zealand", "NZ", "Oceania", "APAC", 0.004, "Auckland", "Auckland", "+64"),
        ("Philippines", "PH", "Asia", "APAC", 0.007, "Manila", "Metro Manila", "+63"),
        ("Indonesia", "ID", "Asia", "APAC", 0.007, "Jakarta", "Jakarta", "+62"),
        ("Denmark", "DK", "Europe", "EMEA", 0.004, "Copenhagen", "Capital Region", "+45"),
        ("Norway", "NO", "Europe", "EMEA", 0.004, "Oslo", "Oslo", "+47"),
        ("Portugal", "PT", "Europe", "EMEA", 0.004, "Lisbon", "Lisbon", "+351"),
    )
)
COUNTRY_BY_NAME = {c.name: c for c in COUNTRIES}
COUNTRY_BY_CODE = {c.code: c for c in COUNTRIES}
COUNTRY_WEIGHTS = tuple(c.share for c in COUNTRIES)

REVENUE_BUCKETS = {
    "<$1M": 0.35, "$1M to <$10M": 0.30, "$10M to <$50M": 0.15, "$50M to <$100M": 0.06, "$100M to <$1B": 0.09,
    "$1B+": 0.05,
}  # fmt: skip
COMPANY_ENTITY_TYPES = {
    "Educational": 0.02, "Educational Institution": 0.03, "Government Agency": 0.03, "Nonprofit": 0.05,
    "Partnership": 0.04, "Privately Held": 0.55, "Public Company": 0.12, "Self-Employed": 0.08,
    "Self-Owned": 0.04, "Sole Proprietorship": 0.04,
}  # fmt: skip
FUNDING_TYPES = (
    "Angel Round", "Convertible Note", "Corporate Round", "Debt Financing", "Equity Crowdfunding",
    "Funding Round", "Grant", "Initial Coin Offering", "Non Equity Assistance", "Post-IPO Debt",
    "Post-IPO Equity", "Post-IPO Secondary", "Pre Seed Round", "Private Equity Round", "Product Crowdfunding",
    "Secondary Market", "Seed Round", "Series A", "Series B", "Series C", "Series D", "Series E", "Series F",
    "Series G", "Series H", "Series I", "Series J", "Venture Round",
)  # fmt: skip
TECHNOLOGIES = {
    "crmTechOrg": ("Hubspot", "Microsoft Dynamics", "Pipedrive CRM", "Salesforce CRM", "SugarCRM", "Zoho"),
    "marketingAutomationTechOrg": (
        "Hubspot",
        "Klaviyo",
        "Mailchimp",
        "Marketo",
        "Pardot",
        "Salesforce Marketing Cloud",
    ),
    "salesAutomationTechOrg": ("Apollo", "Outreach", "Salesloft", "Yesware"),
    "cloudProviderTechOrg": (
        "AWS",
        "Alibaba",
        "Google Cloud",
        "IBM Cloud",
        "Microsoft Azure",
        "Oracle Cloud",
    ),
    "eCommercePlatformTechOrg": (
        "BigCommerce",
        "Oracle Commerce",
        "Salesforce Commerce Cloud",
        "Shopify",
        "WooCommerce",
    ),
    "analyticsTechOrg": ("Looker", "Power BI", "Qlik", "Segment", "Tableau"),
    "emailHostingTechOrg": ("Google", "Microsoft"),
    "cmsTechOrg": (
        "Adobe CQ",
        "Adobe Experience Manager",
        "Contentful",
        "Drupal",
        "Episerver",
        "Hubspot",
        "Optimizely",
        "Prismic",
        "Sanity",
        "Sitecore",
        "Squarespace",
        "Strapi",
        "Wix",
        "Wordpress",
    ),
}

# (SIC description, NAICS description, LinkedIn industry, specialties)
INDUSTRIES = (
    (
        "Computer Processing & Data Preparation",
        "Data Processing, Hosting, and Related Services",
        "IT Services and IT Consulting",
        ("Cloud Infrastructure", "Data Platforms", "APIs"),
    ),
    (
        "Prepackaged Software",
        "Software Publishers",
        "Software Development",
        ("SaaS", "B2B Software", "Developer Tools"),
    ),
    (
        "Computer Programming Services",
        "Custom Computer Programming Services",
        "Software Development",
        ("Web Development", "Mobile Apps", "Product Engineering"),
    ),
    (
        "Management Consulting Services",
        "Administrative Management and General Management Consulting Services",
        "Business Consulting and Services",
        ("Strategy", "Digital Transformation", "Operations"),
    ),
    (
        "Commercial Banks, Nec",
        "Commercial Banking",
        "Banking",
        ("Payments", "Lending", "Financial Infrastructure"),
    ),
    (
        "Pharmaceutical Preparations",
        "Pharmaceutical Preparation Manufacturing",
        "Pharmaceutical Manufacturing",
        ("Drug Discovery", "Clinical Trials", "Biotech"),
    ),
    (
        "Advertising Agencies",
        "Advertising Agencies",
        "Advertising Services",
        ("Brand Strategy", "Performance Marketing"),
    ),
    (
        "General Medical & Surgical Hospitals",
        "General Medical and Surgical Hospitals",
        "Hospitals and Health Care",
        ("Patient Care", "Telehealth", "Diagnostics"),
    ),
    (
        "Colleges & Universities",
        "Colleges, Universities, and Professional Schools",
        "Higher Education",
        ("Research", "Online Learning", "Executive Education"),
    ),
    (
        "Catalog & Mail-Order Houses",
        "Electronic Shopping and Mail-Order Houses",
        "Retail",
        ("E-commerce", "Marketplaces", "Logistics"),
    ),
    (
        "Telephone Communications, Except Radiotelephone",
        "Wired Telecommunications Carriers",
        "Telecommunications",
        ("Connectivity", "5G", "Networking"),
    ),
    (
        "Help Supply Services",
        "Temporary Help Services",
        "Staffing and Recruiting",
        ("Recruiting", "Talent Acquisition"),
    ),
)

SKILLS = (
    "Python", "SQL", "Leadership", "Sales", "Negotiation", "Salesforce", "Product Management", "Kubernetes",
    "Machine Learning", "Marketing Strategy", "Financial Modeling", "Project Management", "React", "Go",
    "Customer Success", "Data Analysis", "Cloud Architecture", "Distributed Systems", "Recruiting", "SEO",
)  # fmt: skip

# Filters whose values live in a vocabulary: an unknown value matches nothing (as observed live
# for jobFunction), a known one keeps its share of the database.
CATEGORICAL_SHARES: dict[str, dict[str, float]] = {
    "jobLevel": {
        **JOB_LEVEL_SHARES,
        **{alias: JOB_LEVEL_SHARES[v] for alias, v in JOB_LEVEL_ALIASES.items()},
    },
    "jobFunction": {
        f: (0.02 if f != "Other" else 0.06) + 0.002 * (i % 9) for i, f in enumerate(JOB_FUNCTIONS)
    },
    "countryName": {c.name: c.share for c in COUNTRIES},
    "countryCode": {c.code: c.share for c in COUNTRIES},
    "headquartersCountry": {c.name: c.share for c in COUNTRIES},
    "continent": {
        name: sum(c.share for c in COUNTRIES if c.continent == name)
        + (0.002 if name != "Antarctica" else 0.0)
        for name in CONTINENTS
    },
    "countryRegion": COUNTRY_REGIONS,
    "revenueBuckets": REVENUE_BUCKETS,
    "companyEntityType": COMPANY_ENTITY_TYPES,
    "lastFundingTypeOrg": {t: 0.004 + 0.001 * (i % 7) for i, t in enumerate(FUNDING_TYPES)},
    **{
        name: {v: 0.03 + 0.02 * (i % 5) for i, v in enumerate(values)}
        for name, values in TECHNOLOGIES.items()
    },
}


def canonical_level(level: str) -> str:
    return JOB_LEVEL_ALIASES.get(level, level)


def filter_options() -> dict[str, list[str]]:
    """getFilterOptions in the documented shape `Record<string, string[]>` (docs/api-notes.md 3.8)."""
    options: dict[str, list[str]] = {
        "jobLevel": list(JOB_LEVEL_SHARES),
        "jobFunction": list(JOB_FUNCTIONS),
        "continent": list(CONTINENTS),
        "countryRegion": list(COUNTRY_REGIONS),
        "countryName": sorted(c.name for c in COUNTRIES),
        "countryCode": sorted(c.code for c in COUNTRIES),
        "headquartersCountry": sorted(c.name for c in COUNTRIES),
        "revenueBuckets": list(REVENUE_BUCKETS),
        "companyEntityType": list(COMPANY_ENTITY_TYPES),
        "lastFundingTypeOrg": list(FUNDING_TYPES),
        "industrySicDescription": sorted({i[0] for i in INDUSTRIES}),
        "industryNaicsDescription": sorted({i[1] for i in INDUSTRIES}),
        "linkedinIndustry": sorted({i[2] for i in INDUSTRIES}),
    }
    options.update({name: list(values) for name, values in TECHNOLOGIES.items()})
    return options
