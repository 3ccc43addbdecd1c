"""The house plan, enforced on the import graph of `enrichso` (read from the source, see
scripts/devtools/imports.py): no import cycles; the command line is an ordinary user of the public
SDK; the SDK never imports the command line."""

from scripts.devtools.imports import Graph, cycles, import_graph, is_cli

# What the command line may import from the SDK: the public modules, and the public package
# enrichso.pipeline (its submodules too, none of which starts with "_").
PUBLIC = {
    "enrichso",
    "enrichso.errors",
    "enrichso.journal",
    "enrichso.pipeline",
    "enrichso.views",
    "enrichso.webhooks",
}


def private_imports_of_cli(graph: Graph) -> list[tuple[str, str]]:
    """(CLI module, SDK module) for every import of the SDK outside its public surface."""
    return sorted(
        (module, target)
        for module, targets in graph.items()
        if is_cli(module)
        for target in targets
        if not is_cli(target)
        and target not in PUBLIC
        and not (target.startswith("enrichso.pipeline.") and "._" not in target)
    )


def imports_of_cli_from_sdk(graph: Graph) -> list[tuple[str, str]]:
    """(SDK module, CLI module) for every import of the command line by the SDK."""
    return sorted(
        (module, target)
        for module, targets in graph.items()
        if not is_cli(module)
        for target in targets
        if is_cli(target)
    )


def test_no_module_imports_itself_through_others() -> None:
    assert cycles(import_graph()) == []


def test_the_cli_imports_only_the_public_sdk() -> None:
    assert private_imports_of_cli(import_graph()) == []


def test_the_sdk_never_imports_the_cli() -> None:
    assert imports_of_cli_from_sdk(import_graph()) == []


def test_the_graph_sees_lazy_and_type_only_imports() -> None:
    """The rules above are only as good as the graph: it must hold the imports made inside
    functions and under TYPE_CHECKING, and a `from pkg import module`."""
    graph = import_graph()
    assert "enrichso.resources.email_validation" in graph["enrichso._client"]  # inside a property
    assert "enrichso.pipeline.ingest" in graph["enrichso.pipeline.body"]  # under TYPE_CHECKING
    assert "enrichso.pipeline.fields" in graph["enrichso.cli.tabular.columns"]  # from ... import columns


def test_each_rule_catches_what_it_forbids() -> None:
    sdk, cli = "enrichso.pipeline.ingest", "enrichso.cli.batch.sdk"
    assert cycles({sdk: frozenset({"enrichso.pipeline.order"}), "enrichso.pipeline.order": frozenset({sdk})})
    assert private_imports_of_cli(
        {cli: frozenset({"enrichso._core.transport"}), "enrichso._core.transport": frozenset()}
    )
    assert private_imports_of_cli(
        {cli: frozenset({"enrichso.resources.wallets"}), "enrichso.resources.wallets": frozenset()}
    )
    assert imports_of_cli_from_sdk({sdk: frozenset({cli}), cli: frozenset()})


def test_the_cli_never_reaches_into_a_client() -> None:
    """`client._transport` and the like: the CLI uses what the client offers its users."""
    import ast

    from scripts.devtools.imports import module_names

    reached = sorted(
        f"{module}: .{node.attr}"
        for module, path in module_names().items()
        if is_cli(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
    )
    assert reached == []


def test_no_name_of_a_package_hides_one_of_its_modules() -> None:
    """`enrichso.pipeline.run` must stay the module (tests patch its constants by that path),
    not a function of the same name exported by the package. (The SDK's packages; the command
    line's `enrichso.cli.main` is its console entry point, a function, by design.)"""
    import importlib

    from scripts.devtools.imports import module_names

    modules = module_names()
    hidden = []
    for module in modules:
        parent, _, name = module.rpartition(".")
        if is_cli(module) or parent not in modules or modules[parent].name != "__init__.py":
            continue
        loaded = importlib.import_module(module)  # first: a submodule becomes an attribute
        if getattr(importlib.import_module(parent), name) is not loaded:
            hidden.append(module)
    assert hidden == []
