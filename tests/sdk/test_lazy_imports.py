"""`import enrichso` stays quick: the generated models and the resources load on first use
(benchmarks/RESULTS.md: 0.84 s -> 0.19 s), and every name still resolves."""

from __future__ import annotations

import subprocess
import sys

import enrichso_api.models as models


def loaded_after(code: str) -> set[str]:
    """The enrichso / enrichso_api modules a fresh interpreter has loaded after running `code`."""
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in sys.modules if m.startswith('enrichso')))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_the_sdk_loads_no_resource_and_no_unrelated_model() -> None:
    loaded = loaded_after("import enrichso; from enrichso import Enrich, AsyncEnrich")
    assert "enrichso" in loaded
    # the client's organization holder is the one resource module every client needs
    assert {m for m in loaded if m.startswith("enrichso.resources.")} == {"enrichso.resources.organization"}
    assert "enrichso.webhooks" not in loaded
    assert "enrichso_api.models.lead_finder_search_filters" not in loaded
    assert len([m for m in loaded if m.startswith("enrichso_api.models.")]) < 20


def test_importing_the_sdk_loads_no_model_no_view_and_no_generated_client() -> None:
    """Start-up CPU (benchmarks/RESULTS.md): the views, the attrs models and the generated client
    classes load with the first call that needs them, not with `import enrichso`."""
    loaded = loaded_after("import enrichso; from enrichso import Enrich, AsyncEnrich")
    assert "enrichso.views" not in loaded
    assert "enrichso.resources.wallets" not in loaded
    assert "enrichso_api.client" not in loaded
    assert not [m for m in loaded if m.startswith("enrichso_api.models.")]


def test_a_generated_operation_loads_its_response_models_when_it_parses() -> None:
    """The SDK builds requests from a generated module's _get_kwargs and parses the answers
    itself: importing the module loads its request body model, not the attrs client classes nor
    the models of its answers (they load when its own sync()/asyncio() parse one)."""
    loaded = loaded_after("import enrichso_api.api.email_validation.validate_email")
    assert "enrichso_api.models.email_validation_request" in loaded
    assert "enrichso_api.models.email_validation_response" not in loaded
    assert "enrichso_api.models.error_envelope" not in loaded
    assert "enrichso_api.client" not in loaded


def test_a_resource_loads_its_own_modules_on_first_use() -> None:
    loaded = loaded_after(
        "from enrichso import Enrich\n"
        "Enrich(api_key='sk_test', base_url='http://127.0.0.1:9/api/v3').email_validation"
    )
    assert "enrichso.resources.email_validation" in loaded
    assert "enrichso.resources.lead_finder" not in loaded


def test_enrichso_webhooks_is_still_an_attribute_of_the_package() -> None:
    loaded = loaded_after("import enrichso\nassert callable(enrichso.webhooks.parse)")
    assert "enrichso.webhooks" in loaded


def test_every_model_name_resolves_lazily() -> None:
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    assert set(models.__all__) <= set(dir(models))


def test_a_sync_client_never_imports_asyncio() -> None:
    """asyncio costs a sync process about 30 ms of start-up: only an async flow imports it."""
    loaded = loaded_after(
        "from enrichso import Enrich\n"
        "import enrichso.pipeline.run, enrichso._core.flow\n"
        "Enrich(api_key='sk_test', base_url='http://127.0.0.1:9/api/v3').email_validation\n"
        "import sys\n"
        "assert 'asyncio' not in sys.modules, 'asyncio was imported'"
    )
    assert "enrichso._core.flow" in loaded


def test_the_generated_client_classes_still_resolve_from_the_package() -> None:
    loaded = loaded_after(
        "import enrichso_api\n"
        "from enrichso_api import AuthenticatedClient, Client\n"
        "assert AuthenticatedClient.__module__ == Client.__module__ == 'enrichso_api.client'\n"
        "assert {'AuthenticatedClient', 'Client'} <= set(dir(enrichso_api))\n"
        "try:\n"
        "    enrichso_api.NoSuchName\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('an unknown name resolved')"
    )
    assert "enrichso_api.client" in loaded
