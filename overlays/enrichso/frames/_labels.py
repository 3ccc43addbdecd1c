"""A frame's column labels as the column search reads them: one text name per column. pandas
labels columns with any value (integers from pd.DataFrame(rows) or read_csv(header=None), tuples
for a MultiIndex) and lets two columns share a name; the search, like the command line's, names
columns by text, so an integer label 0 is the column "0"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import InvalidParameterError


def text_names(labels: Sequence[Any]) -> dict[str, Any]:
    """Each column's text name -> its label; InvalidParameterError (nothing sent) for tuple
    labels or for two columns of one name."""
    names: dict[str, Any] = {}
    for label in labels:
        if isinstance(label, tuple):
            raise InvalidParameterError(
                f"the frame's columns are labelled by tuples (a MultiIndex, e.g. {label!r}): flatten "
                "them first, e.g. df.columns = ['_'.join(map(str, c)) for c in df.columns]"
            )
        name = label if isinstance(label, str) else str(label)
        if name in names:
            raise repeated_names(f"{name!r} names two columns")
        names[name] = label
    return names


def repeated_names(detail: str) -> InvalidParameterError:
    """The error for a frame whose columns repeat a name (to raise)."""
    return InvalidParameterError(f"the frame's column names repeat ({detail}); rename them so each is unique")
