"""`--no-wait` where no journal can be kept (a read-only home, a cache folder that is a file): it
noted "cannot keep a journal", then advised "or this command without --no-wait (it waits for
these jobs, not submitting again)"; following that advice submitted, and paid for, every item a
second time. Without a journal it now says the opposite, and points at `jobs results --input`."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Org, run_cli


def test_no_wait_without_a_journal_does_not_promise_a_free_rerun(org: Org, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\nada@figma.com\nbob@stripe.com\n")
    cache = tmp_path / "cache-is-a-file"
    cache.write_text("")
    env = {"ENRICH_API_KEY": org.api_key, "ENRICH_BASE_URL": org.base_url, "XDG_CACHE_HOME": str(cache)}
    run = run_cli("email-validation", "batch", str(source), "--no-wait", env=env)
    assert run.code == 0, run.stderr
    assert "cannot keep a journal" in run.stderr
    assert "not submitting again" not in run.stderr, run.stderr
    assert "would submit, and pay for, every item again" in run.stderr, run.stderr
    assert f"jobs results email-validation {run.stdout.strip()} --input" in run.stderr, run.stderr
