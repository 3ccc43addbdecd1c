"""Matching a request path (below the server prefix) to the spec's operations."""

from __future__ import annotations

from dataclasses import dataclass

from .spec import Operation


@dataclass(frozen=True)
class Match:
    operation: Operation | None  # None: the path exists, but not with this method
    path_params: dict[str, str]
    allowed: tuple[str, ...]  # the methods the path does support


class Router:
    def __init__(self, operations: tuple[Operation, ...]) -> None:
        by_template: dict[str, dict[str, Operation]] = {}
        for operation in operations:
            by_template.setdefault(operation.path, {})[operation.method] = operation
        # A literal segment beats a template at the same place: /lead-finder/saved before /{id}.
        self._templates = sorted(
            by_template.items(),
            key=lambda item: (-next(iter(item[1].values())).literal_segments, item[0]),
        )

    def match(self, path: str, method: str) -> Match | None:
        """None when no template matches the path at all."""
        for _template, methods in self._templates:
            sample = next(iter(methods.values()))
            found = sample.path_regex.match(path)
            if found is None:
                continue
            params = {sample.path_parameter_names[group]: value for group, value in found.groupdict().items()}
            allowed = tuple(sorted(methods))
            operation = methods.get(method)
            return Match(operation, params, allowed)
        return None
