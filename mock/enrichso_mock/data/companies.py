"""Companies: who a LinkedIn company URL names, and the company vocabulary of the lead database.

Company Followers, People Search and Lead Finder all name companies; they agree through this
module: a LinkedIn company URL resolves to a (slug, name, domain), and every company name the
lead database knows (suggestCompanyNames, generated leads) comes from `VOCABULARY`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .people import ascii_slug
from .vocab import COMPANIES

# Well-known companies (public names and domains) on top of vocab.COMPANIES; the first entries of
# suggestions and the likeliest employers of generated people.
_WELL_KNOWN = (
    ("Google", "google.com"), ("Microsoft", "microsoft.com"), ("Apple", "apple.com"),
    ("Amazon", "amazon.com"), ("Meta", "meta.com"), ("Netflix", "netflix.com"),
    ("Salesforce", "salesforce.com"), ("Oracle", "oracle.com"), ("Adobe", "adobe.com"), ("IBM", "ibm.com"),
    ("Intel", "intel.com"), ("Nvidia", "nvidia.com"), ("Cisco", "cisco.com"), ("SAP", "sap.com"),
    ("Uber", "uber.com"), ("Lyft", "lyft.com"), ("Dropbox", "dropbox.com"), ("Slack", "slack.com"),
    ("Zoom", "zoom.us"), ("Okta", "okta.com"), ("MongoDB", "mongodb.com"), ("Elastic", "elastic.co"),
    ("Confluent", "confluent.io"), ("Databricks", "databricks.com"), ("Plaid", "plaid.com"),
    ("Brex", "brex.com"), ("Ramp", "ramp.com"), ("Gusto", "gusto.com"), ("Rippling", "rippling.com"),
    ("Deel", "deel.com"), ("Retool", "retool.com"), ("Airtable", "airtable.com"), ("Zapier", "zapier.com"),
    ("Calendly", "calendly.com"), ("Loom", "loom.com"), ("Grammarly", "grammarly.com"),
    ("Duolingo", "duolingo.com"), ("Pinterest", "pinterest.com"), ("Reddit", "reddit.com"),
    ("Snap", "snap.com"), ("DoorDash", "doordash.com"), ("Instacart", "instacart.com"),
    ("Coinbase", "coinbase.com"), ("Robinhood", "robinhood.com"), ("Square", "squareup.com"),
    ("PayPal", "paypal.com"), ("Adyen", "adyen.com"), ("Wise", "wise.com"), ("N26", "n26.com"),
    ("Zalando", "zalando.com"), ("Delivery Hero", "deliveryhero.com"), ("Personio", "personio.com"),
    ("Celonis", "celonis.com"), ("UiPath", "uipath.com"), ("Booking.com", "booking.com"),
    ("Mollie", "mollie.com"), ("Typeform", "typeform.com"), ("Glovo", "glovoapp.com"),
    ("Spendesk", "spendesk.com"), ("Doctolib", "doctolib.fr"), ("BlaBlaCar", "blablacar.com"),
    ("Infosys", "infosys.com"), ("Wipro", "wipro.com"), ("Flipkart", "flipkart.com"),
    ("Razorpay", "razorpay.com"), ("Freshworks", "freshworks.com"), ("Zoho", "zoho.com"),
    ("Grab", "grab.com"), ("Sea", "sea.com"), ("Rakuten", "rakuten.com"),
    ("Mercado Libre", "mercadolibre.com"), ("Nubank", "nubank.com.br"), ("Accenture", "accenture.com"),
    ("Deloitte", "deloitte.com"), ("McKinsey & Company", "mckinsey.com"), ("Stripe Atlas", "stripe.com"),
    ("StripChat", "stripchat.com"), ("Striim", "striim.com"),
)  # fmt: skip

# Syllables of the synthetic part of the vocabulary (thousands of plausible, made-up names).
_STEMS = (
    "Acme", "Apex", "Arc", "Atlas", "Aura", "Beacon", "Bright", "Cedar", "Clear", "Cobalt", "Core", "Crest",
    "Delta", "Echo", "Ember", "Evergreen", "Flux", "Forge", "Granite", "Harbor", "Helix", "Horizon", "Iron",
    "Juniper", "Keystone", "Lumen", "Maple", "Meridian", "Nimbus", "North", "Nova", "Oak", "Orbit", "Peak",
    "Pine", "Pioneer", "Prism", "Quantum", "Radiant", "Ridge", "River", "Sage", "Silver", "Sky", "Summit",
    "Terra", "Tidal", "True", "Vector", "Vertex", "Vista", "Willow", "Zenith", "Stri", "Blue", "Green",
)  # fmt: skip
_SUFFIXES = (
    "Labs", "Systems", "Analytics", "Health", "Capital", "Group", "Software", "Networks", "Robotics",
    "Logistics", "Media", "Energy", "Foods", "Bio", "Security", "Cloud", "Partners", "Studio", "AI", "Pay",
)  # fmt: skip


@dataclass(frozen=True)
class Company:
    name: str
    domain: str

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-") or ascii_slug(self.domain)

    @property
    def linkedin_url(self) -> str:
        return f"https://www.linkedin.com/company/{self.slug}"

    @property
    def logo_url(self) -> str:
        return f"https://media.licdn.com/dms/image/company-logo_200_200/{self.slug}-logo.png"


def _synthetic() -> list[Company]:
    companies = []
    for stem in _STEMS:
        for suffix in _SUFFIXES:
            name = f"{stem} {suffix}"
            tld = ".io" if suffix in ("Labs", "Cloud", "AI", "Software") else ".com"
            companies.append(Company(name, re.sub(r"[^a-z0-9]", "", name.lower()) + tld))
    return companies


VOCABULARY: tuple[Company, ...] = tuple(
    [Company(name, domain) for name, domain in (*COMPANIES, *_WELL_KNOWN)] + _synthetic()
)


def _first_by(key: Callable[[Company], str]) -> dict[str, Company]:
    index: dict[str, Company] = {}
    for company in VOCABULARY:
        index.setdefault(key(company), company)  # Stripe owns stripe.com, not Stripe Atlas
    return index


_BY_SLUG = _first_by(lambda c: c.slug)
_BY_DOMAIN = _first_by(lambda c: c.domain)
_BY_NAME = _first_by(lambda c: c.name.lower())


def slug_of(url: str) -> str:
    """The company part of a LinkedIn company URL ('.../company/stripe/' -> 'stripe'), or a stable
    stand-in for any other URL (its last path segment, else its host)."""
    parts = urlsplit(url.strip())
    segments = [s for s in parts.path.split("/") if s]
    if "company" in segments[:-1]:
        segment = segments[segments.index("company") + 1]
    elif segments:
        segment = segments[-1]
    else:
        segment = (parts.hostname or url).split(".")[0]
    return segment.lower().encode("utf-8", "backslashreplace").decode("utf-8")


@lru_cache(maxsize=4096)
def from_url(url: str) -> Company:
    """The company a URL names: a known one by slug, else one named after the slug."""
    slug = slug_of(url)
    known = _BY_SLUG.get(slug)
    if known is not None:
        return known
    words = [w for w in re.split(r"[-_]+", slug) if w]
    name = " ".join(w.capitalize() for w in words) or "Unknown Company"
    return Company(name, (ascii_slug(name) or "company") + ".com")


def by_name(name: str) -> Company:
    """A company called `name` (the vocabulary's, else one with a domain derived from the name)."""
    known = _BY_NAME.get(name.strip().lower())
    if known is not None:
        return known
    return Company(name.strip(), (ascii_slug(name) or "company") + ".com")


def by_domain(domain: str) -> Company:
    domain = domain.strip().lower()
    known = _BY_DOMAIN.get(domain)
    if known is not None:
        return known
    label = domain.split(".")[0] if "." in domain else domain
    name = " ".join(w.capitalize() for w in re.split(r"[-_]+", label) if w) or domain
    return Company(name, domain)


def suggest(prefix: str, limit: int) -> list[str]:
    """Company names starting with `prefix` (case-insensitive), well-known names first."""
    wanted = prefix.strip().lower()
    seen: set[str] = set()
    matches = []
    for company in VOCABULARY:
        if company.name.lower().startswith(wanted) and company.name not in seen:
            seen.add(company.name)
            matches.append(company.name)
            if len(matches) == limit:
                break
    return matches
