"""Adding a batch product touches the spec, its declaration (its resource module), its simulator
module and its tests, nothing else (CONTRIBUTING.md, "Adding a batch product"): no code under
overlays/ or mock/ other than those names a product. Docstrings and comments may (they are
docs); the generated registry does (scripts/generate writes it)."""

import ast
import re

import pytest
from enrichso import pipeline
from enrichso._resources import AsyncResources, Resources

from scripts.devtools.repo import ROOT

SEARCHED = ("overlays", "mock")
GENERATED = {
    "overlays/enrichso/_resources.py",
    "overlays/enrichso/resources/raw.py",
    "overlays/enrichso/pipeline/_registry.py",
    "overlays/enrichso/_webhook_events.py",
}
# Optional, hand-written extras of some products, which a new product does not need (each named,
# with why): the command line's single-lookup commands (`enrichso <product> validate|find|lookup`
# are not the batch workflow), and the simulator's second documented shape of email validation.
OPTIONAL = {
    "overlays/enrichso/cli/app.py": "single-lookup commands",
    "overlays/enrichso/cli/commands/lookups.py": "single-lookup commands",
    "mock/enrichso_mock/dialects.py": "the overview dialect of email validation results",
}


def code_words(source: str) -> set[str]:
    """The names and the string values of a module's code: identifiers, attribute and import
    names, keyword names and string constants, but not its docstrings nor its comments."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
        and isinstance(node.body[0].value.value, str)
    }
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            words.add(node.id)
        elif isinstance(node, ast.Attribute):
            words.add(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            words.add(node.name)
        elif isinstance(node, ast.alias):
            words.update((node.asname or node.name).split(".") + node.name.split("."))
        elif isinstance(node, ast.ImportFrom) and node.module:
            words.update(node.module.split("."))
        elif isinstance(node, ast.keyword) and node.arg:
            words.add(node.arg)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words.add(node.value)
            words.update(re.findall(r"[\w-]+", node.value))
    return words


def names_of(product: pipeline.Product) -> set[str]:
    """What code would write to name a product: its kind, command, constant, client classes (the
    generated properties' return annotations, kept as text) and webhook events."""
    return {
        *product.webhook_events,
        product.kind,
        product.command,
        product.kind.upper(),
        vars(Resources)[product.kind].func.__annotations__["return"],
        vars(AsyncResources)[product.kind].func.__annotations__["return"],
    }


def files_naming(names: set[str]) -> set[str]:
    found = set()
    for folder in SEARCHED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if names & code_words(path.read_text(encoding="utf-8")):
                found.add(path.relative_to(ROOT).as_posix())
    return found


def allowed(product: pipeline.Product) -> set[str]:
    own = {
        f"overlays/enrichso/resources/{product.kind}.py",  # its declaration
        f"mock/enrichso_mock/products/{product.kind}.py",  # its simulator module
    }
    return own | GENERATED | set(OPTIONAL)


@pytest.mark.parametrize("product", pipeline.PRODUCTS, ids=lambda product: product.kind)
def test_only_its_declaration_simulator_and_generated_files_name_a_batch_product(
    product: pipeline.Product,
) -> None:
    assert files_naming(names_of(product)) - allowed(product) == set()


def test_the_search_sees_code_and_skips_docs() -> None:
    named = {"ip_to_company", "ip-to-company", "IpToCompany"}
    assert named & code_words('METHODS = {"ip-to-company": 1}\n')
    assert named & code_words("from .resources.ip_to_company import x\n")
    assert named & code_words("def f(c):\n    return c.ip_to_company\n")
    assert named & code_words("x: IpToCompany\n")
    assert not named & code_words('"""client.ip_to_company"""\n# ip-to-company\nx = "ip_to_company_x"\n')
    # what the test above would catch: a hand-written list of the products (dask.py had one)
    listed = "M = {'ip-to-company': ('ip_to_company', 'lookup_frame')}\n"
    assert named & code_words(listed)


def test_the_search_covers_every_product_by_its_names() -> None:
    assert names_of(pipeline.BY_KIND["email_validation"]) >= {"validation.completed", "EmailValidation"}
    assert names_of(pipeline.BY_KIND["ip_to_company"]) == {
        "ip_to_company",
        "ip-to-company",
        "IP_TO_COMPANY",
        "IpToCompany",
        "AsyncIpToCompany",
    }
    assert "overlays/enrichso/resources/ip_to_company.py" in files_naming({"IpToCompany"})
