"""The registry the SDK is built from is written from the source and the spec (scripts/registry,
run by scripts/generate), never by hand: the client's resource properties, the modules that
declare a batch product, and the webhook events' models. These tests fail when it is stale or
disagrees with what it lists."""

import importlib
import pkgutil

import enrichso.resources
from enrichso import AsyncEnrich, Enrich, pipeline, webhooks
from enrichso._resources import AsyncResources, Resources
from enrichso.pipeline._registry import ABOUT, DECLARING_MODULES
from enrichso.pipeline.products import module_of

from scripts.devtools import registry


def test_the_generated_registry_is_fresh() -> None:
    assert registry.stale() == [], "the registry is stale: run scripts/registry (or scripts/generate)"


def test_a_stale_registry_is_caught(tmp_path, monkeypatch) -> None:
    written = registry.rendered()
    for name, path in (
        ("CLIENT_FILE", registry.CLIENT_FILE),
        ("PRODUCTS_FILE", registry.PRODUCTS_FILE),
        ("WEBHOOKS_FILE", registry.WEBHOOKS_FILE),
        ("RAW_FILE", registry.RAW_FILE),
    ):
        copy = tmp_path / path.name
        copy.write_text(written[path] + "# edited by hand\n")
        monkeypatch.setattr(registry, name, copy)
    assert len(registry.stale()) == 4


def test_every_resource_module_is_a_client_property_and_every_declaration_is_listed() -> None:
    declaring, areas = [], []
    for info in pkgutil.iter_modules(enrichso.resources.__path__):
        module = importlib.import_module(f"enrichso.resources.{info.name}")
        if hasattr(module, "DECLARATION"):
            declaring.append(module.__name__)
        with Enrich(api_key="sk_test", base_url="http://127.0.0.1:9") as client:
            if hasattr(client, info.name):
                areas.append(info.name)
    assert sorted(DECLARING_MODULES.values()) == sorted(declaring)
    assert sorted(name for name in vars(Resources) if not name.startswith("_")) == sorted(areas)
    assert [n for n in vars(AsyncResources) if not n.startswith("_")] == [
        n for n in vars(Resources) if not n.startswith("_")
    ]
    assert issubclass(Enrich, Resources) and issubclass(AsyncEnrich, AsyncResources)
    # batch products first, then the other areas
    names = [name for name in vars(Resources) if not name.startswith("_")]
    assert names[: len(DECLARING_MODULES)] == list(DECLARING_MODULES)


def test_each_declared_product_is_its_modules_and_names_spec_webhook_events() -> None:
    assert [product.kind for product in pipeline.PRODUCTS] == list(DECLARING_MODULES)
    assert {product.kind: product.about for product in pipeline.PRODUCTS} == ABOUT
    for product in pipeline.PRODUCTS:
        assert module_of(product.kind).__name__ == f"enrichso.resources.{product.kind}"
        assert set(product.webhook_events) <= set(webhooks.EVENTS), product.kind


def test_the_webhook_events_are_the_specs() -> None:
    spec = registry._spec()
    generated = [(event, model.__name__) for event, model in webhooks.EVENTS.items()]
    assert generated == registry.webhook_events(spec)
    assert len(webhooks.EVENTS) == len(spec["webhooks"]) == 10
