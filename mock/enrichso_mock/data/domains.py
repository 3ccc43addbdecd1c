"""Properties of a mail domain (provider, catch-all, gateway), shared by every product so that the
validation verdict, the finder's provider and the reverse lookup agree about one domain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .hashing import Hasher
from .vocab import COMPANIES, FREE_MAIL_DOMAINS

_KNOWN_PROVIDERS = {
    "gmail.com": "GOOGLE", "googlemail.com": "GOOGLE", "outlook.com": "MICROSOFT", "hotmail.com": "MICROSOFT",
    "live.com": "MICROSOFT",
}  # fmt: skip
_SEG_PROVIDERS = ("Proofpoint", "Mimecast", "Barracuda", "Cisco IronPort")
_COMPANY_BY_DOMAIN = {domain: name for name, domain in COMPANIES}


@dataclass(frozen=True)
class DomainProfile:
    domain: str
    provider: str  # GOOGLE | MICROSOFT | SMTP
    catch_all: bool
    federated: bool
    seg_provider: str | None
    free_mail: bool
    company: str


@lru_cache(maxsize=65_536)
def domain_profile(seed: int, domain: str) -> DomainProfile:
    domain = domain.lower()
    draw = Hasher(seed, "domain").draw(domain)
    free = domain in FREE_MAIL_DOMAINS
    provider = (
        _KNOWN_PROVIDERS.get(domain) or ("GOOGLE", "GOOGLE", "MICROSOFT", "MICROSOFT", "SMTP")[draw.below(5)]
    )
    catch_all = not free and draw.unit() < 0.12
    federated = provider == "MICROSOFT" and draw.unit() < 0.3
    seg = draw.pick(_SEG_PROVIDERS) if not free and draw.unit() < 0.25 else None
    return DomainProfile(domain, provider, catch_all, federated, seg, free, company_name(domain))


def company_name(domain: str) -> str:
    """'figma.com' -> 'Figma', 'acme-widgets.io' -> 'Acme Widgets'."""
    known = _COMPANY_BY_DOMAIN.get(domain.lower())
    if known:
        return known
    label = domain.lower().split(".")[0] if "." in domain else domain.lower()
    return " ".join(word.capitalize() for word in label.replace("_", "-").split("-") if word) or domain
