"""The engine behind the `*_many` methods and the command line's batch commands: any number of
inputs in, one result per input out, in input order.

ingest (normalise and dedupe, spooled to disk), keys (the key table), spool, body (chunked submit
bodies), run (the flow: submit, wait, read, checkpoint), order (rows back in input order),
reconcile and adoption (a submit whose answer was lost), preflight (balance and budget checks),
many (the entry point the resources call)."""

from .result import PipelineResult
from .spec import PipelineSpec

__all__ = ["PipelineResult", "PipelineSpec"]
