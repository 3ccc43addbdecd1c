"""The hook the resilience work plugs its journal into (in process: no API involved)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from enrichso.cli.batch.journal_hook import SubmittedJobs, default_journal_path, persistent_journal
from enrichso.journal import Chunk


def test_the_default_journal_path_is_keyed_by_input_product_and_organization(tmp_path: Path):
    source = tmp_path / "emails.csv"
    path = default_journal_path(str(source), "email_validation", "org1")
    assert path.parent == Path(platformdirs.user_cache_dir("enrichso")) / "journals"
    assert path == default_journal_path(str(source), "email_validation", "org1")  # stable across runs
    others = {
        default_journal_path(str(tmp_path / "other.csv"), "email_validation", "org1"),
        default_journal_path(str(source), "email_finder", "org1"),
        default_journal_path(str(source), "email_validation", "org2"),
    }
    assert path not in others and len(others) == 3


def test_without_a_persistent_journal_the_run_remembers_its_jobs_and_asks_nothing():
    asked: list[str] = []
    assert persistent_journal("emails.csv", "email_validation", lambda: asked.append("org") or "org") is None
    assert asked == []  # the organization is only looked up when a journal is wanted
    jobs = SubmittedJobs()
    chunk = Chunk("email_validation", 0, 3, "f" * 64)
    assert jobs.find(chunk) is None
    jobs.before_submit(chunk)
    jobs.submitted(chunk, "665a1f4e2c3b7800129dce01")
    jobs.outcome_unknown(chunk, RuntimeError("lost"))
    jobs.completed(chunk, "665a1f4e2c3b7800129dce01")
    assert jobs.batch_ids == ["665a1f4e2c3b7800129dce01"] and jobs.unknown == [chunk]


def test_a_persistent_journal_sees_every_call():
    calls: list[str] = []

    class Recording:
        def find(self, chunk: Chunk) -> str | None:
            calls.append("find")
            return "665a1f4e2c3b7800129dce02"

        def before_submit(self, chunk: Chunk) -> None:
            calls.append("before_submit")

        def submitted(self, chunk: Chunk, batch_id: str) -> None:
            calls.append("submitted")

        def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
            calls.append("outcome_unknown")

        def completed(self, chunk: Chunk, batch_id: str) -> None:
            calls.append("completed")

    jobs = SubmittedJobs(Recording())
    chunk = Chunk("email_validation", 0, 3, "f" * 64)
    assert jobs.find(chunk) == "665a1f4e2c3b7800129dce02"  # a resumed run re-attaches, and says so
    jobs.before_submit(chunk)
    jobs.submitted(chunk, "x")
    jobs.outcome_unknown(chunk, RuntimeError("lost"))
    jobs.completed(chunk, "x")
    assert calls == ["find", "before_submit", "submitted", "outcome_unknown", "completed"]
    assert jobs.batch_ids == ["665a1f4e2c3b7800129dce02", "x"]
