"""The cells a frame gets: the same as the command line's for each row (the product declaration
read through the typed views), whatever shape the API answered in, spread to duplicates and next
to invalid rows in the frame's own order."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import polars as pl
import pytest
from enrichso import Enrich
from enrichso.errors import APIResponseValidationError
from enrichso.frames._cells import _plain_attributes, _view_class, block_cells
from enrichso.frames._products import product
from enrichso.pipeline.needs import EMAIL_VALIDATION, PHONE_FINDER, REVERSE_LOOKUP
from enrichso.pipeline.products import Column
from enrichso.views import EmailValidationView, PhonesView, ProfileView

# Either documented shape, a null member beside the other shape's, nothing at all.
VALIDATIONS: list[Any] = [
    {"email": "a@x.io", "result": "valid", "confidence": "high", "isCatchAll": False, "provider": "GOOGLE"},
    {"email": "a@x.io", "status": "risky", "catchAll": True, "message": "accepts everything"},
    {"result": None, "status": "invalid", "isCatchAll": None, "catchAll": False, "provider": None},
    {},
    None,
    ["not", "an", "object"],
]
# Members of the wrong JSON type with nothing else to read: refused (APIResponseValidationError),
# never read as None.
WRONG_VALIDATIONS: list[Any] = [{"result": True, "confidence": 1.5, "isCatchAll": 0}]
# A member of the wrong JSON type beside the other shape's: refused as well (as a single answer
# is), not passed over for the other shape's member.
MISTYPED_BESIDE_ALIAS: list[Any] = [
    {"result": 3, "status": "invalid"},
    {"result": "valid", "isCatchAll": "yes", "catchAll": False},
]


@pytest.mark.parametrize("raw", MISTYPED_BESIDE_ALIAS)
def test_a_mistyped_member_beside_the_other_shapes_is_refused(raw: Any) -> None:
    view = EmailValidationView.from_dict(raw)
    name = "result" if "status" in raw else "is_catch_all"
    with pytest.raises(APIResponseValidationError):
        getattr(view, name)
    with pytest.raises(APIResponseValidationError):
        block_cells(product("email-validation"))([(raw, None)])


@pytest.mark.parametrize("raw", WRONG_VALIDATIONS)
def test_a_validation_member_of_another_type_is_refused(raw: Any) -> None:
    view = EmailValidationView.from_dict(raw)
    for name in ("result", "confidence", "is_catch_all"):
        with pytest.raises(APIResponseValidationError):
            getattr(view, name)


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
        {"searchIp": "8.8.8.8", "ipDomain": "google.com", "ipCountryName": "United States", "ipCity": None},
        {"ipDomain": "", "ipOrganization": "Example", "ipTimezone": "UTC", "ipLatitude": 1.5},
        {"ipDomain": None, "ipCountryCode": None},
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
    pairs = [
        (raw, error) for raw in RESULTS[command] for error in (None, "", "no result: batch b returned none")
    ]
    expected = [kind.row_values(raw, error) for raw, error in pairs]
    assert block_cells(kind)(pairs) == [list(column) for column in zip(*expected, strict=True)]


WRONG_RESULTS: dict[str, list[Any]] = {
    "email-validation": WRONG_VALIDATIONS,
    "ip-to-company": [{"searchIp": "8.8.8.8", "ipCity": 7}, {"ipDomain": None, "ipCountryCode": True}],
}


@pytest.mark.parametrize("command", sorted(WRONG_RESULTS))
def test_a_frame_refuses_a_member_of_another_type_as_the_declaration_does(command: str) -> None:
    kind = product(command)
    for raw in WRONG_RESULTS[command]:
        with pytest.raises(APIResponseValidationError):
            kind.row_values(raw, None)
        with pytest.raises(APIResponseValidationError):
            block_cells(kind)([({"searchIp": "1.1.1.1"}, None), (raw, None)])


def test_plain_columns_are_read_for_a_block_at_once_and_the_others_are_not() -> None:
    validation = product("email-validation")
    view = _view_class(validation)
    assert view is EmailValidationView
    assert _plain_attributes(validation, view) == [
        "result",
        "confidence",
        "is_catch_all",
        "provider",
        "message",
    ]
    assert _view_class(REVERSE_LOOKUP) is None  # its view derives found and the name: a view each


class _Odd:
    """A product's columns that do more than return an attribute as it is."""

    @staticmethod
    def columns() -> list[Any]:
        return [
            lambda v: v.result or v.message,
            lambda v: v.result if v.provider is not None else None,
            lambda v: [v.result],
            lambda v: (v.result or "").upper(),
        ]


@pytest.mark.parametrize("column", _Odd.columns())
def test_a_column_that_computes_is_not_taken_for_an_attribute(column: Any) -> None:
    declared = EMAIL_VALIDATION.product
    odd = replace(declared, columns=(Column("odd", column),))
    assert _plain_attributes(replace(EMAIL_VALIDATION, product=odd), EmailValidationView) is None
