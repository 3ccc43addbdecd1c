"""docs/api.md is what the code says (scripts/api-docs regenerates it), and the operations it
reads from the code are right: every documented operation is reached by some method."""

from scripts.devtools.api_docs import API_MD, COMMAND, render
from scripts.devtools.operations import Operation, operations_of, spec_operations
from scripts.devtools.signatures import public_methods, resource_classes


def test_docs_api_md_is_fresh() -> None:
    assert API_MD.read_text() == render(), f"docs/api.md is stale: run {COMMAND} and commit it"


def test_every_documented_operation_is_called_by_some_resource_method() -> None:
    reached: set[Operation] = set()
    for _, sync_cls, _ in resource_classes():
        for _, method in public_methods(sync_cls):
            reached.update(operations_of(method))
    assert {op.operation_id for op in reached} == set(spec_operations())
    assert len(spec_operations()) == 52


def test_a_method_maps_to_the_operation_its_code_calls() -> None:
    classes = {name: sync_cls for name, sync_cls, _ in resource_classes()}
    validate = operations_of(classes["email_validation"].validate)
    assert [(op.method, op.path, op.operation_id) for op in validate] == [
        ("POST", "/email-validation", "validateEmail")
    ]
    # two operations on one path: the code's own operation id decides
    (start, *handle) = operations_of(classes["company_followers"].start_scrape)
    assert start.operation_id == "startCompanyFollowerScrape"
    (cont, *_) = operations_of(classes["company_followers"].continue_scrape)
    assert cont.operation_id == "continueCompanyFollowerScrape"
    # the default team id comes from the wallet balance
    members = [op.operation_id for op in operations_of(classes["teams"].members)]
    assert members == ["listTeamMembers", "getWalletBalance"]
