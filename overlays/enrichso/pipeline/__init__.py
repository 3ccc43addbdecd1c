"""The engine behind the `*_many` methods and the command line's batch commands: any number of
inputs in, one result per input out, in input order.

ingest (normalise and dedupe, spooled to disk), keys (the key table), spool, body (chunked submit
bodies), run (the flow: submit, wait, read, checkpoint), order (rows back in input order),
reconcile and adoption (a submit whose answer was lost), preflight (balance and budget checks),
many (the entry point the resources call), products (each batch product declared once), batches
(the steps with an Enrich client, as the command line runs them)."""

from .batches import check_credits, ingest_rows, run, spec_of, submit, unusable_rows
from .columns import domain_of
from .emails import is_format_email
from .ingest import Ingested
from .keys import NOT_A_KEY
from .many import ManyOptions
from .order import INVALID_INPUT
from .products import BY_KIND, PRODUCTS, RESULT_PREFIX, Column, Operations, Product
from .result import PipelineResult
from .spec import PipelineSpec

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
    "run",
    "spec_of",
    "submit",
    "unusable_rows",
]
