"""docs/api-notes.md: every citation of it names one of its sections, and each section names the
public documentation page it is about."""

import re

from scripts.devtools.citations import NOTES, cited_sections, sections
from scripts.devtools.cite_notes import rewrite
from scripts.devtools.repo import ROOT, text_of, tracked_files


def test_every_citation_names_an_existing_section() -> None:
    defined = sections(NOTES.read_text())
    dangling = [
        f"{path.relative_to(ROOT)}: {section}"
        for path in tracked_files()
        for section in cited_sections(text_of(path) or "")
        if section not in defined
    ]
    assert not dangling, "citations of sections docs/api-notes.md does not have:\n" + "\n".join(dangling)


def test_the_old_citations_rewritten_would_all_name_existing_sections() -> None:
    # What scripts/cite-notes will produce from the citations not rewritten yet.
    defined = sections(NOTES.read_text())
    cited = {s for path in tracked_files() for s in cited_sections(rewrite(text_of(path) or ""))}
    assert cited - defined == set()


def test_the_citation_reader_finds_every_form_the_repository_uses() -> None:
    text = (
        "(docs/api-notes.md 9.3, 9.19) docs/api-notes.md section 11; docs/api-notes.md 1.3 vs 3.10 "
        "(docs/api-notes.md\n    1.8, 11.7). docs/api-notes.md appendix B, docs/api-notes.md 9.8, LIVE 11.2, "
        "docs/api-notes.md §1.4 and docs/api-notes.md 8."
    )
    assert cited_sections(text) == ["9.3", "9.19", "11", "1.3", "3.10", "1.8", "11.7", "Appendix B"] + [
        "9.8",
        "11.2",
        "1.4",
        "8",
    ]
    assert "99.1" not in sections(NOTES.read_text())
    dangling = "docs/api-notes.md " + "99.1"  # in pieces: this file's own citations are checked too
    assert cited_sections(dangling) == ["99.1"]


def test_every_section_with_text_names_its_public_documentation_page() -> None:
    parts = re.split(r"(?m)^(#{2,3} .*)$", NOTES.read_text())
    headings_and_bodies = zip(parts[1::2], parts[2::2], strict=True)
    without = [h for h, body in headings_and_bodies if body.strip() and "https://doc.enrich.so/" not in body]
    assert not without
