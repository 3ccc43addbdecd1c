"""The cells a frame gets: the same as the command line's for each row (the product declaration
read through the typed views), whatever shape the API answered in, spread to duplicates and next
to invalid rows in the frame's own order."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from enrichso import Enrich
from enrichso.frames._cells import row_cells
from enrichso.frames._products import product
from enrichso.pipeline.needs import EMAIL_VALIDATION, PHONE_FINDER, REVERSE_LOOKUP
from enrichso.views import EmailValidationView, PhonesView, ProfileView

# Either documented shape, members of the wrong JSON type, and nothing at all.
VALIDATIONS: list[Any] = [
    {"email": "a@x.io", "result": "valid", "confidence": "high", "isCatchAll": False, "provider": "GOOGLE"},
    {"email": "a@x.io", "status": "risky", "catchAll": True, "message": "accepts everything"},
    {"result": 3, "status": "invalid", "isCatchAll": "yes", "catchAll": False, "provider": None},
    {"result": True, "confidence": 1.5, "isCatchAll": 0},
    {},
    None,
    ["not", "an", "object"],
]


@pytest.mark.parametrize("raw", VALIDATIONS)
def test_a_validation_view_reads_either_shape_and_only_members_of_their_type(raw: Any) -> None:
    view = EmailValidationView.from_dict(raw)
    given = raw if isinstance(raw, dict) else {}

    def first(kind: type, *names: str) -> Any:
        found = [given[n] for n in names if isinstance(given.get(n), kind)]
        return found[0] if found else None

    assert view.result == first(str, "result", "status")
    assert view.is_catch_all == first(bool, "isCatchAll", "catchAll")
    assert view.confidence == first(str, "confidence")
    assert view.provider == first(str, "provider")
    assert view.message == first(str, "message")
    assert view.raw == given


def test_views_that_derive_members_still_derive_them() -> None:
    assert PhonesView.from_dict({"phones": [{"number": "+1 555", "type": "mobile"}, "+44 20"]}).found is True
    assert PhonesView.from_dict({"phones": []}).found is False
    profile = ProfileView.from_dict({"firstName": "Ada", "lastName": "Lovelace", "linkedinUrl": "u"})
    assert (profile.found, profile.display_name, profile.profile_url) == (True, "Ada Lovelace", "u")
    assert REVERSE_LOOKUP.row_values({"email": "a@x.io"}, None)[0] is False
    assert PHONE_FINDER.row_values({"phones": ["+1 555"]}, None)[:2] == (True, ["+1 555"])


def test_each_row_gets_the_cells_the_cli_writes_for_it(client: Enrich) -> None:
    emails = [
        "ada@figma.com",
        "nope",
        "bob@stripe.com",
        "ADA@figma.com ",
        None,
        "cy@notion.so",
        "bob@stripe.com",
    ]
    frame = pl.DataFrame({"email": emails, "n": list(range(len(emails)))})
    out = client.email_validation.validate_frame(frame, skip_invalid=True, poll_interval=0)
    assert out["n"].to_list() == list(range(len(emails)))  # same rows, same order
    rows = out.select(EMAIL_VALIDATION.output_columns).rows()
    # the CLI's cells of each row, read from the same run's results
    expected: dict[str, tuple[Any, ...]] = {}
    for row in client.email_validation.validate_many(["ada@figma.com", "bob@stripe.com", "cy@notion.so"]):
        expected[row.input] = EMAIL_VALIDATION.row_values(row.raw, row.error)
    assert rows[0] == rows[3] == expected["ada@figma.com"]
    assert rows[2] == rows[6] == expected["bob@stripe.com"]
    assert rows[5] == expected["cy@notion.so"]
    for invalid in (1, 4):
        assert rows[invalid][:-1] == (None,) * (len(rows[invalid]) - 1)
        assert rows[invalid][-1].startswith("invalid input")


RESULTS: dict[str, list[Any]] = {
    "email-validation": VALIDATIONS,
    "ip-to-company": [
        {"searchIp": "8.8.8.8", "ipDomain": "google.com", "ipCountryName": "United States", "ipCity": 7},
        {"ipDomain": "", "ipOrganization": "Example", "ipTimezone": "UTC", "ipLatitude": 1.5},
        {"ipDomain": None, "ipCountryCode": True},
        {},
        None,
    ],
    "reverse-lookup": [
        {"email": "a@x.io", "displayName": "Ada", "headline": None, "title": "CTO", "company": "X"},
        {"firstName": "Ada", "lastName": "Lovelace", "linkedinUrl": "u", "found": False},
        {},
    ],
    "phone-finder": [{"phones": ["+1 555", {"number": "+44 20", "type": "mobile"}, 3]}, {"found": True}, {}],
}


@pytest.mark.parametrize("command", sorted(RESULTS))
def test_a_frame_reads_the_same_cells_as_the_declaration(command: str) -> None:
    kind = product(command)
    cells = row_cells(kind)
    for raw in RESULTS[command]:
        for error in (None, "no result: batch b returned none for this item"):
            assert cells(raw, error) == kind.row_values(raw, error), (raw, error)


def test_the_views_that_derive_nothing_are_read_on_demand() -> None:
    # the products whose cells are read without building a view (the others build it)
    assert row_cells(EMAIL_VALIDATION) != EMAIL_VALIDATION.row_values
    assert row_cells(product("ip-to-company")) != product("ip-to-company").row_values
    assert row_cells(REVERSE_LOOKUP) == REVERSE_LOOKUP.row_values
