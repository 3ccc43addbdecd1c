"""DataFrames in and out: a pandas or polars DataFrame, or a pyarrow Table, enriched by a batch
product and returned as the same kind of frame, its rows in the same order, with the product's
`enrich_*` columns appended (the columns `enrichso <product> batch` writes).

The resources' frame methods (client.email_validation.validate_frame, ...) call enrich_frame with
their own *_many method, so a frame run is a *_many run: deduped, credit-checked, resumable with a
journal. pandas / polars / pyarrow / narwhals come with `pip install 'enrichso[frames]'` and are
imported on first use only."""

from ..pipeline.extras import MissingExtraError

__all__ = ["MissingExtraError"]
