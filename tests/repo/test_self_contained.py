"""Nothing in the repository reads or cites a file outside it: a fresh clone has everything."""

from scripts.devtools.repo import ROOT, text_of, tracked_files

# Spelled in pieces so that this test does not find itself.
OUTSIDE = ("../" + "shared", "facts" + ".md")


def test_no_tracked_file_refers_to_the_outside_fact_sheet() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {needle}"
        for path in tracked_files()
        for needle in OUTSIDE
        if needle in (text_of(path) or "")
    ]
    assert not offenders, (
        f"{len(offenders)} files refer outside the repository; cite docs/api-notes.md or the public "
        "documentation page instead (scripts/cite-notes rewrites the old citations):\n" + "\n".join(offenders)
    )
