"""`x-enrichso-credits` is an upper bound of what one call costs under the documented price list."""

from __future__ import annotations

from tests.contract.live_credits import estimate, price_of
from tests.spec_facts import spec


def operation(path: str, method: str = "post") -> dict:
    return spec()["paths"][path][method]


def test_the_export_bound_covers_contact_info_and_full_names_together():
    # Export leads: includeEmail 10, includePhone 525, includeNames 1 per lead, includeContactInfo
    # the email+phone shorthand (535): https://doc.enrich.so/export-leads-to-csv-async-28165855e0
    request = {
        "filters": {"jobTitle": ["CTO"]},
        "maxResults": 100,
        "includeContactInfo": True,
        "includeEmail": True,
        "includePhone": True,
        "includeNames": True,
    }
    assert estimate(price_of(operation("/lead-finder/export")), request, {}) >= 100 * (10 + 525 + 1)
