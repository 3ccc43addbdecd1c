"""A locale whose encoding is not UTF-8 (a Latin-1 or ASCII locale, PYTHONIOENCODING, `LC_ALL=C`
with Python's UTF-8 mode off):

- a batch written to standard output stopped at the first cell its encoding has no byte for
  (`unexpected UnicodeEncodeError`, exit 6), after the job was paid for; `--json` answers with an
  em dash in them failed the same way. Output that is not a terminal is now UTF-8, as the files
  `-o` writes are (JSON must be); on a terminal, what it cannot show is shown as an escape.
- an `-o` name the ASCII file system encoding cannot decode (`sortie-é.csv`, held as surrogates)
  failed after the submit: the journal's checkpoint could not store it (`unexpected TypeError:
  str is not valid UTF-8`, exit 6), and every rerun again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import Org


def _run(org: Org, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("ENRICH_", "LC_", "LANG"))}
    full.update(
        ENRICH_API_KEY=org.api_key,
        ENRICH_BASE_URL=org.base_url,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        NO_COLOR="1",
        **env,
    )
    command = [sys.executable, "-m", "enrichso.cli", *args]
    return subprocess.run(command, env=full, capture_output=True, cwd=tmp_path, timeout=120, check=False)


def test_a_batch_to_a_latin_1_stdout_is_written_in_utf_8(org: Org, tmp_path: Path) -> None:
    (tmp_path / "in.csv").write_text("name,email\nZoë 名前,zoe@figma.com\n", encoding="utf-8")
    done = _run(org, tmp_path, "email-validation", "batch", "in.csv", PYTHONIOENCODING="latin-1")
    assert done.returncode == 0, done.stderr.decode()
    assert "Zoë 名前,zoe@figma.com" in done.stdout.decode("utf-8")


def test_json_to_an_ascii_stdout_is_written_in_utf_8(org: Org, tmp_path: Path) -> None:
    done = _run(org, tmp_path, "--json", "wallet", "transactions", PYTHONIOENCODING="ascii")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8").startswith("{")


def test_an_output_name_the_c_locale_cannot_decode(org: Org, tmp_path: Path) -> None:
    (tmp_path / "in.csv").write_text("email\nzoe@figma.com\nbob@stripe.com\n")
    name = "sortie-é.csv"
    c_locale = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    done = _run(org, tmp_path, "email-validation", "batch", "in.csv", "-o", name, **c_locale)
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / name).read_text().splitlines()[1].startswith("zoe@figma.com,")
