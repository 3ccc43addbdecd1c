"""Citations of docs/api-notes.md ("docs/api-notes.md 9.9", "docs/api-notes.md section 11",
"docs/api-notes.md 9.3, 9.19", "docs/api-notes.md Appendix A") and the sections it holds."""

from __future__ import annotations

import re

from .repo import ROOT

NOTES = ROOT / "docs" / "api-notes.md"
NOTES_NAME = "docs/api-notes.md"

_REF = r"(?:appendix\s+[A-Z]\b|\d+(?:\.\d+)*)"
CITATION = re.compile(
    re.escape(NOTES_NAME)
    + rf"[\s(]*(?:§\s*|section\s+)?(?P<refs>{_REF}(?:\s*(?:,|vs\.?|and)\s*(?:LIVE\s+)?{_REF})*)",
    re.IGNORECASE,
)
_ONE_REF = re.compile(_REF, re.IGNORECASE)
_HEADING = re.compile(r"^#{2,3} (?:(?P<number>\d+(?:\.\d+)?)\.? |Appendix (?P<appendix>[A-Z])\. )", re.M)


def cited_sections(text: str) -> list[str]:
    """Every section a text cites, normalised ("9.9", "11", "Appendix A")."""
    found = []
    for citation in CITATION.finditer(text):
        for ref in _ONE_REF.findall(citation["refs"]):
            found.append(_normal(ref))
    return found


def sections(notes: str) -> set[str]:
    """The section numbers docs/api-notes.md defines by its headings."""
    return {m["number"] or f"Appendix {m['appendix']}" for m in _HEADING.finditer(notes)}


def _normal(ref: str) -> str:
    if ref[0].isdigit():
        return ref
    return "Appendix " + ref.split()[-1].upper()
