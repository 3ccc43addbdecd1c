"""The spec covers every documented operation, schema and webhook (openapi/inventory/), with the
documentation's names."""

import re

from tests.spec_facts import (
    documented_operations,
    documented_schema_names,
    documented_webhook_names,
    documented_webhook_pages,
    operation_ids_covered,
    spec,
    spec_operations,
)

ERROR_RESPONSE_NAMES = {
    "BadRequest",
    "Unauthorized",
    "InsufficientCredits",
    "NotFound",
    "RateLimited",
    "InternalError",
}


def test_the_inventory_lists_52_operations_on_51_method_path_pairs():
    ops = documented_operations()
    assert len(ops) == 52
    assert len({(o.method, o.path) for o in ops}) == 51


def test_every_documented_operation_is_in_the_spec_with_its_documented_operation_id():
    in_spec = {}
    for method, path, op in spec_operations():
        for op_id in operation_ids_covered(op):
            in_spec[op_id] = (method, path)
    missing = [o for o in documented_operations() if in_spec.get(o.operation_id) != (o.method, o.path)]
    assert not missing, f"{len(missing)} documented operations missing or misplaced: {missing}"


def test_the_spec_has_no_undocumented_operations():
    documented = {o.operation_id for o in documented_operations()}
    extra = [op["operationId"] for _, _, op in spec_operations() if op["operationId"] not in documented]
    assert not extra


def test_continue_scrape_shares_the_start_operation():
    op = spec()["paths"]["/company-follower"]["post"]
    assert op["operationId"] == "startCompanyFollowerScrape"
    assert op["x-enrichso-also"] == ["continueCompanyFollowerScrape"]
    assert any(p["name"] == "batchId" and p["in"] == "query" for p in op["parameters"])
    variants = op["requestBody"]["content"]["application/json"]["schema"]["oneOf"]
    assert len(variants) == 2


def test_every_documented_schema_name_is_a_component():
    components = spec()["components"]
    names = set(components["schemas"]) | (set(components["responses"]) & ERROR_RESPONSE_NAMES)
    missing = [n for n in documented_schema_names() if n not in names]
    assert len(documented_schema_names()) == 115
    assert not missing, missing


def test_every_documented_webhook_is_in_the_webhooks_map():
    assert sorted(spec()["webhooks"]) == sorted(documented_webhook_names())
    assert len(documented_webhook_names()) == 10


def test_one_tag_per_operation_from_the_declared_product_areas():
    declared = {t["name"] for t in spec()["tags"]}
    assert len(declared) == 10
    for _, path, op in spec_operations():
        assert len(op["tags"]) == 1 and op["tags"][0] in declared, path


DOC_PAGE = re.compile(r"https://doc\.enrich\.so/[a-z0-9-]+-\d+e0")


def test_every_documented_operation_and_webhook_names_its_own_documentation_page():
    pages = [o.documentation for o in documented_operations()] + list(documented_webhook_pages())
    assert all(DOC_PAGE.fullmatch(page) for page in pages), [p for p in pages if not DOC_PAGE.fullmatch(p)]
    assert len(set(pages)) == len(pages) == 62
