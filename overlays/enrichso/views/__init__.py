"""One typed, normalised answer whatever shape the API sent.

Enrich documents two shapes for several answers: the endpoint pages (e.g. `result`, `isCatchAll`,
`found`, phones as strings) and the API Reference overview (https://doc.enrich.so/api-reference-1951025m0:
`status`, `catchAll`, no `found`, phones as {number, type}). The spec accepts both (see the
"TWO SHAPES" comments in openapi/enrich.yaml); these views read either into the same attributes.
Absent members are None, never the generated client's Unset placeholder, and `raw` keeps the
JSON object exactly as received (`to_dict()` returns a copy of it).

Each view declares where its attributes come from (`read(reader, *json_names)`: the first of the
names that holds a value of the reader's type); `_derive` fills what follows from the others.

Each product's view is in a module of its own, imported when its name is first read from this
package: a program pays at start-up for the view classes it uses only (a frozen dataclass costs
about 0.5 ms of CPU to create).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.lazy import module_getattr

# the base the views share, as the rest of the SDK (and its tests) import it from here
from ._base import Phone as Phone
from ._base import Raw as Raw
from ._base import Reader as Reader
from ._base import _plan as _plan
from ._base import _View as _View
from ._base import attribute_reader as attribute_reader
from ._base import derives_attributes as derives_attributes
from ._base import direct_reading as direct_reading
from ._base import read as read
from .answers import Answer, Meta
from .answers import answer as answer
from .answers import batch_items as batch_items

if TYPE_CHECKING:
    from .balance import BalanceView
    from .company import CompanyView
    from .email_search import EmailFinderView
    from .phones import PhonesView
    from .profile import ProfileView
    from .validation import EmailValidationView

__all__ = [
    "Answer",
    "BalanceView",
    "CompanyView",
    "EmailFinderView",
    "EmailValidationView",
    "Meta",
    "Phone",
    "PhonesView",
    "ProfileView",
]

_MODULE_OF = {
    "EmailValidationView": "validation",
    "EmailFinderView": "email_search",
    "PhonesView": "phones",
    "ProfileView": "profile",
    "CompanyView": "company",
    "BalanceView": "balance",
}


__getattr__ = module_getattr(__name__, _MODULE_OF, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
