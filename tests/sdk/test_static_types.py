"""What a user's type checker sees: mypy --strict (the dev dependency) on two snippets written as a
user would, against the installed package (its py.typed). typing_snippets/uses_options.py calls
resources, job handles and pagers, sync and async, with extra_headers / extra_query / timeout and
reads with_raw_response's APIResponse values: it must pass. typing_snippets/wrong_options.py holds
wrong uses, each line marked `# error: CODE`: mypy must report exactly those. One mypy run over
both, with its own cache (a few seconds once warm)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = Path(__file__).parent / "typing_snippets"
ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")
MARKER = re.compile(r"# error: (?P<code>[a-z-]+)$")


def expected_errors() -> set[tuple[str, int, str]]:
    wrong = SNIPPETS / "wrong_options.py"
    return {
        (wrong.name, number, marker["code"])
        for number, line in enumerate(wrong.read_text().splitlines(), start=1)
        if (marker := MARKER.search(line))
    }


def test_a_users_mypy_sees_the_request_options_and_the_raw_responses() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file=",
            "--cache-dir=.mypy_cache/snippets",
            str(SNIPPETS / "uses_options.py"),
            str(SNIPPETS / "wrong_options.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    reported = {
        (Path(m["file"]).name, int(m["line"]), m["code"])
        for line in result.stdout.splitlines()
        if (m := ERROR.match(line))
    }
    assert len(expected_errors()) >= 10
    assert sorted(reported) == sorted(expected_errors()), result.stdout
