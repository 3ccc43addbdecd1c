"""The engine behind the `*_many` methods and the command line's batch commands: any number of inputs
in, one result per input out, in input order.

ingest (normalise and dedupe, spooled to disk), keys (the key table), strings (the test for plain
strings its fast paths take), spool, body (chunked submit bodies), run (the flow: submit, wait,
read, checkpoint), order (rows back in input order), reconcile and adoption (a submit whose answer
was lost), preflight (balance and budget checks), many (the entry point the resources call),
declaration (what a batch product declares, once, in its resource module) and products (the
declared ones, as the generated registry lists them), batches (the steps with an Enrich client, as
the command line runs them); for tables (the command line's files, the frame methods' frames):
needs (the columns a product's row needs), fields (finding them), cells (checking each cell),
extras (optional libraries, result columns' Arrow types)."""

from typing import TYPE_CHECKING

from .._core.lazy import module_getattr
from .result import PipelineResult
from .spec import PipelineSpec

if TYPE_CHECKING:
    from .batches import check_credits, ingest_rows, run_ingested, spec_of, submit, unusable_rows
    from .columns import domain_of
    from .emails import is_format_email
    from .ingest import Ingested
    from .keys import NOT_A_KEY
    from .many import ManyOptions
    from .order import INVALID_INPUT
    from .products import BY_KIND, PRODUCTS, RESULT_PREFIX, Column, Operations, Product

# The rest loads on first use (`import enrichso` needs only PipelineResult): name -> its module.
_LAZY = {
    **dict.fromkeys(
        ["check_credits", "ingest_rows", "run_ingested", "spec_of", "submit", "unusable_rows"], "batches"
    ),
    "domain_of": "columns",
    "is_format_email": "emails",
    "Ingested": "ingest",
    "NOT_A_KEY": "keys",
    "ManyOptions": "many",
    "INVALID_INPUT": "order",
    **dict.fromkeys(["BY_KIND", "PRODUCTS", "RESULT_PREFIX", "Column", "Operations", "Product"], "products"),
}


__getattr__ = module_getattr(__name__, _LAZY, globals())


__all__ = [
    "BY_KIND",
    "INVALID_INPUT",
    "NOT_A_KEY",
    "PRODUCTS",
    "RESULT_PREFIX",
    "Column",
    "Ingested",
    "ManyOptions",
    "Operations",
    "PipelineResult",
    "PipelineSpec",
    "Product",
    "check_credits",
    "domain_of",
    "ingest_rows",
    "is_format_email",
    "run_ingested",
    "spec_of",
    "submit",
    "unusable_rows",
]
