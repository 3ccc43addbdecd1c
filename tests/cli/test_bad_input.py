"""Bad input is refused before anything is sent: exit 2, one line naming the file and the line,
and the organization's ledger untouched (no batch, no reservation, no credit spent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Org

CASES = [
    # (id, file name, content, expected words in the message)
    ("empty file", "empty.csv", b"", ["empty.csv", "the file is empty"]),
    ("only blank lines", "blank.csv", b"\n  \n\n", ["blank.csv", "no rows"]),
    ("header only", "header.csv", b"name,email\n", ["header.csv", "header but no rows"]),
    (
        "not UTF-8",
        "latin1.csv",
        b"name,email\nJos\xe9,jose@example.com\n",
        ["latin1.csv, line 2", "not UTF-8"],
    ),
    ("UTF-16", "utf16.csv", "email\na@example.com\n".encode("utf-16"), ["utf16.csv", "UTF-16"]),
    ("no email column", "nocol.csv", b"name,company\nJane,Acme\n", ["nocol.csv", "which column", "--column"]),
    (
        "wrong field count",
        "fields.csv",
        b"name,company,email\nJane,Acme,jane@acme.com\nBob,bob@foo.com\n",
        ["fields.csv, line 3", "2 fields", "header has 3"],
    ),
    (
        "invalid email",
        "invalid.csv",
        b"name,email\nJane,jane@acme.com\nBob,bob@foo\n",
        ["invalid.csv, line 3", "'bob@foo' is not a valid email address", "column 'email'"],
    ),
    (
        "empty key cell",
        "hole.csv",
        b"name,email\nJane,jane@acme.com\n\nBob,\n",
        ["hole.csv, line 4", "email cell is empty"],
    ),
    (
        "bad JSON line",
        "bad.jsonl",
        b'{"email": "a@b.com"}\n{"email": \n',
        ["bad.jsonl, line 2", "not valid JSON"],
    ),
    ("JSON not an object", "array.jsonl", b'{"email": "a@b.com"}\n["x"]\n', ["array.jsonl, line 2", "array"]),
    (
        "duplicate header",
        "twice.csv",
        b"email,name,email\na@b.com,A,c@d.com\n",
        ["twice.csv, line 1", "'email' twice"],
    ),
    (
        "unclosed quote",
        "quote.csv",
        b'name,email\n"Jane,jane@acme.com\n',
        ["quote.csv", "not valid CSV"],
    ),
]


@pytest.mark.parametrize(("name", "content", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_before_any_request(enrichso, org: Org, tmp_path: Path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    run = enrichso("email-validation", "batch", str(path), "-o", str(tmp_path / "out.csv"))
    assert run.code == 2
    assert len(run.error_lines) == 1, run.stderr
    assert run.error_lines[0].startswith("enrichso: error: ")
    for words in expected:
        assert words in run.error_lines[0]
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "out.csv").exists()
    assert list(tmp_path.iterdir()) == [path]  # no partial output either
    org.assert_untouched()


def test_a_missing_file_is_named(enrichso, org: Org, tmp_path: Path):
    run = enrichso("email-validation", "batch", str(tmp_path / "nope.csv"))
    assert run.code == 2
    assert run.error_lines == [f"enrichso: error: {tmp_path / 'nope.csv'}: no such file"]
    org.assert_untouched()


def test_every_problem_is_counted_and_verbose_lists_them(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "many.csv"
    path.write_text("email\nok@example.com\nbad1\nbad2@\n@bad3.com\nalso ok@example.com\n")
    quiet = enrichso("email-validation", "batch", str(path))
    assert quiet.code == 2
    assert "line 3" in quiet.stderr and "(and 3 more; --verbose lists them)" in quiet.stderr
    loud = enrichso("--verbose", "email-validation", "batch", str(path))
    assert loud.code == 2
    for line in (3, 4, 5, 6):
        assert f"many.csv, line {line}:" in loud.stderr
    org.assert_untouched()


def test_finder_names_the_field_that_is_wrong(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "leads.csv"
    path.write_text(
        "first_name,last_name,domain\nEmily,Zhang,figma.com\nDavid,,vercel.com\nAisha,Johnson,not a domain\n"
    )
    run = enrichso("--verbose", "email-finder", "batch", str(path))
    assert run.code == 2
    assert "leads.csv, line 3: the last name cell is empty" in run.stderr
    assert "leads.csv, line 4: 'not a domain' is not a domain name" in run.stderr
    org.assert_untouched()


def test_a_named_column_that_does_not_exist(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "people.csv"
    path.write_text("name,mail\nJane,jane@acme.com\n")
    run = enrichso("email-validation", "batch", str(path), "--column", "e-mail address")
    assert run.code == 2
    assert "no column named 'e-mail address'" in run.stderr and "'name', 'mail'" in run.stderr
    org.assert_untouched()


@pytest.mark.parametrize("product", ["reverse-lookup", "phone-finder"])
def test_an_address_the_api_would_refuse_the_batch_for_is_named_before_anything_is_sent(
    enrichso, org: Org, tmp_path: Path, product: str
):
    # these two APIs check `format: email` and refuse a whole batch over one address that fails it
    path = tmp_path / "people.csv"
    path.write_text("name,email\nSarah,sarah.chen@stripe.com\nJosé,josé@example.com\n", encoding="utf-8")
    run = enrichso(product, "batch", str(path), "-o", str(tmp_path / "out.csv"))
    assert run.code == 2, run.stderr
    assert "people.csv, line 3" in run.error_lines[0]
    assert "'josé@example.com' is not an address this API accepts" in run.error_lines[0]
    org.assert_untouched()
