"""Where in an answer's JSON a member of the wrong type is: a generated model's from_dict knows
only the member's name in the object that holds it, and the error names its place in the body."""

from __future__ import annotations

from typing import Any


def find_member(body: Any, name: str, value: Any) -> tuple[dict[str, Any], str] | None:
    """The object holding member `name` whose value is `value` itself (compared by identity: the
    object the model was given), and that member's path (`data.transactions[1].amount`), depth
    first; None when it is not found."""
    stack: list[tuple[Any, str]] = [(body, "")]
    while stack:
        node, at = stack.pop()
        if isinstance(node, dict):
            if name in node and node[name] is value:
                return node, f"{at}.{name}" if at else name
            stack.extend((child, f"{at}.{key}" if at else str(key)) for key, child in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((child, f"{at}[{index}]") for index, child in reversed(list(enumerate(node))))
    return None


def member_path(body: Any, name: str, value: Any) -> str | None:
    found = find_member(body, name, value)
    return None if found is None else found[1]
