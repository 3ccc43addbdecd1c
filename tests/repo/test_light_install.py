"""The base install (no `mock` extra) is enough for the SDK and the command line: nothing they
import needs a web server, and the commands that serve say in one line which extra to install."""

import subprocess
import sys

from scripts.devtools.repo import ROOT

MOCK_EXTRA = ("starlette", "uvicorn", "yaml", "jsonschema_rs")

# Run in a fresh interpreter where the mock extra's modules cannot be imported (None in
# sys.modules makes `import x` fail and importlib.util.find_spec(x) answer None).
PRELUDE = f"""
import sys
for name in {MOCK_EXTRA!r}:
    sys.modules[name] = None
"""


def run_without_extra(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_every_sdk_and_cli_module_imports_without_the_mock_extra() -> None:
    result = run_without_extra(
        "import importlib, pkgutil, enrichso\n"
        "for m in pkgutil.walk_packages(enrichso.__path__, 'enrichso.'):\n"
        "    if not m.name.endswith('__main__'):  # that one runs the command line\n"
        "        importlib.import_module(m.name)\n"
        "enrichso.webhooks.parse\n"
        "print('imported')\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported"


def test_the_cli_help_and_version_work_without_the_mock_extra() -> None:
    result = run_without_extra(
        "from enrichso.cli import run\n"
        "assert run(['--help']) == 0\n"
        "assert run(['mock', 'serve', '--help']) == 0\n"
        "assert run(['--version']) == 0\n"
    )
    assert result.returncode == 0, result.stderr
    assert "email-validation" in result.stdout
    assert "enrichso 0." in result.stdout


def test_mock_and_the_servers_name_the_extra_to_install_in_one_line() -> None:
    for argv, feature in (
        (["--mock", "email-validation", "batch", "examples/emails.csv"], "--mock"),
        (["--mock", "-v", "wallet", "balance"], "--mock"),
        (["mock", "serve", "--port", "0"], "enrichso mock serve"),
        (["webhooks", "listen", "--port", "0"], "enrichso webhooks listen"),
    ):
        result = run_without_extra(f"from enrichso.cli import run\nraise SystemExit(run({argv!r}))\n")
        assert result.returncode == 2, (argv, result.stderr)
        assert result.stderr.splitlines() == [
            f"enrichso: error: {feature} needs the simulator's dependencies "
            "(starlette, uvicorn, yaml, jsonschema_rs not installed): pip install 'enrichso[mock]'"
        ], argv
