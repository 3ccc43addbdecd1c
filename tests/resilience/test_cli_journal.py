"""The command line's journal: where it lives, when a partial output may be continued, and how
the output pass skips the rows an earlier run wrote."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from enrichso import errors
from enrichso.cli.batch.journal_hook import OutputTarget, RunJournal, default_journal_path
from enrichso.cli.batch.output import OutputFormat, open_output
from enrichso.journal import Checkpoint, FileJournal

from .conftest import Org
from .support import cli_env, emails, run_cli


def test_one_journal_per_input_content_product_organization_and_api(tmp_path: Path) -> None:
    path = default_journal_path("d" * 64, "email_validation", "org1", "https://dev.enrich.so/api/v3")
    assert path.parent == Path(platformdirs.user_cache_dir("enrichso")) / "journals"
    assert path == default_journal_path("d" * 64, "email_validation", "org1", "https://dev.enrich.so/api/v3")
    others = {
        default_journal_path("e" * 64, "email_validation", "org1", "https://dev.enrich.so/api/v3"),
        default_journal_path("d" * 64, "email_finder", "org1", "https://dev.enrich.so/api/v3"),
        default_journal_path("d" * 64, "email_validation", "org2", "https://dev.enrich.so/api/v3"),
        default_journal_path("d" * 64, "email_validation", "org1", "http://127.0.0.1:4010/api/v3"),
    }
    assert path not in others and len(others) == 4


def _journal(tmp_path: Path, partial_bytes: bytes | None, **extra: object) -> RunJournal:
    tmp_path.mkdir()
    final = tmp_path / "out.csv"
    target = OutputTarget(final, tmp_path / ".out.csv.x.partial", "csv")
    if partial_bytes is not None:
        target.partial.write_bytes(partial_bytes)
    inner = FileJournal(tmp_path / "j")
    fields = {"output": str(final), "partial": str(target.partial), "format": "csv", "bytes": 6, "records": 1}
    inner.checkpoint(Checkpoint("run", 0, 2, 1, 1, extra={**fields, **extra}))
    return RunJournal(inner, output=target)


def test_a_checkpoint_is_continued_only_with_its_partial_output(tmp_path: Path) -> None:
    assert _journal(tmp_path / "a", b"email\na\n").resume_point("run") is not None
    assert _journal(tmp_path / "b", None).resume_point("run") is None  # the partial file is gone
    assert _journal(tmp_path / "c", b"em").resume_point("run") is None  # shorter than recorded
    assert _journal(tmp_path / "d", b"email\na\n", format="jsonl").resume_point("run") is None
    assert _journal(tmp_path / "e", b"email\na\n", output="/elsewhere.csv").resume_point("run") is None
    # written with other --escape-formulas: continuing would mix two escapings in one file
    assert _journal(tmp_path / "g", b"email\na\n", escape="all").resume_point("run") is None
    assert _journal(tmp_path / "h", b"email\na\n", escape="results").resume_point("run") is not None
    without_output = RunJournal(FileJournal(tmp_path / "f"))
    assert without_output.resume_point("run") is None  # standard output: every row again


def test_a_partial_output_is_cut_back_and_continued_without_a_second_header(tmp_path: Path) -> None:
    final, partial = tmp_path / "out.csv", tmp_path / ".out.csv.x.partial"
    partial.write_bytes(b"email,enrich_result\na@x,valid\nb@x,inv")  # killed in the middle of a row
    with open_output(
        str(final), OutputFormat.CSV, ["email", "enrich_result"], partial=partial, resume_at=30
    ) as w:
        w.write({"email": "b@x", "enrich_result": "invalid"})
        assert w.position() == len(b"email,enrich_result\na@x,valid\nb@x,invalid\n")
    assert final.read_text() == "email,enrich_result\na@x,valid\nb@x,invalid\n" and not partial.exists()


def test_without_a_writable_cache_the_run_goes_on_unresumable(org: Org, tmp_path: Path) -> None:
    source = tmp_path / "emails.csv"
    source.write_text("email\n" + "\n".join(emails(50)) + "\n")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")  # the cache folder cannot be created under a file
    out = tmp_path / "out.csv"
    done = run_cli(
        "email-validation",
        "batch",
        str(source),
        "-o",
        str(out),
        env=cli_env(org.server, org.api_key, blocked),
    )
    assert done.code == 0, done.stderr
    assert "cannot keep a journal" in done.stderr and len(out.read_text().splitlines()) == 51


def test_a_run_that_writes_elsewhere_removes_the_earlier_runs_partial_output_when_it_completes(
    tmp_path: Path,
) -> None:
    journal = _journal(tmp_path / "a", b"email\na\n")
    earlier_partial = tmp_path / "a" / ".out.csv.x.partial"
    elsewhere = RunJournal(journal.inner)  # the same journal, the rows now going to stdout
    assert elsewhere.resume_point("run") is None  # nothing to continue: every row again
    assert earlier_partial.exists()  # kept while this run may still fail
    elsewhere.finish()
    assert not earlier_partial.exists()


def test_a_journal_file_that_cannot_be_read_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from enrichso.cli.batch import journal_hook
    from enrichso.cli.tabular.source import InputFile

    garbage = tmp_path / "journal.sqlite"
    garbage.write_bytes(b"not an SQLite database " * 200)
    monkeypatch.setattr(journal_hook, "default_journal_path", lambda *args: garbage)
    source = tmp_path / "emails.csv"
    source.write_text("email\na@x.io\n")
    with pytest.raises(errors.JournalError, match=str(garbage)):  # never a silent fresh start
        journal_hook.open_run_journal(
            InputFile("emails.csv", source, ".csv"),
            "email_validation",
            lambda: "org",
            base_url="http://127.0.0.1:1/api/v3",
            persistent=True,
            output=None,
            format="csv",
        )
    assert garbage.read_bytes().startswith(b"not an SQLite")
