"""The public surface does not change without a CHANGELOG entry: docs/public-surface.txt is the
surface the last entry covered, and its refresh refuses until the Unreleased section changed."""

import pytest

from scripts.devtools.public_surface import (
    CHANGELOG,
    SNAPSHOT,
    RefreshRefused,
    live_surface,
    refreshed,
    snapshot_text,
    stale_message,
    surface_of,
    unreleased_hash,
)

CHANGELOG_BEFORE = "# Changelog\n\n## Unreleased\n\n- one thing\n\n## 0.1.0 - 2026-12-06\n\n- first\n"
CHANGELOG_AFTER = CHANGELOG_BEFORE.replace("- one thing\n", "- one thing\n- `Enrich.new_method`\n")


def test_the_public_surface_is_the_one_the_changelog_covers() -> None:
    assert surface_of(SNAPSHOT.read_text()) == live_surface(), stale_message()


def test_the_surface_holds_exports_modules_and_every_resource_method_sync_and_async() -> None:
    surface = live_surface()
    assert "enrichso.Enrich: class(_ClientBase)" in surface
    assert "enrichso.__version__ = " + repr(__import__("enrichso").__version__) in surface
    options = "**request: Unpack[RequestOptions]"
    assert f"Enrich.email_validation.validate: (email: str, {options}) -> ValidationAnswer" in surface
    assert (
        f"AsyncEnrich.email_validation.validate: async (email: str, {options}) -> ValidationAnswer" in surface
    )
    assert any(line.startswith("enrichso.errors.") for line in surface)
    # the per-request options are spelled out, member by member
    assert "options RequestOptions.extra_headers: Mapping[str, str] | None" in surface
    assert "options RequestOptions.timeout: float | httpx.Timeout | None" in surface


def test_a_changed_surface_is_refused_until_the_unreleased_section_changes() -> None:
    old = snapshot_text(["enrichso.Enrich: class()"], unreleased_hash(CHANGELOG_BEFORE))
    grown = ["enrichso.Enrich: class()", "enrichso.Enrich.new_method: () -> None"]
    with pytest.raises(RefreshRefused, match="Unreleased section did not"):
        refreshed(old, grown, CHANGELOG_BEFORE)
    new = refreshed(old, grown, CHANGELOG_AFTER)
    assert surface_of(new) == grown
    assert unreleased_hash(CHANGELOG_AFTER) in new


def test_an_unchanged_surface_keeps_its_snapshot_and_a_first_snapshot_is_taken() -> None:
    old = snapshot_text(["a"], unreleased_hash(CHANGELOG_BEFORE))
    assert refreshed(old, ["a"], CHANGELOG_AFTER) == old
    assert surface_of(refreshed(None, ["a"], CHANGELOG_BEFORE)) == ["a"]


def test_the_changelog_has_an_unreleased_section() -> None:
    assert unreleased_hash(CHANGELOG.read_text())
    with pytest.raises(RefreshRefused):
        unreleased_hash("# Changelog\n\n## 0.1.0\n")
